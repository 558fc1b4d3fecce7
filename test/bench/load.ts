// Load benchmarks: navigation to the new story's first editable field, beside a bare React + Lexical page on the same host.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { startHost as startBareHost } from '../../electron/host/server';
import { openDesk } from '../../electron/services/desk';
import { ROOT, startHost } from '../e2e/fixtures';
import { loadProbe } from './probe';
import { median, ms, ratio, type Metrics } from './stats';

type LoadState = { readyAt: number; keyAt: number; editableAt: number };

/** One cold load of `url` (a new context): the shell drawn, then Ctrl+N to a focused editable field, in ms from navigation. */
async function loadOnce(browser: Browser, url: string): Promise<{ ready: number; editable: number }> {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.addInitScript(loadProbe('New bulletin'));
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'New bulletin' }).waitFor();
    await page.keyboard.press('Control+n');
    // (waitForFunction would eval text, which the app's Content-Security-Policy forbids)
    await page.evaluate(`new Promise((resolve) => {
      const check = () => (window.__loadProbe.editableAt !== undefined ? resolve() : setTimeout(check, 5));
      check();
    })`);
    const s = await page.evaluate<LoadState>('({ ...window.__loadProbe })');
    // the driver's reaction (from the shell drawn to Ctrl+N) is not the app's: it is left out
    return { ready: s.readyAt, editable: s.readyAt + (s.editableAt - s.keyAt) };
  } finally {
    await context.close();
  }
}

/** Builds the bare page (test/bench/bare: React and one Lexical editor, minified as the app is) into a folder of its own. */
async function buildBarePage(): Promise<string> {
  const outDir = path.join(ROOT, '.tmp/bench-bare');
  await build({
    configFile: false,
    root: path.join(ROOT, 'test/bench/bare'),
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: true, sourcemap: false },
  });
  return outDir;
}

/** The bare page served by the host's own server (electron/host/server.ts, headers and all) over a real, empty desk. */
async function startBare(buildFolder: string): Promise<{ url: string; stop(): Promise<void> }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-bare-'));
  const desk = await openDesk({ userDataFolder: folder, libraryFolder: path.join(folder, 'library'), host: 'browser', version: '0.0.0' });
  const host = await startBareHost({ desk, buildFolder });
  return {
    url: host.url,
    async stop() {
      await host.close();
      await desk.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export async function loadMetrics(browser: Browser, metrics: Metrics): Promise<void> {
  const bare = await startBare(await buildBarePage());
  const host = await startHost();
  const app = { ready: [] as number[], editable: [] as number[] };
  const floor: number[] = [];
  try {
    // interleaved, so the app and the bare page see the same machine; the first of each warms the host's file cache
    for (let i = -1; i < 9; i++) {
      const a = await loadOnce(browser, host.url);
      const b = await loadOnce(browser, bare.url);
      if (i < 0) continue;
      app.ready.push(a.ready);
      app.editable.push(a.editable);
      floor.push(b.editable);
    }
  } finally {
    await host.stop();
    await bare.stop();
  }
  metrics['load.ready_ms'] = ms(median(app.ready));
  metrics['load.editable_ms'] = ms(median(app.editable));
  metrics['load.bare_ms'] = ms(median(floor));
  metrics['load.ratio'] = ratio(median(app.editable) / median(floor));
  const assets = path.join(ROOT, 'out/renderer/assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const gzip = js.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(assets, f))).length, 0);
  metrics['load.js_gzip_kb'] = { value: Math.round(gzip / 102.4) / 10, unit: 'KiB' };
}
