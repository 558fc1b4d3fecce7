// `bulletin serve` as a real process (the built command): its first line, the API it serves, and stopping on a signal.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from 'node:net';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { callServed, ROOT, serveProcess, stopServed, type ServedProcess } from './helpers/serveProcess';

const FIRST_LINE = /^Bulletin Desk is at http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]{43})$/;

type Served = ServedProcess;

let dir: string;
let drafts: string;

beforeAll(() => {
  const built = path.join(ROOT, 'out', 'cli');
  const files = existsSync(built) ? readdirSync(built, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];
  const hasServe = files.some((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8').includes('Bulletin Desk is at'));
  if (!hasServe) throw new Error('the built command has no `serve`: run `npm run build:cli` first (npm test does)');
});

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'host-serve-'));
  drafts = path.join(dir, 'drafts');
});

/** Starts `node bin/bulletin.mjs serve --drafts DIR --port 0 …` and resolves with its first stdout line. */
function serve(extraArgs: string[] = [], extraEnv: Record<string, string> = {}): Promise<Served> {
  return serveProcess(drafts, path.join(dir, 'user-data'), extraArgs, { XDG_CONFIG_HOME: path.join(dir, 'config'), ...extraEnv });
}

const call = callServed;

/** The exit status within 10 s of the signal (a hung process fails the test instead of hanging it). */
async function stop(s: Served, signal: NodeJS.Signals): Promise<number | null> {
  return (await stopServed(s, signal)).code;
}

describe('bulletin serve', () => {
  it('prints its address first, serves the desk on it, and exits 0 on SIGTERM', async () => {
    const s = await serve();
    expect(s.firstLine).toMatch(FIRST_LINE);
    expect(Number(new URL(s.origin).port)).toBeGreaterThan(0);
    const info = await call(s, 'app.info', {});
    expect(info.result.value).toMatchObject({ host: 'browser', libraryFolder: drafts });
    const created = await call(s, 'story.create', { fields: { headline: '东湖街道举办消防开放日' } });
    expect(readdirSync(drafts)).toContain(created.result.value.file);
    expect((await fetch(`${s.origin}/api/call/app.info`, { method: 'POST' })).status).toBe(401);
    expect(await stop(s, 'SIGTERM')).toBe(0);
  });

  it.skipIf(process.platform !== 'linux')(
    'takes --lang, and for --open gives xdg-open a private page that leads to the address, no token (a failure is only a message)',
    async () => {
      const bin = mkdtempSync(path.join(tmpdir(), 'host-serve-bin-'));
      const seen = (name: string) => path.join(bin, name);
      // the opener keeps what `ps` would show of it, the page, and the page's mode
      writeFileSync(
        seen('xdg-open'),
        `#!/bin/sh\ntr '\\0' ' ' < /proc/$$/cmdline > '${seen('cmdline.txt')}'\nstat -c %a "$1" > '${seen('mode.txt')}'\ncp "$1" '${seen('page.html')}'\nprintf '%s' "$1" > '${seen('opened.txt')}'\n`,
        { mode: 0o755 },
      );
      const s = await serve(['--lang', 'zh-CN', '--open'], { PATH: `${bin}${path.delimiter}${process.env.PATH}` });
      expect((await call(s, 'app.info', {})).result.value.language).toBe('zh-CN');
      await expect
        .poll(() => existsSync(seen('opened.txt')) && readFileSync(seen('opened.txt'), 'utf8'))
        .toMatch(/\/open-bulletin-desk\.html$/);
      const page = readFileSync(seen('opened.txt'), 'utf8');
      expect(readFileSync(seen('cmdline.txt'), 'utf8')).toContain(page);
      expect(readFileSync(seen('cmdline.txt'), 'utf8')).not.toContain(s.token);
      expect(readFileSync(seen('mode.txt'), 'utf8').trim()).toBe('600');
      expect(readFileSync(seen('page.html'), 'utf8')).toContain(`location.replace("${s.firstLine.replace('Bulletin Desk is at ', '')}")`);
      expect(await stop(s, 'SIGTERM')).toBe(0);
      expect(existsSync(path.dirname(page))).toBe(false);

      const without = await serve(['--open'], { PATH: path.join(dir, 'no-such-bin') });
      await expect.poll(() => without.stderr()).toMatch(/could not open a browser \(.*\); open the address above yourself/);
      expect(await call(without, 'app.info', {})).toMatchObject({ status: 200 });
      // a port already taken: a clear message and exit status 2
      const port = new URL(without.origin).port;
      await expect(serve(['--port', port])).rejects.toThrow(
        /exited \(2\) before its first line: bulletin serve: cannot listen on 127\.0\.0\.1 port \d+: .*EADDRINUSE/,
      );
      expect(await stop(without, 'SIGTERM')).toBe(0);
    },
  );

  it('stops within 5 s of SIGTERM while a call’s body never finishes arriving and an event stream is open', async () => {
    const s = await serve();
    const port = Number(new URL(s.origin).port);
    const stalled = connect(port, '127.0.0.1');
    stalled.on('error', () => undefined);
    stalled.write(
      `POST /api/call/app.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${s.token}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"pa',
    );
    const events = await fetch(`${s.origin}/api/events?token=${s.token}`);
    expect(events.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200)); // the stalled call is being read by now
    const start = Date.now();
    expect(await stop(s, 'SIGTERM')).toBe(0);
    expect(Date.now() - start).toBeLessThan(5000);
    stalled.destroy();
  });

  it.skipIf(process.platform === 'win32')(
    'stops within 5 s of SIGTERM even when a read in the library never ends (a FIFO named like a story)',
    async () => {
      const s = await serve();
      // the watcher sees the new "story": it is never opened (a FIFO's open would never return without a writer)
      execFileSync('mkfifo', [path.join(drafts, 'stuck.story.json')]);
      await new Promise((r) => setTimeout(r, 1000));
      const start = Date.now();
      s.child.kill('SIGTERM');
      const ended = await Promise.race([
        new Promise<string>((resolve) => s.child.on('exit', (code, signal) => resolve(`${code ?? signal}`))),
        new Promise<string>((resolve) => setTimeout(() => resolve('hung'), 10_000).unref()),
      ]);
      if (ended === 'hung') s.child.kill('SIGKILL');
      expect(Date.now() - start).toBeLessThan(5000);
      // stopped by itself, with nothing left to the last resort: no read of the library ever blocks
      expect(ended).toBe('0');
      expect(s.stderr()).not.toMatch(/still busy/);
    },
  );

  it('saves a held change before it stops on SIGINT', async () => {
    const s = await serve();
    const { story, revision, file } = (await call(s, 'story.create', { fields: { headline: '枫溪镇开展义诊' } })).result.value;
    // the drive goes away: the save is held in memory and retried
    renameSync(drafts, `${drafts}-unplugged`);
    const held = await call(s, 'story.save', { id: story.id, story: { ...story, notes: '断电前写的' }, baseRevision: revision });
    expect([held.status, held.result.error.code, held.result.error.retrying]).toEqual([503, 'io', true]);
    renameSync(`${drafts}-unplugged`, drafts);
    expect(await stop(s, 'SIGINT')).toBe(0);
    expect(JSON.parse(readFileSync(path.join(drafts, file), 'utf8')).notes).toBe('断电前写的');
  });

  it('exits 1 and says why when a held change still cannot be saved', async () => {
    const s = await serve();
    const { story, revision } = (await call(s, 'story.create', { fields: { headline: '石门社区开展垃圾分类宣传' } })).result.value;
    renameSync(drafts, `${drafts}-unplugged`);
    expect((await call(s, 'story.save', { id: story.id, story: { ...story, notes: '存不下' }, baseRevision: revision })).status).toBe(503);
    expect(await stop(s, 'SIGTERM')).toBe(1);
    expect(s.stderr()).toMatch(
      /bulletin serve: a change could not be saved before stopping: 1 story is not saved: “石门社区开展垃圾分类宣传”/,
    );
  });

  it('refuses bad options with exit status 2', async () => {
    const io = () => {
      let stderr = '';
      return { io: { cwd: dir, stdout: () => undefined, stderr: (t: string) => (stderr += t) }, stderr: () => stderr };
    };
    for (const argv of [['--port', 'abc'], ['--port', '70000'], ['--lang', 'fr'], ['page.txt'], ['--nope']]) {
      const run = io();
      expect(await main(['serve', ...argv], run.io), argv.join(' ')).toBe(2);
      expect(run.stderr()).toMatch(/^bulletin serve: /);
    }
  });
});
