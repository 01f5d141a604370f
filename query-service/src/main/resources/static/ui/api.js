// Calls to the two APIs with the signed-in user's token. Every failure becomes an ApiError that carries
// the problem document (RFC 9457), so views can show it in plain words next to the field concerned.
import config from './config.js';
import { token } from './auth.js';
import { t as tp } from './messages/problems.js';

export class ApiError extends Error {
  /** status 0: no answer (offline, server down). */
  constructor(status, problem = {}) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** True when the server has no such endpoint yet (an older version), not when a resource is hidden. */
  get missingEndpoint() {
    const text = `${this.problem.detail || ''} ${this.problem.title || ''}`;
    return this.status === 405 || this.status === 501
      || (this.status === 404 && /no static resource|no endpoint|no handler|no mapping/i.test(text));
  }
}

/** anonymous: never sends the token (the receipt page: a report must not be tied to whoever reads it). */
async function send(base, method, path, { body, accept = 'application/json', headers = {}, signal, anonymous = false } = {}) {
  const h = { Accept: `${accept}, application/problem+json`, ...headers };
  const t = token();
  if (t && !anonymous) h.Authorization = `Bearer ${t}`;
  if (body !== undefined) h['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(`${base}${path}`, {
      method, headers: h, signal, body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: tp('noAnswer'), detail: String(e) });
  }
  if (!response.ok) {
    let problem = {};
    const type = response.headers.get('Content-Type') || '';
    try {
      problem = type.includes('json') ? await response.json() : { detail: (await response.text()).slice(0, 300) };
    } catch {
      problem = {};
    }
    const error = new ApiError(response.status, problem);
    error.retryAfter = Number(response.headers.get('Retry-After')) || null;
    if (response.status === 401 && !anonymous) window.dispatchEvent(new CustomEvent('ledger:unauthenticated'));
    throw error;
  }
  return response;
}

/**
 * GET from the query API; JSON unless raw. A list comes a page at a time (a `Link: <...>; rel="next"`
 * header while more follow): the pages are fetched and joined, so views always get the whole list.
 */
export async function get(path, options = {}) {
  let response = await send(config.queryApi, 'GET', path, options);
  if (options.raw) return response;
  if (response.status === 204) return null;
  const body = await response.json();
  if (!Array.isArray(body)) return body;
  for (let pages = 1; pages < 200; pages += 1) {
    const next = nextPage(response.headers.get('Link'));
    if (!next) break;
    response = await send('', 'GET', next, options);
    body.push(...await response.json());
  }
  return body;
}

function nextPage(link) {
  const m = /<([^>]+)>\s*;\s*rel="next"/.exec(link || '');
  return m ? m[1] : null;
}

/** A command: POST or PUT to the command API. Returns the JSON answer. */
export async function command(method, path, body, options = {}) {
  const response = await send(config.commandApi, method, path, { ...options, body });
  const text = await response.text();
  return text ? JSON.parse(text) : {};
}

/** For the feed: the raw streaming response. */
export function stream(path, { headers, signal }) {
  return send(config.queryApi, 'GET', path, { accept: 'text/event-stream', headers, signal });
}

/**
 * The query side follows the event store within moments: polls `read` until `done(result)` is true
 * (or the time is up) and returns the last result.
 */
export async function until(read, done, { timeout = 20_000, every = 250 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 404) throw e;
    }
    if (Date.now() > deadline) return last;
    await new Promise((r) => setTimeout(r, every));
  }
}
