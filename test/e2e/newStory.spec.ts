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
  },
  'zh-CN': {
    newStory: '新建稿件',
    kicker: '引题',
    headline: '主题',
    body: '正文',
    notMade: '无法新建稿件：磁盘已满',
    notSaved: '未保存：磁盘已满',
    saved: '已保存',
  },
} as const;

for (const lang of ['zh-CN', 'en'] as const) {
  const w = WORDS[lang];
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
