import { dynamodb, streamRecords } from './aws.js';
import { h, show, errorText } from './dom.js';
import { cell, marshall, marshallItem, unmarshallItem } from './json.js';
import { keyText } from './tables.js';
import { liveRecords, shardsPanel } from './stream.js';
import { onChange } from './live.js';

const PAGE = 25;

function attributeType(table, name) {
  return table.AttributeDefinitions.find((a) => a.AttributeName === name).AttributeType;
}

function typed(type, text) {
  return type === 'N' ? { N: text } : type === 'B' ? { B: text } : { S: text };
}

function keyOf(table, item) {
  return Object.fromEntries(table.KeySchema.map((key) => [key.AttributeName, item[key.AttributeName]]));
}

/** The editor of one item, as plain JSON or DynamoDB JSON. */
function itemEditor(table, item, onDone) {
  let dynamoJson = false;
  const text = h('textarea', { id: 'item-json', spellcheck: 'false' });
  const status = h('div');
  const current = () => (dynamoJson ? JSON.parse(text.value) : marshallItem(JSON.parse(text.value)));
  const render = (value) => { text.value = JSON.stringify(dynamoJson ? value : unmarshallItem(value), null, 2); };
  const toggle = h('label', {}, h('input', { type: 'checkbox', id: 'item-dynamodb-json', onchange: (event) => {
    try {
      const value = current();
      dynamoJson = event.target.checked;
      render(value);
    } catch (error) {
      event.target.checked = dynamoJson;
      status.replaceChildren(errorText(error));
    }
  } }), ' DynamoDB JSON');
  const act = (operation, input) => async () => {
    try {
      await dynamodb(operation, { TableName: table.TableName, ...input() });
      onDone();
    } catch (error) {
      status.replaceChildren(errorText(error));
    }
  };
  render(item);
  return h('fieldset', { id: 'item-editor' }, h('legend', {}, 'Item'), toggle, text,
    h('div', { class: 'row' },
      h('button', { id: 'item-save', onclick: act('PutItem', () => ({ Item: current() })) }, 'Save'),
      h('button', { id: 'item-delete', onclick: act('DeleteItem', () => ({ Key: keyOf(table, current()) })) }, 'Delete'),
      h('button', { onclick: onDone }, 'Close')),
    status);
}

function queryForm(table, onSearch) {
  const indexes = [...(table.GlobalSecondaryIndexes || []), ...(table.LocalSecondaryIndexes || [])];
  const input = (id, attributes = {}) => h('input', { id, ...attributes });
  const form = h('form', { id: 'items-query' },
    h('div', { class: 'row' },
      h('select', { id: 'items-mode' }, h('option', {}, 'Scan'), h('option', {}, 'Query')),
      h('select', { id: 'items-index' }, h('option', { value: '' }, `table (${keyText(table.KeySchema)})`),
        indexes.map((index) => h('option', { value: index.IndexName }, `${index.IndexName} (${keyText(index.KeySchema)})`))),
      h('label', {}, 'partition key = ', input('items-pk')),
      h('label', {}, 'sort key ', h('select', { id: 'items-sk-op' },
        ['', '=', '<', '<=', '>', '>=', 'begins_with'].map((op) => h('option', {}, op))), input('items-sk'))),
    h('div', { class: 'row' },
      h('label', {}, 'Filter ', input('items-filter', { size: 30, placeholder: 'score > :min' })),
      h('label', {}, 'values ', input('items-values', { size: 24, placeholder: '{":min": 10}' })),
      h('label', {}, 'Projection ', input('items-projection', { size: 20 })),
      h('button', { type: 'submit', id: 'items-run' }, 'Run')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (id) => form.querySelector(`#${id}`).value.trim();
    const request = { TableName: table.TableName, Limit: PAGE };
    const names = {};
    const values = value('items-values') ? marshallItem(JSON.parse(value('items-values'))) : {};
    const indexName = value('items-index');
    if (indexName) request.IndexName = indexName;
    if (value('items-mode') === 'Query') {
      const keys = indexName ? indexes.find((i) => i.IndexName === indexName).KeySchema : table.KeySchema;
      const [pk, sk] = [keys.find((k) => k.KeyType === 'HASH'), keys.find((k) => k.KeyType === 'RANGE')];
      names['#pk'] = pk.AttributeName;
      values[':pk'] = typed(attributeType(table, pk.AttributeName), value('items-pk'));
      let condition = '#pk = :pk';
      const op = value('items-sk-op');
      if (sk && op) {
        names['#sk'] = sk.AttributeName;
        values[':sk'] = typed(attributeType(table, sk.AttributeName), value('items-sk'));
        condition += op === 'begins_with' ? ' AND begins_with(#sk, :sk)' : ` AND #sk ${op} :sk`;
      }
      request.KeyConditionExpression = condition;
    }
    if (value('items-filter')) request.FilterExpression = value('items-filter');
    if (value('items-projection')) request.ProjectionExpression = value('items-projection');
    if (Object.keys(names).length) request.ExpressionAttributeNames = names;
    if (Object.keys(values).length) request.ExpressionAttributeValues = values;
    onSearch(value('items-mode'), request);
  });
  return form;
}

function itemsPanel(table) {
  const results = h('div', { id: 'items' });
  const editorSlot = h('div');
  let search = { operation: 'Scan', request: { TableName: table.TableName, Limit: PAGE } };
  let starts = [undefined];

  const edit = (item) => show(editorSlot, itemEditor(table, item, () => { show(editorSlot); load(); }));
  async function load() {
    const request = { ...search.request };
    if (starts.at(-1)) request.ExclusiveStartKey = starts.at(-1);
    let page;
    try {
      page = await dynamodb(search.operation, request);
    } catch (error) {
      show(results, errorText(error));
      return;
    }
    const keys = table.KeySchema.map((k) => k.AttributeName);
    const columns = [...new Set([...keys, ...page.Items.flatMap((item) => Object.keys(item))])];
    show(results,
      h('table', {},
        h('tr', {}, columns.map((c) => h('th', {}, c))),
        page.Items.map((item) => h('tr', { class: 'item', onclick: () => edit(item) },
          columns.map((c) => h('td', {}, cell(item[c])))))),
      h('div', { class: 'row' },
        h('button', { disabled: starts.length === 1, onclick: () => { starts.pop(); load(); } }, 'Previous'),
        h('button', { disabled: !page.LastEvaluatedKey, onclick: () => { starts.push(page.LastEvaluatedKey); load(); } }, 'Next'),
        `${page.Count} items on this page, ${page.ScannedCount} read`));
  }
  const template = () => Object.fromEntries(table.KeySchema.map((key) =>
    [key.AttributeName, attributeType(table, key.AttributeName) === 'N' ? { N: '0' } : marshall('')]));
  const panel = h('section', {}, h('h2', {}, 'Items'),
    queryForm(table, (operation, request) => { search = { operation, request }; starts = [undefined]; load(); }),
    h('button', { id: 'item-new', onclick: () => edit(template()) }, 'New item'),
    editorSlot, results);
  load();
  return panel;
}

export async function tableView(container, name, onLeave) {
  const { Table: table } = await dynamodb('DescribeTable', { TableName: name });
  const stream = table.StreamSpecification && table.StreamSpecification.StreamEnabled;
  const deleteButton = h('button', { id: 'table-delete', onclick: async () => {
    if (confirm(`Delete table ${name} and all its items?`)) {
      await dynamodb('DeleteTable', { TableName: name });
      location.hash = '#/dynamodb';
    }
  } }, 'Delete table');
  let live = null;
  if (stream) {
    live = liveRecords(table, streamRecords);
    onLeave(live.close);
  }
  const summaryText = (described) => {
    const enabled = described.StreamSpecification && described.StreamSpecification.StreamEnabled;
    return `Keys: ${keyText(described.KeySchema)} · status ${described.TableStatus} · ${described.ItemCount} items · `
      + (enabled ? `stream ${described.StreamSpecification.StreamViewType} (${described.LatestStreamArn})` : 'no stream');
  };
  const summary = h('span', { id: 'table-summary' }, summaryText(table));
  onChange('dynamodb', 'table', async () => {
    try {
      const { Table: now } = await dynamodb('DescribeTable', { TableName: name });
      summary.textContent = summaryText(now);
    } catch (e) {
      summary.textContent = `${summaryText(table)} · ${errorText(e)}`;
    }
  }, (changed) => changed === name);
  show(container,
    h('h1', {}, h('a', { href: '#/dynamodb' }, 'DynamoDB'), ' / ', h('span', { id: 'table-name' }, name)),
    h('p', {}, summary, ' ', deleteButton),
    itemsPanel(table),
    stream ? await shardsPanel(table.LatestStreamArn) : null,
    live ? live.element : null);
}
