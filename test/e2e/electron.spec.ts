// Electron only: the window has the preload's API and no Node (the other specs run here too, as the "electron" project).
import { electronBinary, ELECTRON_MISSING, expect, test } from './fixtures';

if (electronBinary() === null) console.log(`[e2e] Electron specs skipped: ${ELECTRON_MISSING}`);

test('the window opens the app with window.bulletinDesk and without Node', async ({ app, target }) => {
  test.skip(target !== 'electron', 'Electron only');
  await expect(app.getByRole('button', { name: 'New story' })).toBeVisible();
  expect(await app.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await app.evaluate(() => Object.keys((globalThis as unknown as { bulletinDesk: object }).bulletinDesk).sort())).toEqual([
    'call',
    'on',
  ]);
});

test('the window loads the app from app://bulletin-desk, never file://, with the CSP from the handler', async ({ app, target }) => {
  test.skip(target !== 'electron', 'Electron only');
  expect(app.url()).toMatch(/^app:\/\/bulletin-desk\/index\.html(?:[?#]|$)/);
  expect(await app.evaluate(async () => (await fetch('./index.html')).headers.get('content-security-policy'))).toContain(
    "default-src 'self'",
  );
  expect(await app.evaluate(async () => (await fetch('./no-such-file.js')).status)).toBe(404);
  expect(
    await app.evaluate(async () =>
      fetch('file:///etc/hostname').then(
        () => 'read',
        () => 'refused',
      ),
    ),
  ).toBe('refused');
});
