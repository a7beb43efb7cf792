// SNS in the Stratus console: topics with their subscription counts, a page of ListTopics at a time, a topic
// created; a topic's attributes, subscriptions, a message published and its deliveries as they happen (console.on).
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
    await topicView(container, route[0], sns, console);
  } else {
    await topicsView(container, sns, console);
  }
}

function createForm(sns, h, onCreated) {
  const name = h('input', { id: 'new-topic-name', required: true, size: 30 });
  const status = h('span', { id: 'new-topic-status' });
  const form = h('form', { id: 'create-topic' }, h('fieldset', {}, h('legend', {}, 'Create a topic'),
    h('div', { class: 'row' }, h('label', {}, 'Name ', name),
      h('button', { type: 'submit', id: 'create-topic-submit' }, 'Create'), status)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const parameters = { Name: name.value.trim() };
    if (parameters.Name.endsWith('.fifo')) {
      Object.assign(parameters, { 'Attributes.entry.1.key': 'FifoTopic', 'Attributes.entry.1.value': 'true' });
    }
    try {
      const arn = texts(await sns('CreateTopic', parameters), 'TopicArn')[0];
      status.replaceChildren(`created ${arn}`);
      onCreated();
    } catch (error) {
      status.replaceChildren(h('span', { class: 'error', 'data-test': 'error' }, error.message));
    }
  });
  return form;
}

async function topicsView(container, sns, { h, show, link }) {
  const body = h('div');
  const tokens = [undefined];
  async function load() {
    const document = await sns('ListTopics', tokens.at(-1) ? { NextToken: tokens.at(-1) } : {});
    const arns = texts(document, 'TopicArn');
    const next = texts(document, 'NextToken')[0];
    const attributes = await Promise.all(arns.map(async (arn) =>
      Object.fromEntries(entries(await sns('GetTopicAttributes', { TopicArn: arn })))));
    show(body,
      h('table', { id: 'topics' },
        h('tr', {}, ['Topic', 'Confirmed subscriptions', 'Pending', 'Type'].map((t) => h('th', {}, t))),
        arns.map((arn, i) => h('tr', { 'data-topic': arn },
          h('td', {}, h('a', { href: link(arn) }, arn.split(':').pop())),
          h('td', { class: 'topic-subscriptions' }, attributes[i].SubscriptionsConfirmed || '0'),
          h('td', {}, attributes[i].SubscriptionsPending || '0'),
          h('td', {}, attributes[i].FifoTopic === 'true' ? 'FIFO' : 'standard')))),
      arns.length ? null : h('p', {}, 'No topics in this account and region.'),
      h('div', { class: 'row' },
        h('button', { disabled: tokens.length === 1, onclick: () => { tokens.pop(); load(); } }, 'Previous'),
        h('button', { disabled: !next, onclick: () => { tokens.push(next); load(); } }, 'Next')));
  }
  container.append(body, createForm(sns, h, load));
  await load();
}

async function topicView(container, arn, sns, { h, show, view, on }) {
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
  const deliveries = h('div', { id: 'deliveries' });
  const showDeliveries = async () => {
    const { deliveries: list } = await view('deliveries', { topic: arn });
    show(deliveries, list.length ? h('table', {},
      h('tr', {}, ['Time', 'Message', 'Protocol', 'Endpoint', 'Outcome'].map((t) => h('th', {}, t))),
      list.map((d) => h('tr', { class: 'delivery' }, h('td', {}, d.time.slice(0, 23).replace('T', ' ')),
        h('td', {}, d.messageId), h('td', {}, d.protocol), h('td', {}, d.endpoint),
        h('td', { class: 'delivery-outcome' }, d.outcome))))
      : h('p', {}, 'No deliveries since Stratus started.'));
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
      h('div', { class: 'row' }, h('button', { id: 'publish', onclick: publish }, 'Publish'), status)),
    h('section', {}, h('h2', {}, 'Deliveries, live (the last 50)'), deliveries));
  on('topic', showDeliveries, (changed) => changed === arn.split(':').pop());
  await showDeliveries();
}
