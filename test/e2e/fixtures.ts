// Playwright fixtures: a temporary library served by a real `bulletin serve`, and Debian's Chromium to use it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { _electron, test as base, chromium, type Browser, type Page } from '@playwright/test';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.BULLETIN_DESK_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** An Electron binary is installed when electron's path.txt and dist/ are there (never require('electron') to find out). */
export function electronBinary(): string | null {
  const dir = path.join(ROOT, 'node_modules', 'electron');
  return existsSync(path.join(dir, 'path.txt')) && existsSync(path.join(dir, 'dist')) ? dir : null;
}

export interface Host {
  url: string;
  library: string;
  userData: string;
  process: ChildProcess;
  /** Stops the host with a signal and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface HostOptions {
  library?: string;
  userData?: string;
  /** --lang (default en); null: none, the language comes from the preferences as the reporter chose it. */
  lang?: 'en' | 'zh-CN' | null;
  /** false: no --drafts, the library is named in preferences.json instead (so Settings can switch it). */
  drafts?: boolean;
  /** Written to preferences.json before the host starts. */
  preferences?: Record<string, unknown>;
}

/** Starts `bulletin serve` on a free port; resolves with the address from its first line. */
export async function startHost(options: HostOptions = {}): Promise<Host> {
  const library = options.library ?? mkdtempSync(path.join(tmpdir(), 'e2e-library-'));
  const userData = options.userData ?? mkdtempSync(path.join(tmpdir(), 'e2e-prefs-'));
  const drafts = options.drafts !== false;
  if (!drafts || options.preferences)
    writeFileSync(
      path.join(userData, 'preferences.json'),
      JSON.stringify({ ...(drafts ? {} : { libraryFolder: library }), ...options.preferences }),
    );
  const lang = options.lang === undefined ? 'en' : options.lang;
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'bin/bulletin.mjs'),
      'serve',
      ...(drafts ? ['--drafts', library] : []),
      '--port',
      '0',
      ...(lang === null ? [] : ['--lang', lang]),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, BULLETIN_DESK_USER_DATA: userData },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const m = /^Bulletin Desk is at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/.exec(line);
      if (m) resolve(m[1] as string);
      else reject(new Error(`unexpected first line from bulletin serve: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`bulletin serve exited (${code}): ${stderr}`)));
  });
  return hostOf(child, url, library, userData);
}

/** A running app process as a Host: `stop` signals it (once) and waits for it to exit. */
function hostOf(child: ChildProcess, url: string, library: string, userData: string): Host {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url,
    library,
    userData,
    process: child,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Where the specs run: the loopback host in Chromium (always), or Electron (where its binary is installed). */
export type Target = 'browser' | 'electron';
export const ELECTRON_MISSING =
  'no Electron binary is installed here (offline install: node_modules/electron has no dist/); the loopback host runs the same specs in Chromium';

/** Electron with a temporary library: its preferences (in BULLETIN_DESK_USER_DATA) name the folder. */
async function startElectron(): Promise<{ host: Host; page: Page; close(): Promise<void> }> {
  const library = mkdtempSync(path.join(tmpdir(), 'e2e-electron-library-'));
  const userData = mkdtempSync(path.join(tmpdir(), 'e2e-electron-prefs-'));
  writeFileSync(path.join(userData, 'preferences.json'), JSON.stringify({ libraryFolder: library, language: 'en' }));
  const app = await _electron.launch({
    args: [path.join(ROOT, 'out/main/index.js')],
    env: { ...process.env, BULLETIN_DESK_USER_DATA: userData },
  });
  const page = await app.firstWindow();
  const host = hostOf(app.process(), page.url(), library, userData);
  return { host, page, close: () => app.close().catch(() => undefined) };
}

export const test = base.extend<{ host: Host; app: Page; target: Target }, { browser: Browser }>({
  target: ['browser', { option: true }],
  browser: [
    // Playwright reads a fixture's first parameter as the fixtures it needs: none here
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  host: async ({ target }, use, info) => {
    if (target === 'electron') {
      info.skip(electronBinary() === null, ELECTRON_MISSING);
      const electron = await startElectron();
      (info as unknown as { electronPage?: Page }).electronPage = electron.page;
      await use(electron.host);
      await electron.close();
      return;
    }
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  app: async ({ browser, host, target }, use, info) => {
    if (target === 'electron') {
      await use((info as unknown as { electronPage: Page }).electronPage);
      return;
    }
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(host.url);
    await use(page);
    await context.close();
  },
});

export { expect } from '@playwright/test';
