// Server-Sent Events over fetch: EventSource cannot send an Authorization header. Parses the stream as the
// HTML standard describes, and reconnects by itself, resuming after the last id with Last-Event-ID.
import { ApiError, stream } from './api.js';

/** Feeds text chunks, calls onEvent({id, event, data}) per complete event. */
export function sseParser(onEvent, onRetry = () => {}) {
  let buffer = '';
  let data = [];
  let event = '';
  let id = null;
  const line = (l) => {
    if (l === '') {
      if (data.length) onEvent({ id, event: event || 'message', data: data.join('\n') });
      data = [];
      event = '';
      return;
    }
    if (l.startsWith(':')) return; // a comment: the heartbeat
    const colon = l.indexOf(':');
    const name = colon < 0 ? l : l.slice(0, colon);
    let value = colon < 0 ? '' : l.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (name === 'data') data.push(value);
    else if (name === 'event') event = value;
    else if (name === 'id' && !value.includes('\0')) id = value;
    else if (name === 'retry' && /^\d+$/.test(value)) onRetry(Number(value));
  };
  return {
    push(chunk) {
      buffer += chunk;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop();
      lines.forEach(line);
    },
    get lastId() { return id; },
  };
}

/**
 * Opens `path` and keeps it open. onEvent({id, event, data}); onState('open' | 'reconnecting' | 'unavailable'
 * | 'forbidden' | 'closed'). Returns {close()}.
 */
export function follow(path, { onEvent, onState, lastEventId = null }) {
  const controller = new AbortController();
  let lastId = lastEventId;
  let retry = 2000; // the server may change it with a retry: field
  let failures = 0; // connections refused in a row: wait longer each time, up to 30 s
  let closed = false;

  (async () => {
    while (!closed) {
      let failedFast = true;
      try {
        const headers = lastId ? { 'Last-Event-ID': lastId } : {};
        const response = await stream(path, { headers, signal: controller.signal });
        onState('open');
        failedFast = false;
        const parser = sseParser((e) => { if (e.id) lastId = e.id; onEvent(e); }, (ms) => { retry = ms; });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(value);
        }
      } catch (e) {
        if (closed || e.name === 'AbortError') break;
        if (e instanceof ApiError && e.missingEndpoint) { onState('unavailable'); return; }
        if (e instanceof ApiError && (e.status === 401 || e.status === 403)) { onState(e.status === 403 ? 'forbidden' : 'closed'); return; }
      }
      if (closed) break;
      failures = failedFast ? failures + 1 : 0;
      onState('reconnecting');
      await new Promise((r) => setTimeout(r, Math.min(retry * 2 ** failures, 30_000)));
    }
  })();

  return {
    close() {
      closed = true;
      controller.abort();
    },
  };
}
