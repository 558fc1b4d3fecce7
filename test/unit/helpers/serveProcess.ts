// `bulletin serve` as a real process for tests: started on a library, called over HTTP, stopped by a signal within a bound.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ADDRESS = /http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+)/;

export interface ServedProcess {
  child: ChildProcess;
  /** The first line it printed (the address). */
  firstLine: string;
  origin: string;
  token: string;
  stderr(): string;
  exited: Promise<number | null>;
}

/** Starts the built `bulletin serve --drafts DRAFTS --port 0` with its own user data folder; resolves once it listens. */
export async function serveProcess(
  drafts: string,
  userData: string,
  extraArgs: string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<ServedProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/bulletin.mjs'), 'serve', '--drafts', drafts, '--port', '0', ...extraArgs], {
    cwd: ROOT,
    env: { ...process.env, BULLETIN_DESK_USER_DATA: userData, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    void exited.then((code) => reject(new Error(`bulletin serve exited (${code}) before its first line: ${stderr}`)));
  });
  const m = ADDRESS.exec(first);
  if (!m) throw new Error(`unexpected first line: ${first}`);
  return { child, firstLine: first, origin: `http://127.0.0.1:${m[1]}`, token: m[2] as string, stderr: () => stderr, exited };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CallAnswer = { status: number; result: { ok: boolean; value?: any; error?: any } };

export async function callServed(s: ServedProcess, name: string, input: unknown): Promise<CallAnswer> {
  const res = await fetch(`${s.origin}/api/call/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: res.status, result: (await res.json()) as CallAnswer['result'] };
}

/** Sends the signal; the exit status and how long it took, or -1 when it had not stopped within `withinMs` (then killed). */
export async function stopServed(
  s: ServedProcess,
  signal: NodeJS.Signals,
  withinMs = 10_000,
): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  s.child.kill(signal);
  const timeout = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), withinMs).unref());
  const code = await Promise.race([s.exited, timeout]);
  if (code === 'hung') s.child.kill('SIGKILL');
  return { code: code === 'hung' ? -1 : code, ms: Date.now() - started };
}
