// Commands made without a connection (issue 13, item 4) wait on this device with their client-chosen ids and
// are sent, in order, when the connection returns: a command sent twice is harmless (the same id and content
// is no new event), so a send that got no answer is simply sent again. Per person; a refusal (4xx) is said
// and dropped, never retried; while waiting the header says how many.
import { ApiError, command } from './api.js';
import { userName } from './auth.js';
import { h } from './dom.js';
import { t } from './messages/field.js';

const PREFIX = 'ledger.outbox.';
const RETRY_MS = 10_000;
let announce = () => {};
let sending = null;

/**
 * The command, or, when no answer comes (offline, server down), `{queued: true}` once it waits here;
 * `waiting(body)` may complete what a later send must carry (the day it was typed).
 */
export async function commandOrWait(method, path, body, waiting = (b) => b) {
  try {
    return await command(method, path, body);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 0 || !userName()) throw e;
    write([...read(), { method, path, body: waiting(body), at: new Date().toISOString() }]);
    return { queued: true };
  }
}

/** The bodies of what waits to be sent to `path`, oldest first. */
export function waitingFor(path) {
  return read().filter((item) => item.path === path).map((item) => item.body);
}

/** Starts sending what waits: now, when the browser is back online, and every few seconds while any waits. */
export function startOutbox(say) {
  announce = say;
  window.addEventListener('online', () => flush());
  setInterval(() => { if (read().length) flush(); }, RETRY_MS);
  flush();
}

/** Sends what waits, oldest first; stops at the first that gets no answer. */
export function flush() {
  if (!sending) sending = send().finally(() => { sending = null; });
  return sending;
}

async function send() {
  let sent = 0;
  for (let items = read(); items.length; items = read()) {
    const [next] = items;
    try {
      await command(next.method, next.path, next.body);
      sent += 1;
    } catch (e) {
      if (e instanceof ApiError && (e.status === 0 || e.status === 401 || e.status === 429 || e.status >= 500)) break;
      announce(t('notSent', e.message), 'error');
    }
    write(read().slice(1));
  }
  if (sent) announce(t('sent', sent));
  badge();
}

function key() {
  return `${PREFIX}${userName() || ''}`;
}

function read() {
  try {
    return JSON.parse(localStorage.getItem(key()) || '[]');
  } catch {
    return [];
  }
}

function write(items) {
  if (items.length) localStorage.setItem(key(), JSON.stringify(items));
  else localStorage.removeItem(key());
  badge();
}

/** "2 records waiting to send" in the header while any wait. */
function badge() {
  const place = document.getElementById('outbox');
  if (!place) return;
  const n = read().length;
  place.replaceChildren(...(n ? [h('span', { class: 'outbox-count' }, t('waiting', n)), ' ',
    h('span', { class: 'hint' }, t('waitingHint'))] : []));
  place.hidden = !n;
}
