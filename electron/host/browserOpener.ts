// `bulletin serve --open`: opens the app in the system's browser through a private page, never with the token on a command line.
import { spawn as spawnProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Starts a program, detached (as child_process.spawn does); only its failure to start is reported. */
export type Spawner = (command: string, args: string[]) => { on(event: 'error', listener: (e: Error) => void): unknown; unref(): void };

export interface OpenOptions {
  /** Told why no browser could be started. */
  onFailure(why: string): void;
  /** Tests give a stand-in; by default the real spawn, detached, with no stdio. */
  spawn?: Spawner;
  platform?: NodeJS.Platform;
  /** Where the page's private folder is made (default: the system's temp folder). */
  tempRoot?: string;
  /** The page is removed this long after it was opened (default `REMOVE_PAGE_AFTER_MS`), or on remove(). */
  removeAfterMs?: number;
}

export interface OpenedPage {
  /** The page given to the opener (the only thing on its command line). */
  file: string;
  /** Removes the page and its folder now (the host is stopping); later calls do nothing. */
  remove(): void;
}

/** Long enough for a browser that is not running yet to start and read the page. */
const REMOVE_PAGE_AFTER_MS = 60_000;

const realSpawn: Spawner = (command, args) => spawnProcess(command, args, { detached: true, stdio: 'ignore', windowsHide: true });

/** The system's opener for a file, and its arguments. */
function openerCommand(platform: NodeJS.Platform, file: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [file]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', file]];
  return ['xdg-open', [file]];
}

const attribute = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A page that sends the browser on to `url` at once (script, and a meta refresh where scripts are off),
 * replacing itself in the history; the token stays in the fragment, which no browser sends to a server.
 */
function redirectPage(url: string): string {
  const script = JSON.stringify(url).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${attribute(url)}">
<title>Bulletin Desk</title>
</head>
<body>
<p>正在打开 Bulletin Desk… Opening Bulletin Desk… <a href="${attribute(url)}">打开 Open</a></p>
<script>location.replace(${script})</script>
</body>
</html>
`;
}

/**
 * Opens `url` (which holds the run's token) in the system's browser. Any local user can read a command line
 * (`ps`), so the opener is given only the path of a page that leads there: written 0600 in a folder of its
 * own (mkdtemp, 0700), and removed after `removeAfterMs`, on remove(), or at once when no browser started.
 */
export function openInBrowser(url: string, options: OpenOptions): OpenedPage {
  const folder = mkdtempSync(path.join(options.tempRoot ?? tmpdir(), 'bulletin-desk-open-'));
  const file = path.join(folder, 'open-bulletin-desk.html');
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    clearTimeout(timer);
    rmSync(folder, { recursive: true, force: true });
  };
  const timer = setTimeout(remove, options.removeAfterMs ?? REMOVE_PAGE_AFTER_MS);
  timer.unref();
  const failed = (why: string) => {
    remove();
    options.onFailure(why);
  };
  try {
    writeFileSync(file, redirectPage(url), { mode: 0o600, flag: 'wx' });
    const [command, args] = openerCommand(options.platform ?? process.platform, file);
    const child = (options.spawn ?? realSpawn)(command, args);
    child.on('error', (e) => failed(e.message));
    child.unref();
  } catch (e) {
    failed((e as Error).message);
  }
  return { file, remove };
}
