// A Node-side BulletinDeskApi over the loopback host: calls by fetch, events by a small server-sent-events reader.
import { ApiError, resultSchema, type BulletinDeskApi, type EventName } from '../../../shared/api';

export interface SseMessage {
  id?: string;
  event: string;
  data: string;
}

/** Splits a text/event-stream into messages (comments and `retry:` lines are skipped). */
export function sseParser(onMessage: (m: SseMessage) => void): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  return (chunk) => {
    buffer += chunk;
    for (let end = buffer.search(/\r\n|\r|\n/); end >= 0; end = buffer.search(/\r\n|\r|\n/)) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(buffer.startsWith('\r\n', end) ? end + 2 : end + 1);
      if (line === '') {
        if (data.length > 0) onMessage({ event: event || 'message', data: data.join('\n'), ...(id !== undefined ? { id } : {}) });
        event = '';
        data = [];
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id') id = value;
    }
  };
}

export interface HttpClient {
  api: BulletinDeskApi;
  /** Every message received on the event stream, in order. */
  received: SseMessage[];
  close(): void;
}

/**
 * Connects to a running host: opens the event stream first and resolves once the host has said "connected",
 * so no event emitted after this resolves can be missed.
 */
export async function connectHttpClient(origin: string, token: string): Promise<HttpClient> {
  const listeners = new Map<string, Set<(payload: never) => void>>();
  const received: SseMessage[] = [];
  const abort = new AbortController();

  const response = await fetch(`${origin}/api/events?token=${encodeURIComponent(token)}`, { signal: abort.signal });
  if (response.status !== 200 || !response.body) throw new Error(`the event stream answered ${response.status}: ${await response.text()}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parse = sseParser((m) => {
    received.push(m);
    for (const listener of listeners.get(m.event) ?? []) listener(JSON.parse(m.data) as never);
  });
  const first = await reader.read();
  if (first.done || !first.value.includes(': connected')) throw new Error('the event stream did not say it is connected');
  parse(first.value);
  void (async () => {
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) parse(r.value);
    } catch {
      // aborted by close(), or the host stopped
    }
  })();

  const api: BulletinDeskApi = {
    async call(name, input) {
      const res = await fetch(`${origin}/api/call/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
      const parsed = resultSchema.safeParse(await res.json().catch(() => null));
      if (!parsed.success) throw new ApiError({ code: 'io', message: `the host answered ${res.status} without a result` });
      if (!parsed.data.ok) throw new ApiError(parsed.data.error);
      return parsed.data.value as never;
    },
    on(name: EventName, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    },
  };
  return { api, received, close: () => abort.abort() };
}
