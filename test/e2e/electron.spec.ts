// The same app in Electron through Playwright's _electron, where an Electron binary is installed.
import path from 'node:path';
import { _electron as electron } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { electronBinary, expect, ROOT, test } from './fixtures';

const reason = 'no Electron binary is installed here (offline install: node_modules/electron has no dist/); the loopback host runs the same app in Chromium instead';

test.describe('in Electron', () => {
  test.skip(electronBinary() === null, reason);
  if (electronBinary() === null) console.log(`[e2e] Electron specs skipped: ${reason}`);

  test('the window opens the app with its preload API', async () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'e2e-electron-'));
    const app = await electron.launch({
      args: [path.join(ROOT, 'out/main/index.js'), `--user-data-dir=${userData}`],
      env: { ...process.env, BULLETIN_DESK_USER_DATA: userData, BULLETIN_DESK_LIBRARY: mkdtempSync(path.join(tmpdir(), 'e2e-electron-lib-')) },
    });
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Bulletin Desk' })).toBeVisible();
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  });
});
