// Live updates: the services' change notices (api/events) for the chosen account and region, over one server-sent
// event connection. A view subscribes with onChange and reads what changed again through the AWS APIs; leaving the
// view drops its subscriptions. Nothing here polls: the page hears of a change when the server sends it.
import { currentScope } from './aws.js';

let source = null;
const subscriptions = new Set();

function showState(state) {
  document.body.dataset.live = state;
  document.getElementById('live-state').textContent = state === 'live' ? '● live' : '○ reconnecting';
}

/** Opens the connection for the chosen account and region, closing the one before. */
export function connect() {
  if (source) source.close();
  source = new EventSource(`api/events?${new URLSearchParams(currentScope())}`);
  source.addEventListener('ready', () => showState('live'));
  source.addEventListener('error', () => showState('reconnecting'));
  source.addEventListener('change', (event) => {
    const notice = JSON.parse(event.data);
    subscriptions.forEach((subscription) => subscription(notice));
  });
  source.addEventListener('reset', () => subscriptions.forEach((subscription) => subscription(null)));
}

/**
 * Runs refresh() when a resource of the service's kind changes (and matches(name) holds): a burst of notices runs it
 * once, and never two runs at once; a notice that comes during a run runs it again after.
 */
export function onChange(service, kind, refresh, matches = () => true) {
  let running = false;
  let again = false;
  let scheduled = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await refresh();
    } finally {
      running = false;
      if (again) {
        again = false;
        run();
      }
    }
  };
  subscriptions.add((notice) => {
    if (notice && (notice.service !== service || notice.kind !== kind || !matches(notice.name))) return;
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        run();
      });
    }
  });
}

/** Drops the subscriptions of the view being left. */
export function leaveView() {
  subscriptions.clear();
}
