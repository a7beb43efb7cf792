// SNS in the Stratus console: topics with their subscription counts; a topic's attributes, subscriptions and a
// message published to it.
const VERSION = '2010-03-31';

const texts = (node, tag) => [...node.getElementsByTagName(tag)].map((element) => element.textContent);

function entries(document) {
  return [...document.getElementsByTagName('entry')].map((entry) =>
    [texts(entry, 'key')[0], texts(entry, 'value')[0]]);
}

export async function render(container, console) {
  const { h, show, route } = console;
  const sns = (action, parameters = {}) => console.query('sns', action, { Version: VERSION, ...parameters });
  const topicName = route[0] ? route[0].split(':').pop() : '';
  show(container, h('h1', {}, h('a', { href: console.link() }, 'SNS'), topicName ? ` / ${topicName}` : ''));
  if (route[0]) {
    await topicView(container, route[0], sns, h, show);
  } else {
    await topicsView(container, sns, console);
  }
}

async function allTopics(sns) {
  const arns = [];
  let token;
  do {
    const document = await sns('ListTopics', token ? { NextToken: token } : {});
    arns.push(...texts(document, 'TopicArn'));
    token = texts(document, 'NextToken')[0];
  } while (token);
  return arns;
}

async function topicsView(container, sns, { h, link }) {
  const arns = await allTopics(sns);
  const attributes = await Promise.all(arns.map(async (arn) =>
    Object.fromEntries(entries(await sns('GetTopicAttributes', { TopicArn: arn })))));
  container.append(h('table', { id: 'topics' },
    h('tr', {}, ['Topic', 'Confirmed subscriptions', 'Pending', 'Type'].map((t) => h('th', {}, t))),
    arns.map((arn, i) => h('tr', { 'data-topic': arn },
      h('td', {}, h('a', { href: link(arn) }, arn.split(':').pop())),
      h('td', { class: 'topic-subscriptions' }, attributes[i].SubscriptionsConfirmed || '0'),
      h('td', {}, attributes[i].SubscriptionsPending || '0'),
      h('td', {}, attributes[i].FifoTopic === 'true' ? 'FIFO' : 'standard')))),
  arns.length ? '' : h('p', {}, 'No topics in this account and region.'));
}

async function topicView(container, arn, sns, h, show) {
  const [attributes, subscriptions] = await Promise.all([sns('GetTopicAttributes', { TopicArn: arn }),
    sns('ListSubscriptionsByTopic', { TopicArn: arn })]);
  const members = [...subscriptions.getElementsByTagName('member')];
  const message = h('textarea', { id: 'publish-message', spellcheck: 'false' });
  const status = h('span');
  const publish = async () => {
    try {
      const parameters = { TopicArn: arn, Message: message.value };
      if (arn.endsWith('.fifo')) Object.assign(parameters, { MessageGroupId: 'console', MessageDeduplicationId: crypto.randomUUID() });
      const document = await sns('Publish', parameters);
      show(status, `published ${texts(document, 'MessageId')[0]}`);
    } catch (error) {
      show(status, h('span', { class: 'error' }, error.message));
    }
  };
  container.append(h('p', {}, arn),
    h('table', { id: 'topic-attributes' }, entries(attributes).sort()
      .map(([key, value]) => h('tr', {}, h('th', {}, key), h('td', {}, value)))),
    h('section', {}, h('h2', {}, 'Subscriptions'),
      h('table', { id: 'subscriptions' },
        h('tr', {}, ['Subscription', 'Protocol', 'Endpoint'].map((t) => h('th', {}, t))),
        members.map((m) => h('tr', {}, h('td', {}, texts(m, 'SubscriptionArn')[0]),
          h('td', {}, texts(m, 'Protocol')[0]), h('td', {}, texts(m, 'Endpoint')[0])))),
      members.length ? '' : h('p', {}, 'No subscriptions.')),
    h('fieldset', {}, h('legend', {}, 'Publish a message'), message,
      h('div', { class: 'row' }, h('button', { id: 'publish', onclick: publish }, 'Publish'), status)));
}
