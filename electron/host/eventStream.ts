// `GET /api/events`: the desk's events as server-sent events (numbered, replayed after a reconnect), with keep-alive comments.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DeskListener } from '../services/deskTypes';
import { sendText } from './responses';

/** How many pages may listen at once (a page holds one stream; more is a runaway). */
const MAX_EVENT_STREAMS = 32;
/** Events kept for a page whose stream dropped and came back (EventSource sends Last-Event-ID). */
const REPLAY_LENGTH = 200;

export interface EventStreams {
  /** Answers one `GET /api/events` (already past the token, Host and Origin checks) and keeps it open. */
  open(req: IncomingMessage, res: ServerResponse): void;
  /** Ends every open stream and stops listening to the desk (the host is stopping). */
  close(): void;
  readonly count: number;
}

/** One event in the text/event-stream format; JSON never holds a raw line break, so `data:` is one line. */
function formatEvent(id: number, name: string, payload: unknown): string {
  return `id: ${id}\nevent: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`;
}

export function eventStreams(subscribe: (listener: DeskListener) => () => void, keepAliveMs: number): EventStreams {
  /** Each open stream and what ends it. */
  const open = new Map<ServerResponse, () => void>();
  const recent: Array<{ id: number; text: string }> = [];
  let lastId = 0;

  const unsubscribe = subscribe((name, payload) => {
    const text = formatEvent(++lastId, name, payload);
    recent.push({ id: lastId, text });
    if (recent.length > REPLAY_LENGTH) recent.shift();
    for (const res of open.keys()) if (!res.writableEnded) res.write(text);
  });

  return {
    get count() {
      return open.size;
    },
    open(req, res) {
      if (req.method !== 'GET') {
        res.setHeader('Allow', 'GET');
        return sendText(res, 405, 'method not allowed: events are a GET request');
      }
      if (open.size >= MAX_EVENT_STREAMS) return sendText(res, 429, 'refused: too many event streams are open');
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      res.socket?.setNoDelay(true);
      res.socket?.setTimeout(0);
      res.write('retry: 2000\n: connected\n\n');
      // a page coming back after a dropped stream gets what it missed, if it is still kept
      const since = Number(req.headers['last-event-id']);
      if (Number.isInteger(since) && since >= 0 && since <= lastId) {
        for (const e of recent) if (e.id > since) res.write(e.text);
      }

      const keepAlive = setInterval(() => {
        if (!res.writableEnded) res.write(': keep-alive\n\n');
      }, keepAliveMs);
      keepAlive.unref();
      // the response's close is the connection's end (the request's own close fires as soon as it is read)
      const done = () => {
        if (open.delete(res)) clearInterval(keepAlive);
      };
      open.set(res, done);
      res.on('close', done);
    },
    close() {
      unsubscribe();
      for (const [res, done] of [...open]) {
        done();
        res.end();
      }
    },
  };
}
