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
