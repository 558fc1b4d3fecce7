// The loopback host and slow clients: a call body still arriving after the limit (30 s; 300 ms here) is cut off.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BODY_TIMEOUT_MS } from '../../electron/host/server';
import { useHostFixture } from './helpers/hostFixture';
import { rawRequest } from './helpers/hostHarness';

const LIMIT_MS = 300;
const f = useHostFixture(100, { bodyTimeoutMs: LIMIT_MS });

interface SlowAnswer {
  /** The answer's first line ('' when the host hung up without one). */
  statusLine: string;
  answer: string;
  /** From the headers sent to the socket's close. */
  closedAfterMs: number;
}

/**
 * Sends a call's headers (declaring `declared` body bytes), then `bodyBytes` of the body one byte every `everyMs`
 * (or all at once when 0), and never the rest; resolves when the host closes the connection (or after 10 s).
 */
function slowCall(declared: number, bodyBytes: number, everyMs: number): Promise<SlowAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(f.port, '127.0.0.1');
    let answer = '';
    let started = 0;
    let trickle: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => socket.destroy(), 10_000);
    socket.on('connect', () => {
      started = Date.now();
      socket.write(
        `POST /api/call/story.create HTTP/1.1\r\nHost: 127.0.0.1:${f.port}\r\nAuthorization: Bearer ${f.token}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n`,
      );
      if (everyMs === 0) socket.write(' '.repeat(bodyBytes));
      else {
        let sent = 0;
        trickle = setInterval(() => {
          if (sent++ < bodyBytes && !socket.destroyed) socket.write(' ');
        }, everyMs);
      }
    });
    socket.on('data', (d: Buffer) => (answer += d.toString('utf8')));
    socket.on('error', () => undefined); // a reset after the answer counts as closed
    socket.on('close', () => {
      clearTimeout(giveUp);
      clearInterval(trickle);
      resolve({ statusLine: answer.split('\r\n')[0] ?? '', answer, closedAfterMs: Date.now() - started });
    });
    socket.on('timeout', reject);
  });
}

describe('a call body that is slow to arrive', () => {
  it('is 30 s by default', () => {
    expect(BODY_TIMEOUT_MS).toBe(30_000);
  });

  it('is cut off at the limit when it stalls: 408 with a clear reason, the connection closed, nothing written', async () => {
    const r = await slowCall(100, 10, 0);
    expect(r.statusLine).toBe('HTTP/1.1 408 Request Timeout');
    expect(r.answer).toContain(
      '\r\n\r\nrefused: the request was still arriving after 0.3 s, so the host stopped waiting for it; try again\n',
    );
    expect(r.closedAfterMs).toBeGreaterThanOrEqual(LIMIT_MS - 20);
    expect(r.closedAfterMs).toBeLessThan(LIMIT_MS + 1500);
    expect(f.storyFiles()).toEqual([]);
  });

  it('is cut off at the limit when it trickles in a byte at a time (the limit is for the whole body)', async () => {
    const r = await slowCall(1000, 1000, 40);
    expect(r.statusLine).toBe('HTTP/1.1 408 Request Timeout');
    expect(r.closedAfterMs).toBeLessThan(LIMIT_MS + 1500);
    expect(f.storyFiles()).toEqual([]);
  });

  it('leaves the host answering other calls meanwhile and after', async () => {
    const stalled = slowCall(100, 10, 0);
    const other = await rawRequest(f.port, 'POST', '/api/call/app.info', f.auth(), '{}');
    expect(other.status).toBe(200);
    expect((await stalled).statusLine).toBe('HTTP/1.1 408 Request Timeout');
    expect((await rawRequest(f.port, 'POST', '/api/call/story.create', f.auth(), '{}')).status).toBe(200);
  });
});
