// Electron only: the window has the preload's API and no Node (the other specs run here too, as the "electron" project).
import { electronBinary, ELECTRON_MISSING, expect, test } from './fixtures';

if (electronBinary() === null) console.log(`[e2e] Electron specs skipped: ${ELECTRON_MISSING}`);

test('the window opens the app with window.bulletinDesk and without Node', async ({ app, target }) => {
  test.skip(target !== 'electron', 'Electron only');
  await expect(app.getByRole('button', { name: 'New story' })).toBeVisible();
  expect(await app.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await app.evaluate(() => Object.keys((globalThis as unknown as { bulletinDesk: object }).bulletinDesk).sort())).toEqual(['call', 'on']);
});
