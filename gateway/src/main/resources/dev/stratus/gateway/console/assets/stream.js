import { dynamodbStreams } from './aws.js';
import { h, errorText } from './dom.js';
import { cell } from './json.js';

function imageDiff(oldImage = {}, newImage = {}) {
  const names = [...new Set([...Object.keys(oldImage), ...Object.keys(newImage)])];
  return h('table', {}, h('tr', {}, h('th', {}, 'attribute'), h('th', {}, 'old'), h('th', {}, 'new')),
    names.map((name) => h('tr', {}, h('td', {}, name), h('td', {}, cell(oldImage[name])), h('td', {}, cell(newImage[name])))));
}

/** The table's stream records as they arrive, newest first, from the server-sent events of the console endpoint. */
export function liveRecords(table, streamRecords) {
  const state = h('span', { id: 'stream-state' }, 'connecting…');
  const list = h('div', { id: 'stream-records' });
  const element = h('section', {}, h('h2', {}, 'Stream records, live ', state), list);
  const source = streamRecords(table.LatestStreamArn, {
    onReady: () => state.replaceChildren('listening'),
    onRecord: (record) => {
      const change = record.dynamodb;
      list.prepend(h('div', { class: 'stream-record', 'data-event': record.eventName },
        h('p', {}, h('strong', {}, record.eventName), ` ${record.shardId} #${change.SequenceNumber} keys `,
          JSON.stringify(Object.fromEntries(Object.entries(change.Keys).map(([k, v]) => [k, cell(v)])))),
        imageDiff(change.OldImage, change.NewImage)));
    },
    onFailure: (body) => state.replaceChildren(errorText(new Error(body.message || 'stream ended'))),
  });
  return { element, close: () => source.close() };
}

async function allShards(streamArn) {
  const shards = [];
  let after;
  do {
    const input = { StreamArn: streamArn };
    if (after) input.ExclusiveStartShardId = after;
    const { StreamDescription: description } = await dynamodbStreams('DescribeStream', input);
    shards.push(...description.Shards);
    after = description.LastEvaluatedShardId;
  } while (after);
  return shards;
}

/** The stream's shards as a tree: each shard under its parent, a shard whose parent is gone at the top. */
export async function shardsPanel(streamArn) {
  const element = h('section', {}, h('h2', {}, 'Shards'));
  try {
    const shards = await allShards(streamArn);
    const ids = new Set(shards.map((s) => s.ShardId));
    const children = (parent) => shards.filter((s) => (ids.has(s.ParentShardId) ? s.ParentShardId : undefined) === parent);
    const rows = [];
    const visit = (shard, depth) => {
      const range = shard.SequenceNumberRange;
      rows.push(h('tr', { class: 'shard', 'data-shard': shard.ShardId, 'data-parent': shard.ParentShardId || '' },
        h('td', { style: `padding-left: ${0.6 + depth * 1.5}em` }, depth ? '└ ' : '', shard.ShardId),
        h('td', {}, shard.ParentShardId || ''),
        h('td', {}, range.StartingSequenceNumber || ''),
        h('td', {}, range.EndingSequenceNumber ? `closed at ${range.EndingSequenceNumber}` : 'open')));
      children(shard.ShardId).forEach((child) => visit(child, depth + 1));
    };
    children(undefined).forEach((shard) => visit(shard, 0));
    element.append(h('table', { id: 'shards' },
      h('tr', {}, ['Shard', 'Parent', 'First sequence number', 'State'].map((t) => h('th', {}, t))), rows));
  } catch (error) {
    element.append(errorText(error));
  }
  return element;
}
