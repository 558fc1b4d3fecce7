// The browser bridge against a real host (in a Node stand-in for the page): the token's path, errors, events.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type BulletinDeskApi } from '../../shared/api';
import { installBrowserShim, loadHttpBridge, type BrowserShim } from './helpers/hostBrowserShim';
import { startTestHost, type TestHost } from './helpers/hostHarness';

const { installHttpBridge } = await loadHttpBridge();

let running: TestHost;
let browser: BrowserShim | undefined;

beforeEach(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'host-bridge-'));
  running = await startTestHost(path.join(dir, 'library'), path.join(dir, 'user-data'), null);
});
afterEach(async () => {
  browser?.restore();
  browser = undefined;
  await running.close();
});

/** Opens the page at `address` and installs the bridge; answers the page's `window.bulletinDesk`. */
function openPage(address: string): BulletinDeskApi {
  browser = installBrowserShim(running.host.origin, address);
  installHttpBridge();
  return browser.window.bulletinDesk as BulletinDeskApi;
}

async function refusal(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe('the browser bridge', () => {
  it('takes the token from the address, removes it from the address bar, and keeps it for a reload', async () => {
    const api = openPage(`/#token=${running.host.token}&story=abc`);
    expect(browser!.replacedUrls).toEqual(['/#story=abc']);
    expect((await api.call('app.info', {})).host).toBe('browser');
    browser!.reload('/');
    installHttpBridge();
    const reloaded = browser!.window.bulletinDesk as BulletinDeskApi;
    expect(reloaded).not.toBe(api);
    expect((await reloaded.call('library.list', {})).stories).toEqual([]);
  });

  it('leaves a bulletinDesk that is already there (Electron’s preload) alone', () => {
    browser = installBrowserShim(running.host.origin, `/#token=${running.host.token}`);
    const preload = { call: async () => undefined, on: () => () => undefined };
    browser.window.bulletinDesk = preload;
    installHttpBridge();
    expect(browser.window.bulletinDesk).toBe(preload);
    expect(browser.replacedUrls).toEqual([]);
    expect(browser.eventSources).toEqual([]);
  });

  it('throws ApiError: with the service’s code, for a missing or stale token, and when the host is gone', async () => {
    const api = openPage(`/#token=${running.host.token}`);
    const missing = await refusal(api.call('story.read', { id: 'abc-123' }));
    expect(missing.code).toBe('not-found');
    const created = await api.call('story.create', {});
    const conflict = await refusal(api.call('story.save', { id: created.story.id, story: created.story, baseRevision: 'f'.repeat(64) }));
    expect([conflict.code, conflict.current?.revision]).toEqual(['conflict', created.revision]);

    browser!.restore();
    const noToken = await refusal(openPage('/').call('app.info', {}));
    expect([noToken.code, noToken.message]).toEqual([
      'refused',
      'this page has no access token: open the address that `bulletin serve` printed',
    ]);
    browser!.restore();
    const stale = await refusal(openPage('/#token=from-an-earlier-run').call('app.info', {}));
    expect(stale.code).toBe('refused');
    expect(stale.message).toMatch(/access token is not valid any more/);

    browser!.restore();
    const last = openPage(`/#token=${running.host.token}`);
    await running.close();
    const gone = await refusal(last.call('app.info', {}));
    expect(gone.code).toBe('io');
  });

  it('shares one event stream among listeners, delivers by name, and unsubscribes', async () => {
    const api = openPage(`/#token=${running.host.token}`);
    const seen: string[] = [];
    const offA = api.on('preferences.changed', (p) => seen.push(`a:${p.reporter.name}`));
    api.on('preferences.changed', (p) => seen.push(`b:${p.reporter.name}`));
    api.on('story.removed', () => seen.push('wrong event'));
    api.on('preferences.changed', () => {
      throw new Error('a listener that fails');
    });
    await api.call('preferences.set', { reporter: { name: '韦书言', role: '记者' } });
    await expect.poll(() => seen).toEqual(['a:韦书言', 'b:韦书言']);
    offA();
    await api.call('preferences.set', { reporter: { name: '李明', role: '记者' } });
    await expect.poll(() => seen.length).toBe(3);
    expect(seen[2]).toBe('b:李明');
    expect(browser!.eventSources).toHaveLength(1);
    expect(browser!.eventSources[0]!.url).toBe(`${running.host.origin}/api/events?token=${running.host.token}`);
    expect(browser!.reportedErrors).toHaveLength(2);
  });
});
