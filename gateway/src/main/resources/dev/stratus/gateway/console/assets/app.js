import { consoleApi, currentScope, health, switchScope } from './aws.js';
import { h, show, guarded } from './dom.js';
import { tablesView } from './tables.js';
import { tableView } from './table.js';
import { functionView, functionsView } from './lambda.js';
import { pluginView } from './plugins.js';
import { connect, leaveView } from './live.js';

const view = document.getElementById('view');
let leaving = () => {};

async function overview(container) {
  const report = await health();
  const scope = currentScope();
  show(container,
    h('h1', {}, 'Overview'),
    h('table', {},
      h('tr', {}, h('th', {}, 'Version'), h('td', { 'data-test': 'version' }, report.version)),
      h('tr', {}, h('th', {}, 'Status'), h('td', {}, report.status)),
      h('tr', {}, h('th', {}, 'Storage'), h('td', {}, report.storage.engine)),
      h('tr', {}, h('th', {}, 'Data directory'), h('td', {}, report.storage.dataDir || 'none (in memory)')),
      h('tr', {}, h('th', {}, 'Uptime'), h('td', {}, `${Math.round(report.uptimeSeconds)} s`)),
      h('tr', {}, h('th', {}, 'Account / region'), h('td', {}, `${scope.account} / ${scope.region}`))),
    h('h2', {}, 'Services'),
    h('table', { id: 'services' },
      h('tr', {}, h('th', {}, 'Service'), h('th', {}, 'State'), h('th', {}, 'Checks')),
      Object.entries(report.services).map(([name, service]) => h('tr', {},
        h('td', {}, ['dynamodb', 'lambda'].includes(name) ? h('a', { href: `#/${name}` }, name) : name),
        h('td', {}, service.state),
        h('td', {}, service.checks.map((check) => `${check.healthy ? 'ok' : 'failing'}: ${check.detail}`).join('; '))))));
}

function route() {
  leaving();
  leaving = () => {};
  leaveView();
  const [, section, name, ...rest] = location.hash.replace(/^#\/?/, '/').split('/').map(decodeURIComponent);
  const container = h('div');
  show(view, container);
  let page;
  if (section === 'dynamodb' && name) {
    page = tableView(container, name, (cleanup) => { leaving = cleanup; });
  } else if (section === 'dynamodb') {
    page = tablesView(container);
  } else if (section === 'lambda' && name) {
    page = functionView(container, name);
  } else if (section === 'lambda') {
    page = functionsView(container);
  } else if (section === 'plugins' && name) {
    page = pluginView(container, name, rest);
  } else {
    page = overview(container);
  }
  guarded(container, () => page);
}

function scopeForm() {
  const scope = currentScope();
  document.getElementById('scope-account').value = scope.account;
  document.getElementById('scope-region').value = scope.region;
  document.getElementById('scope').addEventListener('submit', (event) => {
    event.preventDefault();
    switchScope(document.getElementById('scope-account').value, document.getElementById('scope-region').value);
    connect();
    route();
  });
}

async function pluginNavigation() {
  const { pages } = await consoleApi('pages');
  document.getElementById('plugin-nav').replaceChildren(...pages.map((page) =>
    h('a', { href: `#/plugins/${encodeURIComponent(page.service)}`, 'data-service': page.service }, page.title)));
}

scopeForm();
connect();
pluginNavigation();
window.addEventListener('hashchange', route);
route();
