// The parts of a function's page that read more than its configuration: versions, aliases, layers, event source
// mappings and recent invocations.
import { consoleApi, jsonCall, lambda } from './aws.js';
import { h, show, errorText } from './dom.js';

const fn = (name) => `functions/${encodeURIComponent(name)}`;

function tableOf(id, headings, rows, empty) {
  return [h('table', { id }, h('tr', {}, headings.map((t) => h('th', {}, t))), rows),
    rows.length ? null : h('p', {}, empty)];
}

async function section(title, build) {
  const element = h('section', {}, h('h2', {}, title));
  try {
    element.append(...[await build()].flat().filter(Boolean));
  } catch (error) {
    element.append(errorText(error));
  }
  return element;
}

export const versionsPanel = (name) => section('Versions', async () => {
  const { Versions: versions } = await lambda('GET', `${fn(name)}/versions?MaxItems=50`);
  return tableOf('versions', ['Version', 'Description', 'Code SHA-256', 'Last modified'],
    versions.map((v) => h('tr', {}, h('td', {}, v.Version), h('td', {}, v.Description || ''),
      h('td', {}, v.CodeSha256), h('td', {}, v.LastModified))), 'No versions.');
});

export const aliasesPanel = (name) => section('Aliases', async () => {
  const { Aliases: aliases } = await lambda('GET', `${fn(name)}/aliases?MaxItems=50`);
  const weights = (alias) => Object.entries((alias.RoutingConfig || {}).AdditionalVersionWeights || {})
    .map(([version, weight]) => `${version}: ${Math.round(weight * 100)} %`).join(', ');
  return tableOf('aliases', ['Alias', 'Version', 'Additional weights', 'Description'],
    aliases.map((a) => h('tr', {}, h('td', {}, a.Name), h('td', {}, a.FunctionVersion), h('td', {}, weights(a)),
      h('td', {}, a.Description || ''))), 'No aliases.');
});

export const layersPanel = (config) => section('Layers', async () => tableOf('function-layers',
  ['Layer version', 'Size'], (config.Layers || []).map((l) => h('tr', {}, h('td', {}, l.Arn),
    h('td', {}, `${l.CodeSize} B`))), 'No layers.'));

/** How many messages of an SQS source wait, or null when the source is not a queue of this Stratus. */
async function queueBacklog(sourceArn) {
  const [, , service, , account, queueName] = sourceArn.split(':');
  if (service !== 'sqs') return null;
  try {
    const sqs = (operation, input) => jsonCall('AmazonSQS', 'sqs', operation, input);
    const { QueueUrl: url } = await sqs('GetQueueUrl', { QueueName: queueName, QueueOwnerAWSAccountId: account });
    const { Attributes: a } = await sqs('GetQueueAttributes', { QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] });
    return `${a.ApproximateNumberOfMessages} waiting, ${a.ApproximateNumberOfMessagesNotVisible} in flight`;
  } catch (error) {
    return error.message;
  }
}

/** How far a stream mapping is behind, shard by shard, and the batches it gave up. */
function streamProgress(progress) {
  const behind = progress.Shards.reduce((sum, shard) => sum + shard.RecordsBehind, 0);
  const atLeast = progress.Shards.some((shard) => shard.AtLeast) ? 'at least ' : '';
  return h('div', {},
    h('span', { class: 'mapping-behind' }, `${atLeast}${behind} records`),
    h('ul', {}, progress.Shards.map((shard) => h('li', {},
      `${shard.ShardId}: ${shard.AtLeast ? 'at least ' : ''}${shard.RecordsBehind} behind`))),
    progress.FailedBatches.length ? h('details', { class: 'failed-batches' },
      h('summary', {}, `${progress.FailedBatches.length} batches given up`),
      h('pre', {}, progress.FailedBatches.map((record) => JSON.stringify(record, null, 2)).join('\n'))) : null);
}

async function behind(mapping) {
  const backlog = await queueBacklog(mapping.EventSourceArn);
  if (backlog !== null) return backlog;
  try {
    return streamProgress(await consoleApi('view/lambda/event-source-mapping', { uuid: mapping.UUID }));
  } catch (error) {
    return error.message;
  }
}

export const mappingsPanel = (name) => section('Event source mappings', async () => {
  const page = await lambda('GET', `event-source-mappings/?FunctionName=${encodeURIComponent(name)}&MaxItems=100`);
  const progress = await Promise.all(page.EventSourceMappings.map(behind));
  return tableOf('mappings',
    ['UUID', 'Source', 'State', 'Reason', 'Last processing result', 'Batch size', 'Starting position', 'Behind'],
    page.EventSourceMappings.map((m, i) => h('tr', {},
      h('td', {}, m.UUID), h('td', {}, m.EventSourceArn), h('td', { class: 'mapping-state' }, m.State),
      h('td', {}, m.StateTransitionReason || ''), h('td', { class: 'mapping-result' }, m.LastProcessingResult || ''),
      h('td', {}, String(m.BatchSize)), h('td', {}, m.StartingPosition || ''), h('td', {}, progress[i]))),
    'No mappings.');
});

function duration(lines) {
  const report = lines.find((line) => line.startsWith('REPORT RequestId'));
  const match = report && report.match(/Duration: ([\d.]+ ms)/);
  return match ? match[1] : 'running';
}

/** The function's recent invocations with their log lines, newest first; refresh() reads them again, keeping open ones open. */
export function invocationsPanel(name) {
  const list = h('div', { id: 'invocations' });
  async function refresh() {
    try {
      const { invocations } = await consoleApi('invocations', { function: name });
      const open = new Set([...list.querySelectorAll('details[open]')].map((d) => d.dataset.request));
      show(list, invocations.length ? invocations.map((inv) => h('details', { class: 'invocation',
        'data-request': inv.requestId || '', open: open.has(inv.requestId || '') },
        h('summary', {}, `${inv.time.slice(0, 19).replace('T', ' ')} · ${inv.requestId || 'outside any invocation'} · ${duration(inv.lines)}`),
        h('pre', {}, inv.lines.join('\n'), inv.linesLeftOut ? `\n… ${inv.linesLeftOut} more lines left out` : '')))
        : h('p', {}, 'No invocations since Stratus started.'));
    } catch (error) {
      show(list, errorText(error));
    }
  }
  const element = h('section', {}, h('h2', {}, 'Recent invocations'), list);
  refresh();
  return { element, refresh };
}
