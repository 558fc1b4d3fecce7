// New story on a full disk, in Chinese and English: the form is there at once, the toolbar and the status line say the file could not be made, what is typed is kept and lands once space is freed.
import { mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { readStoryFile } from '../../shared/index';
import { isStoryFile } from '../../shared/fileNames';
import { fillDisk, mountSmallDisk, unmountSmallDisk } from '../unit/helpers/smallDisk';
import { expect, startHost, test } from './fixtures';
import { field } from './storyForm';

const WORDS = {
  en: {
    newStory: 'New story',
    kicker: 'Kicker',
    headline: 'Headline',
    body: 'Body',
    notMade: 'A new story could not be made: the disk is full',
    notSaved: 'Not saved: the disk is full',
    saved: 'Saved',
    empty: 'Choose a story in the library, or start a new one.',
  },
  'zh-CN': {
    newStory: '新建稿件',
    kicker: '引题',
    headline: '主题',
    body: '正文',
    notMade: '无法新建稿件：磁盘已满',
    notSaved: '未保存：磁盘已满',
    saved: '已保存',
    empty: '在稿库中选择一篇稿件，或新建一篇。',
  },
} as const;

for (const lang of ['zh-CN', 'en'] as const) {
  const w = WORDS[lang];
  test(`the empty desk (${lang}): its words shown, the next story's form unseen and out of reach; New story shows it ready for typing`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
    const host = await startHost({ lang });
    const context = await browser.newContext({ locale: lang });
    try {
      const page = await context.newPage();
      // the page's clock: the form is made at 8:00, New story is pressed at 11:30
      await page.clock.setFixedTime(new Date('2026-12-07T08:00:00.000Z'));
      await page.goto(host.url);
      await expect(page.getByText(w.empty)).toBeVisible();
      // the form made ahead waits in the story's place: nothing of it is seen, named or reached from the keyboard
      await expect(page.locator('.story-pane[inert] .story-form')).toHaveCount(1);
      await expect(page.getByRole('textbox', { name: w.kicker })).toHaveCount(0);
      await page.getByRole('button', { name: w.newStory, exact: true }).focus();
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        // (in-page code as text: the specs are compiled without the DOM's types)
        expect(await page.evaluate<boolean>("document.activeElement?.closest('.story-pane') === null")).toBe(true);
      }
      await page.clock.setFixedTime(new Date('2026-12-07T11:30:00.000Z'));
      await page.keyboard.press('Control+n');
      await expect(field(page, w.kicker)).toBeFocused();
      await expect(page.getByText(w.empty)).toHaveCount(0);
      await page.keyboard.type('引题');
      await expect(page.getByRole('status')).toContainText(w.saved);
      const files = readdirSync(host.library).filter(isStoryFile);
      expect(files).toHaveLength(1);
      const read = readStoryFile(readFileSync(path.join(host.library, files[0] as string), 'utf8'));
      if (!read.ok) throw new Error(read.error);
      // dated when it was asked for, not when its form was made
      expect(read.value.kicker).toBe('引题');
      expect(read.value.createdAt).toBe('2026-12-07T11:30:00.000Z');
    } finally {
      await context.close();
      await host.stop();
    }
  });

  test(`New story with the disk full (${lang}): typed at once, kept, written once space is freed`, async ({ browser, target }) => {
    test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
    const disk = mountSmallDisk('e2e-new-story-');
    test.skip(!disk, 'this machine does not let the tests mount a tmpfs (run as root, as CI does)');
    const library = path.join(disk as string, 'library');
    mkdirSync(library);
    const host = await startHost({ lang, library });
    const context = await browser.newContext({ locale: lang });
    try {
      const page = await context.newPage();
      await page.goto(host.url);
      await expect(page.getByRole('button', { name: w.newStory, exact: true })).toBeVisible();
      const filler = fillDisk(disk as string);
      await page.keyboard.press('Control+n');
      // the form is there and ready for typing; what went wrong is said in the toolbar and the status line
      await expect(field(page, w.kicker)).toBeFocused();
      await expect(page.getByRole('alert').filter({ hasText: w.notMade })).toBeVisible();
      await expect(page.getByRole('status')).toContainText(w.notSaved);
      await field(page, w.headline).click();
      await page.keyboard.type('满盘时写下的稿子');
      await field(page, w.body).click();
      await page.keyboard.type('本报讯 磁盘满了也不丢字。');
      await expect(page.getByRole('status')).toContainText(w.notSaved);
      expect(readdirSync(library).filter(isStoryFile)).toEqual([]);

      unlinkSync(filler);
      // tried again by itself: listed under its headline, saved, and the toolbar's words gone
      await expect(page.getByRole('listbox').getByText('满盘时写下的稿子')).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('status')).toContainText(w.saved);
      await expect(page.getByRole('alert').filter({ hasText: w.notMade })).toHaveCount(0);
      const files = readdirSync(library).filter(isStoryFile);
      expect(files).toHaveLength(1);
      const read = readStoryFile(readFileSync(path.join(library, files[0] as string), 'utf8'));
      if (!read.ok) throw new Error(read.error);
      expect(read.value.headline).toBe('满盘时写下的稿子');
      expect(read.value.body.map((b) => b.text)).toEqual(['本报讯 磁盘满了也不丢字。']);
    } finally {
      await context.close();
      await host.stop();
      unmountSmallDisk(disk as string);
    }
  });
}
