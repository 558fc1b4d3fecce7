// Stopping is bounded: the host's close() and `bulletin serve`'s stop never wait on a call, a client or a disk that hangs.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { stopServing } from '../../electron/cli/commands/serve';
import { startHost, STOP_GRACE_MS, type RunningHost } from '../../electron/host/server';
import type { BulletinDeskService } from '../../shared/api';

const never = () => new Promise<never>(() => undefined);

/** A desk whose every call hangs (a disk that does not answer). */
const hangingDesk = {
  service: new Proxy({}, { get: () => never }) as BulletinDeskService,
  subscribe: () => () => undefined,
};

const sockets: Socket[] = [];
let host: RunningHost | undefined;
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await host?.close();
  host = undefined;
});

/** Opens a connection and sends `text` (headers, part of a body, or nothing at all); resolves once it is accepted. */
function openConnection(port: number, text: string): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      if (text) socket.write(text);
      resolve(socket);
    });
    socket.on('error', () => undefined);
    sockets.push(socket);
  });
}

const headers = (port: number, token: string, length: number) =>
  `POST /api/call/app.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = Date.now();
  await run();
  return Date.now() - start;
}

describe('the host’s close()', () => {
  it('waits 2 s at most by default for calls in flight', () => {
    expect(STOP_GRACE_MS).toBe(2000);
  });

  it('resolves within its grace while a call never finishes, a body never arrives and a client says nothing', async () => {
    host = await startHost({ desk: hangingDesk, buildFolder: null, stopGraceMs: 300 });
    const { port, token } = host;
    const inFlight = await openConnection(port, `${headers(port, token, 2)}{}`);
    await openConnection(port, `${headers(port, token, 100)}{"par`);
    await openConnection(port, '');
    const events = await fetch(`${host.origin}/api/events?token=${token}`);
    expect(events.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100)); // the call is in the (hanging) desk by now
    const closedIn = new Promise<void>((resolve) => inFlight.on('close', () => resolve()));
    const took = await timed(() => host!.close());
    expect(took).toBeLessThan(300 + 600);
    await closedIn;
  });
});

describe('bulletin serve’s stop', () => {
  const io = () => {
    let stderr = '';
    return { io: { cwd: '/', stdout: () => undefined, stderr: (t: string) => (stderr += t) }, stderr: () => stderr };
  };

  it('answers 1 within its time when the desk never finishes saving, and says what was not saved', async () => {
    const run = io();
    const desk = { close: never, pendingSaves: () => 2 };
    let code: number | undefined;
    const took = await timed(async () => (code = await stopServing({ close: async () => undefined }, desk, run.io, 1000)));
    expect(code).toBe(1);
    expect(took).toBeLessThan(1000);
    expect(run.stderr()).toContain('bulletin serve: saving 2 held change(s) before stopping…\n');
    expect(run.stderr()).toContain(
      'bulletin serve: saving did not finish within 1 s (the disk does not answer); stopping with 2 change(s) not saved\n',
    );
  });

  it('answers within its time even when the host never stops', async () => {
    const run = io();
    let code: number | undefined;
    const took = await timed(
      async () => (code = await stopServing({ close: never }, { close: never, pendingSaves: () => 0 }, run.io, 1000)),
    );
    expect(took).toBeLessThan(1000);
    expect(code).toBe(1);
    expect(run.stderr()).toContain('bulletin serve: the host did not stop in time; stopping anyway\n');
  });

  it('answers 0 at once when all went well, and 1 with the reason when a change cannot be saved', async () => {
    const ok = io();
    expect(await stopServing({ close: async () => undefined }, { close: async () => undefined, pendingSaves: () => 0 }, ok.io, 1000)).toBe(
      0,
    );
    expect(ok.stderr()).toBe('');
    const failed = io();
    const desk = { close: () => Promise.reject(new Error('1 story is not saved: “x”: the disk is full')), pendingSaves: () => 1 };
    expect(await stopServing({ close: async () => undefined }, desk, failed.io, 1000)).toBe(1);
    expect(failed.stderr()).toContain(
      'bulletin serve: a change could not be saved before stopping: 1 story is not saved: “x”: the disk is full\n',
    );
  });
});
