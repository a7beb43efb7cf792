// SQS in the Stratus console: queues with their message counts, a queue created; a queue's attributes, a message
// sent, messages peeked. Counts follow the queue's changes live (console.on), read again through SQS's API.
const PAGE = 25;

export async function render(container, console) {
  const { h, show, route } = console;
  const sqs = (operation, input) => console.json('AmazonSQS', 'sqs', operation, input);
  show(container, h('h1', {}, h('a', { href: console.link() }, 'SQS'), route[0] ? ` / ${route[0]}` : ''));
  if (route[0]) {
    await queueView(container, route[0], sqs, console);
  } else {
    await queuesView(container, sqs, console);
  }
}

async function counts(sqs, url) {
  const { Attributes: a } = await sqs('GetQueueAttributes', { QueueUrl: url, AttributeNames: ['All'] });
  return a;
}

function createForm(sqs, h) {
  const name = h('input', { id: 'new-queue-name', required: true, size: 30 });
  const fifo = h('input', { type: 'checkbox', id: 'new-queue-fifo' });
  const status = h('span', { id: 'new-queue-status' });
  const form = h('form', { id: 'create-queue' }, h('fieldset', {}, h('legend', {}, 'Create a queue'),
    h('div', { class: 'row' }, h('label', {}, 'Name ', name), h('label', {}, fifo, ' FIFO (the name ends in .fifo)'),
      h('button', { type: 'submit', id: 'create-queue-submit' }, 'Create'), status)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = { QueueName: name.value.trim() };
    if (fifo.checked) input.Attributes = { FifoQueue: 'true' };
    try {
      const { QueueUrl: url } = await sqs('CreateQueue', input);
      status.replaceChildren(`created ${url}`);
    } catch (error) {
      status.replaceChildren(h('span', { class: 'error', 'data-test': 'error' }, error.message));
    }
  });
  return form;
}

async function queuesView(container, sqs, { h, show, link, on }) {
  const body = h('div');
  const tokens = [undefined];
  async function load() {
    const input = { MaxResults: PAGE };
    if (tokens.at(-1)) input.NextToken = tokens.at(-1);
    const page = await sqs('ListQueues', input);
    const urls = page.QueueUrls || [];
    const attributes = await Promise.all(urls.map((url) => counts(sqs, url).catch(() => null)));
    show(body,
      h('table', { id: 'queues' },
        h('tr', {}, ['Queue', 'Messages', 'In flight', 'Delayed', 'Type', 'Dead-letter queue'].map((t) => h('th', {}, t))),
        urls.map((url, i) => {
          const name = url.split('/').pop();
          const a = attributes[i];
          if (!a) return null;
          const redrive = a.RedrivePolicy ? JSON.parse(a.RedrivePolicy).deadLetterTargetArn.split(':').pop() : '';
          return h('tr', { 'data-queue': name }, h('td', {}, h('a', { href: link(name) }, name)),
            h('td', { class: 'queue-messages' }, a.ApproximateNumberOfMessages),
            h('td', { class: 'queue-in-flight' }, a.ApproximateNumberOfMessagesNotVisible),
            h('td', {}, a.ApproximateNumberOfMessagesDelayed),
            h('td', {}, a.FifoQueue === 'true' ? 'FIFO' : 'standard'), h('td', {}, redrive));
        })),
      urls.length ? null : h('p', {}, 'No queues in this account and region.'),
      h('div', { class: 'row' },
        h('button', { disabled: tokens.length === 1, onclick: () => { tokens.pop(); load(); } }, 'Previous'),
        h('button', { disabled: !page.NextToken, onclick: () => { tokens.push(page.NextToken); load(); } }, 'Next')));
  }
  container.append(body, createForm(sqs, h));
  on('queue', load);
  await load();
}

async function queueView(container, name, sqs, { h, show, on }) {
  const { QueueUrl: url } = await sqs('GetQueueUrl', { QueueName: name });
  const attributes = h('table', { id: 'queue-attributes' });
  const showAttributes = async () => show(attributes, Object.entries(await counts(sqs, url)).sort()
    .map(([key, value]) => h('tr', { 'data-attribute': key }, h('th', {}, key), h('td', {}, value))));
  const status = h('span');
  const fail = (error) => status.replaceChildren(h('span', { class: 'error' }, error.message));

  const text = h('textarea', { id: 'send-body', spellcheck: 'false' });
  const group = h('input', { id: 'send-group', placeholder: 'message group (FIFO)' });
  const send = async () => {
    try {
      const input = { QueueUrl: url, MessageBody: text.value };
      if (group.value) Object.assign(input, { MessageGroupId: group.value, MessageDeduplicationId: crypto.randomUUID() });
      const { MessageId: id } = await sqs('SendMessage', input);
      status.replaceChildren(`sent ${id}`);
    } catch (error) {
      fail(error);
    }
  };

  const peeked = h('div', { id: 'peeked' });
  const peek = async () => {
    try {
      const { Messages: messages = [] } = await sqs('ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10,
        VisibilityTimeout: 0, MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'] });
      show(peeked, messages.length ? h('table', {}, h('tr', {}, ['Message', 'Body', 'Receives', 'Attributes']
        .map((t) => h('th', {}, t))), messages.map((m) => h('tr', { class: 'message' }, h('td', {}, m.MessageId),
        h('td', {}, h('pre', {}, m.Body)), h('td', {}, m.Attributes.ApproximateReceiveCount),
        h('td', {}, JSON.stringify(m.MessageAttributes || {}))))) : h('p', {}, 'No visible messages.'));
    } catch (error) {
      fail(error);
    }
  };

  container.append(h('p', {}, url), attributes,
    h('fieldset', {}, h('legend', {}, 'Send a message'), text, h('div', { class: 'row' }, group,
      h('button', { id: 'send', onclick: send }, 'Send'), status)),
    h('section', {}, h('h2', {}, 'Messages'),
      h('p', {}, 'Peeking receives up to 10 messages with a visibility timeout of 0: they stay visible, ',
        'but each receive counts towards a dead-letter queue\'s maxReceiveCount.'),
      h('button', { id: 'peek', onclick: peek }, 'Peek'), peeked));
  on('queue', showAttributes, (changed) => changed === name);
  await showAttributes();
}
