// `bulletin serve`: opens the desk, serves the app on 127.0.0.1 with a per-run token, and saves everything before it stops.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../../../shared/api';
import { openInBrowser, type OpenedPage } from '../../host/browserOpener';
import { startHost } from '../../host/server';
import { openSwitchableDesk } from '../../services/switchableDesk';
import { userDataFolder } from '../../services/preferences';
import { choice, flag, readArgs } from '../args';
import { CliError, usageError, type CliIo } from '../io';

/** The system's locale from the environment (LC_ALL, LC_MESSAGES, LANG), else from Intl. */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): string {
  for (const value of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (value && value !== 'C' && value !== 'POSIX' && !value.startsWith('C.')) return value.split('.')[0] as string;
  }
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/** The app's own package (nearest folder with package.json above this module): its version and the built renderer. */
export function locateApp(from: string = fileURLToPath(import.meta.url)): { version: string; buildFolder: string | null } {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      let version = '0.0.0';
      try {
        version = String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version ?? version);
      } catch {
        // an unreadable manifest only costs the version number
      }
      const build = path.join(dir, 'out', 'renderer');
      return { version, buildFolder: existsSync(path.join(build, 'index.html')) ? build : null };
    }
    if (path.dirname(dir) === dir) return { version: '0.0.0', buildFolder: null };
  }
}

function portOf(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw usageError(`--port must be a number from 0 to 65535 (not “${value}”)`);
  return Number(value);
}

/**
 * Waits for SIGINT or SIGTERM. A second one while stopping calls `onSecond` (quit at once); `dispose` removes
 * the handlers once the command is done.
 */
function stopSignals(onSecond: (signal: NodeJS.Signals) => void): { first: Promise<NodeJS.Signals>; dispose(): void } {
  let stopping = false;
  let resolveFirst: (signal: NodeJS.Signals) => void = () => undefined;
  const first = new Promise<NodeJS.Signals>((resolve) => (resolveFirst = resolve));
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return onSecond(signal);
    stopping = true;
    resolveFirst(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    first,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

/** From the stop signal to the end of the process, at most (a service manager's SIGTERM is not kept waiting). */
export const STOP_WITHIN_MS = 5000;

/** Resolves with `value` after `ms`, or never when `cancel` is called first (the timer never holds the process). */
function after<T>(ms: number, value: T): { promise: Promise<T>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(value), Math.max(0, ms));
    timer.unref();
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Stops the host, then closes the desk (which saves every held change), within `withinMs` whatever hangs: the
 * host's close() cuts calls in flight after its grace, and a desk that does not finish saving in time (a disk
 * that does not answer) is left, saying how many changes are not saved. Answers the exit status.
 */
export async function stopServing(
  host: { close(): Promise<void> },
  desk: { close(): Promise<void>; pendingSaves(): number; unsentItems?(): number },
  io: CliIo,
  withinMs: number = STOP_WITHIN_MS,
): Promise<number> {
  const deadline = Date.now() + withinMs - Math.min(750, withinMs / 4);
  const late = Symbol('late');
  const inTime = async (work: Promise<void>): Promise<void | typeof late> => {
    const timeout = after(deadline - Date.now(), late);
    try {
      return await Promise.race([work, timeout.promise]);
    } finally {
      timeout.cancel();
    }
  };
  let status = 0;
  if ((await inTime(host.close())) === late) {
    io.stderr('bulletin serve: the host did not stop in time; stopping anyway\n');
    status = 1;
  }
  const unsent = desk.unsentItems?.() ?? 0;
  if (unsent > 0)
    io.stderr(
      `bulletin serve: ${unsent} item(s) in the outbox not sent yet; they are kept in the library and go out the next time it is open\n`,
    );
  const held = desk.pendingSaves();
  if (held > 0) io.stderr(`bulletin serve: saving ${held} held change(s) before stopping…\n`);
  try {
    if ((await inTime(desk.close())) === late) {
      io.stderr(
        `bulletin serve: saving did not finish within ${withinMs / 1000} s (the disk does not answer); stopping with ${desk.pendingSaves()} change(s) not saved\n`,
      );
      return 1;
    }
  } catch (e) {
    io.stderr(`bulletin serve: a change could not be saved before stopping: ${(e as Error).message}\n`);
    return 1;
  }
  return status;
}

export async function serveCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['drafts', 'port', 'lang'], ['open']);
  if (args.positional.length > 0)
    throw usageError(`bulletin serve takes no file (got “${args.positional[0]}”); use --drafts DIR for the library`);
  const port = portOf(flag(args, 'port'));
  const language = choice(args, 'lang', LANGUAGES);
  const drafts = flag(args, 'drafts');
  const app = locateApp();

  const desk = await openSwitchableDesk({
    userDataFolder: userDataFolder(),
    ...(drafts ? { libraryFolder: path.resolve(io.cwd, drafts) } : {}),
    host: 'browser',
    ...(language ? { language } : {}),
    systemLocale: systemLocale(),
    version: app.version,
  }).catch((e: Error) => {
    throw new CliError(`cannot open the library: ${e.message}`, 2);
  });

  // from here on a stop signal waits for the desk to save everything
  // quitting at once is the signal's own default action, which (unlike process.exit) never waits for a read stuck in the kernel
  const quitBy = (signal: NodeJS.Signals, why: string) => {
    io.stderr(`bulletin serve: ${why}; quitting now with ${desk.pendingSaves()} change(s) not saved\n`);
    signals.dispose();
    process.kill(process.pid, signal);
  };
  const signals = stopSignals((signal) => quitBy(signal, `${signal} again`));
  let host;
  try {
    host = await startHost({ desk, buildFolder: app.buildFolder, port });
  } catch (e) {
    signals.dispose();
    await desk.close().catch(() => undefined);
    throw new CliError(`cannot listen on 127.0.0.1 port ${port}: ${(e as Error).message}`, 2);
  }

  io.stdout(`Bulletin Desk is at ${host.url}\n`);
  const { libraryFolder } = await desk.service['app.info']({});
  io.stderr(`bulletin serve: the library is ${libraryFolder}; Ctrl+C stops the host (every change is saved first)\n`);
  if (!app.buildFolder) io.stderr('bulletin serve: the app’s pages are not built (run `npm run build`); only the API answers\n');
  let opened: OpenedPage | undefined;
  if (args.flags.has('open')) {
    opened = openInBrowser(host.url, {
      onFailure: (why) => io.stderr(`bulletin serve: could not open a browser (${why}); open the address above yourself\n`),
    });
  }

  const signal = await signals.first;
  // the last resort, should something still hold the process just before the time is up (a file or disk that
  // does not answer): the signal's default action; the timer itself never holds the process
  const lastResortMs = STOP_WITHIN_MS - 250;
  setTimeout(
    () => quitBy(signal, `still busy ${lastResortMs / 1000} s after ${signal} (a file or disk that does not answer)`),
    lastResortMs,
  ).unref();
  opened?.remove();
  const status = await stopServing(host, desk, io);
  signals.dispose();
  return status;
}
