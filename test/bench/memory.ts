// Renderer memory: the page's JS heap, after a garbage collection, with the 10,000-story library listed (beside an empty library).
import { rmSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { startHost } from '../e2e/fixtures';
import { writeLibrary } from './library';
import type { Metrics } from './stats';

const mb = (bytes: number) => ({ value: Math.round(bytes / 1024 / 102.4) / 10, unit: 'MB' });

/** The renderer's used JS heap once the library of `count` stories is listed and garbage collected. */
async function heapWithLibrary(browser: Browser, count: number): Promise<number> {
  const { folder } = writeLibrary(count);
  const host = await startHost({ library: folder });
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New bulletin' }).waitFor();
    if (count > 0) await page.locator(`[role="option"][aria-setsize="${count}"]`).first().waitFor();
    // the lazy workspaces are fetched 1.5 s after the desk is drawn: the figure is the app at rest, with them
    await page.waitForTimeout(2500);
    const cdp = await context.newCDPSession(page);
    const sizes: number[] = [];
    for (let i = 0; i < 3; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      // the page's own figure (V8's used heap with what it allocated outside it), in-page code as text
      sizes.push(await page.evaluate<number>('performance.memory.usedJSHeapSize'));
    }
    return Math.min(...sizes);
  } finally {
    await context.close();
    await host.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function memoryMetrics(browser: Browser, metrics: Metrics): Promise<void> {
  metrics['memory.renderer_empty_mb'] = mb(await heapWithLibrary(browser, 0));
  metrics['memory.renderer_10k_mb'] = mb(await heapWithLibrary(browser, 10_000));
}
