// Settings as a reporter uses it, in Chinese and English: byline of new stories, language, default house style, switching the library folder.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { newStory, serializeStory } from '../../shared/index';
import { catalogs } from '../../renderer/src/i18n/catalogs';
import { expect, startHost, test, type Host } from './fixtures';
import { isBulletinFile, isStoryFile } from '../../shared/fileNames';

type Lang = 'en' | 'zh-CN';
type Key = keyof (typeof catalogs)['en'];

/** The interface's words for a key, as the app shows them in that language. */
function words(lang: Lang, key: Key, values: Record<string, string> = {}): string {
  let text = (catalogs[lang] as Record<string, string>)[key] as string;
  for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(value);
  return text;
}

const settingsViewOf = (page: Page) => page.getByRole('main', { name: 'Settings' });
const other = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en');
const SHOTS = path.resolve('.tmp/shots');

/** A host whose language and library come from the preferences (no --lang, no --drafts), as when the app starts. */
async function openApp(browser: Browser, lang: Lang, library?: string): Promise<{ host: Host; page: Page }> {
  const host = await startHost({ lang: null, drafts: false, preferences: { language: lang }, ...(library ? { library } : {}) });
  // tall enough that the whole of Settings shows in the screenshots
  const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: words(lang, 'shell.newStory'), exact: true })).toBeVisible();
  return { host, page };
}

function preferencesOf(host: Host): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(host.userData, 'preferences.json'), 'utf8')) as Record<string, unknown>;
}

/** Every file below a folder with its bytes, to see that nothing in it changed. */
function contents(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[path.relative(folder, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name), 'base64');
  }
  return out;
}

for (const lang of ['en', 'zh-CN'] as const) {
  const w = (key: Key, values?: Record<string, string>) => words(lang, key, values);
  const settingsView = (page: Page, language: Lang = lang) => page.getByRole('main', { name: words(language, 'settings.title') });

  test(`${lang}: Settings by keyboard: the byline of a new story, the default house style of a new bulletin, the language`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'the host is started here without --lang and --drafts');
    const { host, page } = await openApp(browser, lang);
    try {
      await page.keyboard.press('Control+,');
      const view = settingsView(page);
      const role = view.getByRole('combobox', { name: w('settings.byline.role'), exact: true });
      await expect(role).toBeFocused();
      await role.selectOption('通讯员');
      await page.keyboard.press('Tab');
      const name = view.getByRole('textbox', { name: w('settings.byline.name'), exact: true });
      await expect(name).toBeFocused();
      await page.keyboard.type('张 明');
      await page.keyboard.press('Enter');
      await expect(view.getByRole('alert').first()).toHaveText(w('settings.byline.nameSpace'));
      await name.fill('');
      await page.keyboard.type('张明');
      await page.keyboard.press('Enter');
      await expect(view.getByText(w('settings.byline.saved', { byline: '通讯员 张明' }))).toBeVisible();
      expect(preferencesOf(host).reporter).toEqual({ name: '张明', role: '通讯员' });

      // the default house style, then a new bulletin made with it
      const style = view.getByRole('combobox', { name: w('settings.style.heading'), exact: true });
      await style.focus();
      await style.selectOption({ label: w('style.byline-at-end') });
      await expect(view.getByText(w('settings.style.saved', { style: w('style.byline-at-end') }))).toBeVisible();
      await page.screenshot({ path: path.join(SHOTS, `settings-${lang}.png`), fullPage: true });

      // a new story is signed with them
      await page.keyboard.press('Control+n');
      await expect(page.getByRole('textbox', { name: w('field.byline'), exact: true })).toHaveText('通讯员 张明');

      await page.getByRole('button', { name: w('shell.newBulletin'), exact: true }).click();
      await expect(page.getByRole('combobox', { name: w('bulletin.houseStyle'), exact: true })).toHaveValue('byline-at-end');
      await page.getByRole('textbox', { name: w('bulletin.title'), exact: true }).fill('二七报 6月21日 第3版');
      await page.getByRole('button', { name: w('bulletin.create'), exact: true }).click();
      await expect(page.getByRole('main').getByRole('heading', { name: '二七报 6月21日 第3版' })).toBeVisible();
      await expect.poll(() => readdirSync(host.library).filter((f) => isBulletinFile(f)).length, { timeout: 5000 }).toBe(1);
      const bulletinFile = readdirSync(host.library).find((f) => isBulletinFile(f)) as string;
      expect(JSON.parse(readFileSync(path.join(host.library, bulletinFile), 'utf8')).houseStyle).toBe('byline-at-end');

      // the language: the interface's words change at once
      await page.keyboard.press('Control+,');
      const language = settingsView(page).getByRole('combobox', { name: w('settings.language.heading'), exact: true });
      await language.selectOption(other(lang));
      await expect(settingsView(page, other(lang))).toBeVisible();
      await expect(page.getByRole('button', { name: words(other(lang), 'shell.newStory'), exact: true })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', other(lang));
      expect(preferencesOf(host).language).toBe(other(lang));
    } finally {
      await page.context().close();
      await host.stop();
    }
  });

  test(`${lang}: switching the library folder: the new one listed, the old one named and untouched; a file refused`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'the host is started here without --drafts');
    const root = mkdtempSync(path.join(tmpdir(), 'e2e-switch-'));
    const library = path.join(root, 'Bulletin Desk');
    mkdirSync(library);
    const story = newStory({ headline: '青苔街道举办邻里节' }, { id: 'switch-old-story', now: new Date('2026-06-20T08:00:00Z') });
    writeFileSync(path.join(library, 'old.story.json'), serializeStory(story));
    const { host, page } = await openApp(browser, lang, library);
    const stories = page.getByRole('listbox', { name: w('library.stories') });
    try {
      await expect(stories.getByRole('option', { name: /青苔街道举办邻里节/ })).toBeVisible();
      await page.getByRole('button', { name: w('shell.settings'), exact: true }).click();
      const view = settingsView(page);
      const folder = view.getByRole('textbox', { name: w('settings.library.typed'), exact: true });

      // a file is not a folder: said, and nothing changes
      const file = path.join(root, 'page.txt');
      writeFileSync(file, '一个文件');
      await folder.fill(file);
      await page.keyboard.press('Enter');
      const refusal = view.getByRole('alert').filter({ hasText: file });
      await expect(refusal).toContainText(w('settings.folder.not-a-folder', { folder: file }));
      await expect(refusal).toContainText(w('settings.library.unchanged', { current: library }));
      await page.screenshot({ path: path.join(SHOTS, `settings-bad-folder-${lang}.png`), fullPage: true });
      expect(readFileSync(file, 'utf8')).toBe('一个文件');
      expect(preferencesOf(host).libraryFolder).toBe(library);
      await expect(stories.getByRole('option', { name: /青苔街道举办邻里节/ })).toBeVisible();

      // a new folder: made, listed (empty), the old one named
      const before = contents(library);
      const next = path.join(root, '新闻稿');
      await folder.fill(next);
      await page.keyboard.press('Enter');
      await expect(page.getByText(w('settings.library.switched', { folder: next, previous: library }))).toBeVisible({ timeout: 10_000 });
      await expect(page.getByText(w('library.empty'))).toBeVisible();
      await expect(page.getByRole('option', { name: /青苔街道举办邻里节/ })).toHaveCount(0);
      await expect(settingsView(page).getByTestId('library-folder')).toHaveText(next);
      await page.screenshot({ path: path.join(SHOTS, `settings-switched-${lang}.png`), fullPage: true });
      expect(preferencesOf(host).libraryFolder).toBe(next);
      expect(contents(library)).toEqual(before);

      // the new library is the one written to
      await page.keyboard.press('Control+n');
      await expect.poll(() => readdirSync(next).filter((f) => isStoryFile(f)).length, { timeout: 5000 }).toBe(1);
      expect(contents(library)).toEqual(before);
    } finally {
      await page.context().close();
      await host.stop();
    }
  });
}

test('every window shows the new library; an edit another window had not saved yet becomes a story in the new library', async ({
  browser,
  target,
}) => {
  test.skip(target === 'electron', 'the host is started here without --drafts');
  const { host, page } = await openApp(browser, 'en');
  const other = await page.context().newPage();
  try {
    await other.goto(host.url);
    await other.keyboard.press('Control+n');
    // a new story starts in the kicker: Enter goes on to the headline
    await expect(other.getByRole('textbox', { name: 'Kicker', exact: true })).toBeFocused();
    await other.keyboard.press('Enter');
    const headline = other.getByRole('textbox', { name: 'Headline', exact: true });
    await expect(headline).toBeFocused();
    await expect(other.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    // the other window's next save is held back until the switch is done, as if it were typed a moment before
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await other.route('**/api/call/story.save', async (route) => {
      await held;
      await route.continue();
    });
    await other.keyboard.type('Late edit');

    await page.keyboard.press('Control+,');
    const next = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-switch-')), 'news');
    await settingsViewOf(page).getByRole('textbox', { name: 'Switch to this folder (its whole path)' }).fill(next);
    await page.keyboard.press('Enter');
    await expect(page.getByText(words('en', 'settings.library.switched', { folder: next, previous: host.library }))).toBeVisible();
    release();

    // the other window loads the new library too, says so, and its edit is there as a story of its own
    await expect(other.getByText(words('en', 'settings.library.switched', { folder: next, previous: host.library }))).toBeVisible({
      timeout: 10_000,
    });
    await expect(other.getByRole('listbox', { name: 'Stories' }).getByRole('option', { name: /Late edit/ })).toBeVisible();
    const storiesIn = (folder: string) =>
      readdirSync(folder)
        .filter((f) => isStoryFile(f))
        .map((f) => JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as { id: string; headline: string });
    const [late] = storiesIn(next);
    expect(storiesIn(next)).toHaveLength(1);
    expect(late?.headline).toBe('Late edit');
    // a new story there; the old library keeps no empty story (nothing had reached it: a new story left untouched is not kept)
    expect(storiesIn(host.library)).toEqual([]);
  } finally {
    await page.context().close();
    await host.stop();
  }
});

test('a library forced with --drafts is shown as fixed for the session, with the reason', async ({ app, host }) => {
  await app.keyboard.press('Control+,');
  const view = app.getByRole('main', { name: 'Settings' });
  await expect(view.getByTestId('library-folder')).toHaveText(host.library);
  await expect(view.getByText(words('en', 'settings.library.fixed'))).toBeVisible();
  await expect(view.getByText(words('en', 'settings.language.fixed'))).toBeVisible();
  await expect(view.getByRole('textbox', { name: words('en', 'settings.library.typed') })).toHaveCount(0);
});
