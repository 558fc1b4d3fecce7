// The loopback host on temp folders for tests: a real desk, a small stand-in build folder, raw HTTP requests.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { openDesk } from '../../../electron/services/desk';
import type { Desk } from '../../../electron/services/deskTypes';
import { startHost, type HostOptions, type RunningHost } from '../../../electron/host/server';

/** The desk every host test binds: the real one, on the given temp folders. */
export function openTestDesk(libraryFolder: string, userDataFolder: string): Promise<Desk> {
  return openDesk({ libraryFolder, userDataFolder, host: 'browser', version: 'test', systemLocale: 'en-US' });
}

export const FAKE_INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>\n';

/**
 * Makes `build` a folder like electron-vite's out/renderer (index.html, assets/), plus links that point out
 * of it: `escape.txt` to `outsideFile`, and `assets/escape-dir` to the folder that holds it.
 */
export function makeFakeBuild(build: string, outsideFile: string): string {
  mkdirSync(path.join(build, 'assets'), { recursive: true });
  writeFileSync(path.join(build, 'index.html'), FAKE_INDEX_HTML);
  writeFileSync(path.join(build, 'assets', 'app.js'), 'console.log("app");\n');
  writeFileSync(path.join(build, 'assets', 'app.css'), 'body{margin:0}\n');
  writeFileSync(path.join(build, '.hidden'), 'not for serving\n');
  symlinkSync(outsideFile, path.join(build, 'escape.txt'));
  symlinkSync(path.dirname(outsideFile), path.join(build, 'assets', 'escape-dir'));
  return build;
}

export interface TestHost {
  host: RunningHost;
  desk: Desk;
  close(): Promise<void>;
}

/** Host options a test may set beside the desk and the build (timeouts, mostly). */
export type TestHostOptions = Partial<Omit<HostOptions, 'desk' | 'buildFolder'>>;

export async function startTestHost(
  libraryFolder: string,
  userDataFolder: string,
  buildFolder: string | null,
  keepAliveMs?: number,
  options: TestHostOptions = {},
): Promise<TestHost> {
  const desk = await openTestDesk(libraryFolder, userDataFolder);
  const host = await startHost({ desk, buildFolder, ...(keepAliveMs ? { keepAliveMs } : {}), ...options });
  let closed: Promise<void> | undefined;
  return {
    host,
    desk,
    close() {
      closed ??= host.close().then(() => desk.close());
      return closed;
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request exactly as given (the path is sent unnormalised, any Host header), to 127.0.0.1:port.
 * `headers.host` replaces the Host header that would otherwise be `127.0.0.1:port`.
 */
export function rawRequest(
  port: number,
  method: string,
  rawPath: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      { host: '127.0.0.1', port, method, path: rawPath, headers: { host: `127.0.0.1:${port}`, ...headers }, agent: false },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', done);
        res.on('close', done);
      },
    );
    // a host that answers early (413) and hangs up may cut the rest of a large body short: the answer counts
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    req.end(body);
  });
}

/** Sends `text` as it is on a plain socket (for requests no HTTP client would send) and answers the status line. */
export function rawSocketRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

/** Every file, folder and link under `root` but `skip`, with a hash of each file's bytes: to see that nothing changed. */
export function snapshotTree(root: string, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (skip.includes(file)) continue;
      const stat = lstatSync(file);
      const key = path.relative(root, file);
      if (stat.isSymbolicLink()) out[key] = `link -> ${readlinkSync(file)}`;
      else if (stat.isDirectory()) {
        out[key] = 'folder';
        walk(file);
      } else out[key] = createHash('sha256').update(readFileSync(file)).digest('hex');
    }
  };
  walk(root);
  return out;
}
