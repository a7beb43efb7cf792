import { dynamodb } from './aws.js';
import { h, show, errorText } from './dom.js';
import { onChange } from './live.js';

const PAGE = 25;

export function keyText(keySchema) {
  return keySchema.map((key) => `${key.AttributeName} (${key.KeyType === 'HASH' ? 'partition' : 'sort'})`).join(', ');
}

async function row(name) {
  const [{ Table: table }, ttl] = await Promise.all([
    dynamodb('DescribeTable', { TableName: name }),
    dynamodb('DescribeTimeToLive', { TableName: name }),
  ]);
  const indexes = [...(table.GlobalSecondaryIndexes || []).map((i) => `${i.IndexName} (global)`),
    ...(table.LocalSecondaryIndexes || []).map((i) => `${i.IndexName} (local)`)];
  const stream = table.StreamSpecification && table.StreamSpecification.StreamEnabled
    ? table.StreamSpecification.StreamViewType : 'off';
  const ttlText = ttl.TimeToLiveDescription.TimeToLiveStatus === 'ENABLED'
    ? ttl.TimeToLiveDescription.AttributeName : 'off';
  return h('tr', { 'data-table': name },
    h('td', {}, h('a', { href: `#/dynamodb/${encodeURIComponent(name)}` }, name)),
    h('td', {}, table.TableStatus),
    h('td', {}, keyText(table.KeySchema)),
    h('td', {}, indexes.join(', ') || 'none'),
    h('td', {}, stream),
    h('td', {}, ttlText),
    h('td', {}, String(table.ItemCount)),
    h('td', {}, `${table.TableSizeBytes} B`));
}

function createForm(onCreated) {
  const status = h('span');
  const field = (id, attributes = {}) => h('input', { id, ...attributes });
  const typeSelect = (id) => h('select', { id }, ['S', 'N', 'B'].map((type) => h('option', {}, type)));
  const form = h('form', { id: 'create-table' },
    h('fieldset', {}, h('legend', {}, 'Create a table'),
      h('div', { class: 'row' }, h('label', {}, 'Name ', field('new-table-name', { required: true }))),
      h('div', { class: 'row' }, h('label', {}, 'Partition key ', field('new-table-pk', { required: true })), typeSelect('new-table-pk-type')),
      h('div', { class: 'row' }, h('label', {}, 'Sort key (optional) ', field('new-table-sk')), typeSelect('new-table-sk-type')),
      h('div', { class: 'row' }, h('label', {}, 'Stream ', h('select', { id: 'new-table-stream' },
        ['off', 'NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'OLD_IMAGE', 'KEYS_ONLY'].map((v) => h('option', {}, v))))),
      h('button', { type: 'submit', id: 'create-table-submit' }, 'Create'), ' ', status));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (id) => form.querySelector(`#${id}`).value.trim();
    const attributes = [{ AttributeName: value('new-table-pk'), AttributeType: value('new-table-pk-type') }];
    const keys = [{ AttributeName: value('new-table-pk'), KeyType: 'HASH' }];
    if (value('new-table-sk')) {
      attributes.push({ AttributeName: value('new-table-sk'), AttributeType: value('new-table-sk-type') });
      keys.push({ AttributeName: value('new-table-sk'), KeyType: 'RANGE' });
    }
    const input = { TableName: value('new-table-name'), AttributeDefinitions: attributes, KeySchema: keys,
      BillingMode: 'PAY_PER_REQUEST' };
    if (value('new-table-stream') !== 'off') {
      input.StreamSpecification = { StreamEnabled: true, StreamViewType: value('new-table-stream') };
    }
    try {
      await dynamodb('CreateTable', input);
      onCreated(input.TableName);
    } catch (error) {
      status.replaceChildren(errorText(error));
    }
  });
  return form;
}

export async function tablesView(container) {
  const starts = [undefined];
  const body = h('div');
  async function load() {
    const input = { Limit: PAGE };
    if (starts.at(-1)) input.ExclusiveStartTableName = starts.at(-1);
    const page = await dynamodb('ListTables', input);
    const rows = await Promise.all(page.TableNames.map(row));
    const previous = h('button', { disabled: starts.length === 1, onclick: () => { starts.pop(); load(); } }, 'Previous');
    const next = h('button', { disabled: !page.LastEvaluatedTableName,
      onclick: () => { starts.push(page.LastEvaluatedTableName); load(); } }, 'Next');
    show(body,
      h('table', { id: 'tables' },
        h('tr', {}, ['Table', 'Status', 'Keys', 'Indexes', 'Stream', 'TTL', 'Items', 'Size'].map((t) => h('th', {}, t))),
        rows),
      rows.length ? null : h('p', {}, 'No tables in this account and region.'),
      h('div', { class: 'row' }, previous, next));
  }
  show(container, h('h1', {}, 'DynamoDB tables'), body,
    createForm((name) => { location.hash = `#/dynamodb/${encodeURIComponent(name)}`; }));
  onChange('dynamodb', 'table', load);
  await load();
}
