// Electron only: the window has the preload's API and no Node (the other specs run here too, as the "electron" project).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron } from '@playwright/test';
import { newStory, serializeStory } from '../../shared/index';
import { electronBinary, ELECTRON_MISSING, expect, ROOT, test } from './fixtures';

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

test('a story given at launch (a double-click with the app closed, as a file: URL) opens once the library is loaded; the rest is said', async ({
  target,
}) => {
  test.skip(target !== 'electron' || electronBinary() === null, ELECTRON_MISSING);
  const library = mkdtempSync(path.join(tmpdir(), 'e2e-electron-library-'));
  const userData = mkdtempSync(path.join(tmpdir(), 'e2e-electron-prefs-'));
  writeFileSync(path.join(userData, 'preferences.json'), JSON.stringify({ libraryFolder: library, language: 'en' }));
  const story = newStory({ headline: 'Harbour festival opens' }, { id: 'e2e-electron-launch' });
  const file = path.join(library, `${story.id}.story.json`);
  writeFileSync(file, serializeStory(story));
  // Linux desktop entries pass %U: a percent-encoded file: URL
  const app = await _electron.launch({
    args: [path.join(ROOT, 'out/main/index.js'), pathToFileURL(file).href, 'notes.txt'],
    env: { ...process.env, BULLETIN_DESK_USER_DATA: userData },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('main').getByText('Harbour festival opens').first()).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Not opened: notes.txt');
  } finally {
    await app.close().catch(() => undefined);
  }
});
