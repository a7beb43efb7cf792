import { lambda } from './aws.js';
import { h, show, errorText } from './dom.js';
import { aliasesPanel, invocationsPanel, layersPanel, mappingsPanel, versionsPanel } from './function-panels.js';
import { onChange } from './live.js';

const PAGE = 25;

function decodeLog(base64) {
  if (!base64) return '';
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export async function functionsView(container) {
  const markers = [undefined];
  const body = h('div');
  async function load() {
    const query = new URLSearchParams({ MaxItems: PAGE });
    if (markers.at(-1)) query.set('Marker', markers.at(-1));
    const page = await lambda('GET', `functions/?${query}`);
    show(body,
      h('table', { id: 'functions' },
        h('tr', {}, ['Function', 'Runtime', 'Handler', 'Memory', 'Timeout', 'Last modified'].map((t) => h('th', {}, t))),
        page.Functions.map((f) => h('tr', {},
          h('td', {}, h('a', { href: `#/lambda/${encodeURIComponent(f.FunctionName)}` }, f.FunctionName)),
          h('td', {}, f.Runtime || ''), h('td', {}, f.Handler || ''), h('td', {}, `${f.MemorySize} MB`),
          h('td', {}, `${f.Timeout} s`), h('td', {}, f.LastModified)))),
      page.Functions.length ? null : h('p', {}, 'No functions in this account and region.'),
      h('div', { class: 'row' },
        h('button', { disabled: markers.length === 1, onclick: () => { markers.pop(); load(); } }, 'Previous'),
        h('button', { disabled: !page.NextMarker, onclick: () => { markers.push(page.NextMarker); load(); } }, 'Next')));
  }
  show(container, h('h1', {}, 'Lambda functions'), body, await layersOfAccount());
  await load();
}

async function layersOfAccount() {
  const { Layers: layers } = await lambda('GET', 'layers?MaxItems=50', undefined, {}, '2018-10-31');
  return h('section', {}, h('h2', {}, 'Layers'),
    h('table', { id: 'layers' },
      h('tr', {}, ['Layer', 'Latest version', 'Runtimes', 'Description'].map((t) => h('th', {}, t))),
      layers.map((l) => h('tr', {}, h('td', {}, l.LayerName), h('td', {}, String(l.LatestMatchingVersion.Version)),
        h('td', {}, (l.LatestMatchingVersion.CompatibleRuntimes || []).join(', ')),
        h('td', {}, l.LatestMatchingVersion.Description || '')))),
    layers.length ? null : h('p', {}, 'No layers.'));
}

function invokePanel(name) {
  const payload = h('textarea', { id: 'invoke-payload', spellcheck: 'false' });
  payload.value = '{}';
  const result = h('div', { id: 'invoke-result' });
  const run = async () => {
    show(result, h('p', {}, 'Invoking…'));
    try {
      const { response, payload: output } = await lambda('POST', `functions/${encodeURIComponent(name)}/invocations`,
        payload.value, { 'X-Amz-Log-Type': 'Tail' });
      const error = response.headers.get('X-Amz-Function-Error');
      show(result,
        h('p', { class: error ? 'error' : 'ok' }, `Status ${response.status}`, error ? ` · function error: ${error}` : '',
          ` · version ${response.headers.get('X-Amz-Executed-Version') || ''}`),
        h('h3', {}, 'Result'), h('pre', { id: 'invoke-output' }, output),
        h('h3', {}, 'Log tail'), h('pre', { id: 'invoke-log' }, decodeLog(response.headers.get('X-Amz-Log-Result'))));
    } catch (error) {
      show(result, errorText(error));
    }
  };
  return h('fieldset', {}, h('legend', {}, 'Invoke'), payload,
    h('button', { id: 'invoke-run', onclick: run }, 'Invoke'), result);
}

export async function functionView(container, name) {
  const config = await lambda('GET', `functions/${encodeURIComponent(name)}/configuration`);
  const invocations = invocationsPanel(name);
  const mappings = h('div');
  const showMappings = async () => show(mappings, await mappingsPanel(name));
  await showMappings();
  const thisFunction = (changed) => changed === name;
  onChange('lambda', 'invocation', invocations.refresh, thisFunction);
  onChange('lambda', 'event-source-mapping', showMappings, thisFunction);
  show(container,
    h('h1', {}, h('a', { href: '#/lambda' }, 'Lambda'), ' / ', h('span', { id: 'function-name' }, name)),
    h('table', {}, [['Runtime', config.Runtime], ['Handler', config.Handler], ['Memory', `${config.MemorySize} MB`],
      ['Timeout', `${config.Timeout} s`], ['Role', config.Role], ['State', config.State], ['Version', config.Version],
      ['Environment', JSON.stringify((config.Environment || {}).Variables || {})]]
      .map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, v || '')))),
    mappings,
    ...await Promise.all([versionsPanel(name), aliasesPanel(name), layersPanel(config)]),
    invokePanel(name),
    invocations.element);
}
