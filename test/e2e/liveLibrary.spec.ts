// The library as the reporter sees it, in step with the disk without a reload: imported drafts listed and found, filed stories shown filed, bulletins made here or elsewhere listed, .bstory/.bbulletin files synced in beside older .story.json ones, untouched new stories not kept, no reload notice for her own saves.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { BULLETIN_FORMAT, BULLETIN_VERSION, newStory, serializeBulletin, serializeStory } from '../../shared/index';
import { expect, startHost, test, type Host } from './fixtures';
import { storiesOnDisk } from './importPage';

const SHOTS = path.join(process.cwd(), '.tmp', 'shots');

/** A made-up page of two stories in the paper's layout (LAYOUT.md). */
const PAGE = [
  '北沙社区夜市点亮老街烟火气',
  '',
  '本报讯 5月17日晚，北沙社区便民夜市在老街开市，首晚吸引市民两千余人次。',
  '',
  '记者 庞雨桐',
  '',
  '青竹镇举办插秧比赛',
  '',
  '本报讯 5月18日，青竹镇在万亩良田举办插秧比赛，四十支队伍参赛。',
  '',
].join('\n');

const WORDS = {
  en: {
    importPage: 'Import page…',
    chooseFile: 'Open page…',
    withBulletin: 'Also make a bulletin in this order',
    bulletinTitle: 'Bulletin title',
    write: 'Write 2 drafts',
    stories: 'Stories',
    search: 'Search',
    status: 'Status',
    filed: 'Filed',
    draft: 'Draft',
    markFiled: 'Mark filed…',
    markFiledDialog: 'Mark the page filed',
    fileAnyway: 'File anyway',
    markedFiled: '2 stories marked filed.',
    bulletins: 'Bulletins',
  },
  'zh-CN': {
    importPage: '导入版面…',
    chooseFile: '打开版面…',
    withBulletin: '同时按版面顺序建立版面',
    bulletinTitle: '版面标题',
    write: '写入2篇稿件',
    stories: '稿件列表',
    search: '搜索',
    status: '状态',
    filed: '已交稿',
    draft: '草稿',
    markFiled: '标记为已交稿…',
    markFiledDialog: '将本版标记为已交稿',
    fileAnyway: '仍然标记为已交稿',
    markedFiled: '已将 2 篇稿件标记为已交稿。',
    bulletins: '版面',
  },
} as const;

type Language = keyof typeof WORDS;

async function openApp(browser: Browser, lang: Language): Promise<{ host: Host; app: Page; close(): Promise<void> }> {
  const host = await startHost({ lang });
  const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
  const app = await context.newPage();
  await app.goto(host.url);
  return {
    host,
    app,
    async close() {
      await context.close();
      await host.stop();
    },
  };
}

const storyList = (app: Page, lang: Language) => app.getByRole('listbox', { name: WORDS[lang].stories });

for (const lang of ['en', 'zh-CN'] as const) {
  test(`(${lang}) imported drafts are listed and found at once; marked filed, they show filed without a reload`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'starts its own host in the language tested');
    const w = WORDS[lang];
    const { host, app, close } = await openApp(browser, lang);
    try {
      await expect(app.getByRole('button', { name: w.importPage })).toBeVisible();
      // the search index is built before the import, as it is in a desk used for a while
      await app.getByRole('searchbox', { name: w.search }).fill('夜市');
      await expect(storyList(app, lang).getByRole('option')).toHaveCount(0);
      await app.getByRole('searchbox', { name: w.search }).fill('');
      let navigations = 0;
      app.on('framenavigated', () => navigations++);

      await app.getByRole('button', { name: w.importPage }).click();
      await app.getByLabel(w.chooseFile).setInputFiles({ name: 'page.txt', mimeType: 'text/plain', buffer: Buffer.from(PAGE, 'utf8') });
      await app.getByRole('checkbox', { name: w.withBulletin }).check();
      await app.getByRole('textbox', { name: w.bulletinTitle }).fill('二七报 第3版');
      await app.getByRole('button', { name: w.write }).click();

      const list = storyList(app, lang);
      await expect(list.getByRole('option', { name: /北沙社区夜市点亮老街烟火气/ })).toBeVisible();
      await expect(list.getByRole('option', { name: /青竹镇举办插秧比赛/ })).toBeVisible();
      await expect(list.getByRole('option').filter({ hasText: w.draft })).toHaveCount(2);
      await expect(app.getByRole('list', { name: w.bulletins }).getByRole('button', { name: /二七报 第3版/ })).toBeVisible();

      // search finds a word of the body of an imported story, right away
      await app.getByRole('searchbox', { name: w.search }).fill('插秧');
      await expect(list.getByRole('option')).toHaveCount(1);
      await expect(list.getByRole('option')).toContainText('青竹镇举办插秧比赛');
      await app.getByRole('searchbox', { name: w.search }).fill('');
      await expect(list.getByRole('option')).toHaveCount(2);

      // the import opened the bulletin: mark it filed
      await app.getByRole('button', { name: w.markFiled }).click();
      const markFiled = app.getByRole('dialog', { name: w.markFiledDialog });
      // the second story has no byline: the copy-check gate asks first, and File anyway files the page
      await markFiled.getByRole('button', { name: w.fileAnyway, exact: true }).click();
      await expect(list.getByRole('option').filter({ hasText: w.filed })).toHaveCount(2);
      await expect(list.getByRole('option').filter({ hasText: w.draft })).toHaveCount(0);
      await app.getByRole('combobox', { name: w.status }).selectOption({ label: w.filed });
      await expect(list.getByRole('option')).toHaveCount(2);
      for (const s of storiesOnDisk(host.library)) expect(s.status).toBe('filed');
      expect(navigations).toBe(0);
      await expect(app.getByText(w.markedFiled)).toBeVisible();
      mkdirSync(SHOTS, { recursive: true });
      await app.screenshot({ path: path.join(SHOTS, `liveLibrary-filed-${lang}.png`) });
    } finally {
      await close();
    }
  });
}

test('bulletins made and renamed here, and one written by another program, are listed without a reload', async ({ app, host }) => {
  const bulletins = app.getByRole('list', { name: 'Bulletins' });
  await expect(app.getByText('No bulletins yet.')).toBeVisible();
  await app.getByRole('button', { name: 'New bulletin', exact: true }).click();
  await app.getByRole('textbox', { name: 'Title' }).fill('二七报 6月21日 第3版');
  await app.keyboard.press('Enter');
  await expect(bulletins.getByRole('button', { name: /二七报 6月21日 第3版/ })).toBeVisible();
  await expect(app.getByRole('heading', { name: '二七报 6月21日 第3版', level: 2 })).toBeVisible();

  const title = app.getByRole('textbox', { name: 'Title' });
  await title.fill('二七报 6月21日 第4版');
  await title.press('Enter');
  await expect(bulletins.getByRole('button', { name: /第4版/ })).toBeVisible();
  await expect(bulletins.getByRole('button', { name: /第3版/ })).toHaveCount(0);

  // another program writes a bulletin into the library folder
  const at = new Date().toISOString();
  const elsewhere = {
    format: BULLETIN_FORMAT,
    version: BULLETIN_VERSION,
    id: '0b5e1f2a-7c3d-4e8f-9a10-b2c3d4e5f601',
    title: '晚报 6月22日 第2版',
    date: '2026-06-22',
    houseStyle: '',
    stories: [],
    createdAt: at,
    updatedAt: at,
  };
  writeFileSync(path.join(host.library, `wanbao-0b5e1f2a.bulletin.json`), serializeBulletin(elsewhere as never));
  await expect(bulletins.getByRole('button', { name: /晚报 6月22日 第2版/ })).toBeVisible();
  await expect(bulletins.getByRole('listitem')).toHaveCount(2);
  mkdirSync(SHOTS, { recursive: true });
  await app.screenshot({ path: path.join(SHOTS, 'liveLibrary-bulletins-en.png') });
});

test('a new story left untouched is gone from the list and the disk; one typed in stays', async ({ app, host }) => {
  const older = newStory({ headline: '早先的稿子', body: [{ type: 'paragraph', text: '正文。' }] }, { id: 'e2e-older' });
  writeFileSync(path.join(host.library, 'older-e2eolder.story.json'), serializeStory(older));
  const list = storyList(app, 'en');
  await expect(list.getByRole('option', { name: /早先的稿子/ })).toBeVisible();

  await app.getByRole('button', { name: 'New story' }).click();
  await expect(list.getByRole('option', { name: /\(no headline\)/ })).toHaveCount(1);
  await expect.poll(() => storiesOnDisk(host.library).length).toBe(2);
  await list.getByRole('option', { name: /早先的稿子/ }).click();
  await expect(list.getByRole('option', { name: /\(no headline\)/ })).toHaveCount(0);
  await expect.poll(() => storiesOnDisk(host.library).map((s) => s.headline)).toEqual(['早先的稿子']);
  expect(readdirSync(path.join(host.library)).filter((f) => f === '.trash')).toEqual([]);

  // Ctrl+N twice: the first, untouched, is not kept either; the second, typed in, stays when left
  await app.keyboard.press('Control+n');
  await expect(list.getByRole('option', { name: /\(no headline\)/ })).toHaveCount(1);
  await expect.poll(() => storiesOnDisk(host.library).length).toBe(2);
  const first = storiesOnDisk(host.library).find((s) => s.id !== older.id)?.id;
  await app.keyboard.press('Control+n');
  await expect.poll(() => storiesOnDisk(host.library).map((s) => s.id)).not.toContain(first);
  await expect.poll(() => storiesOnDisk(host.library).length).toBe(2);
  await expect(list.getByRole('option', { name: /\(no headline\)/ })).toHaveCount(1);
  // a new story starts in the kicker, the page's first field
  await expect(app.getByRole('textbox', { name: 'Kicker', exact: true })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('textbox', { name: 'Headline', exact: true })).toBeFocused();
  await app.keyboard.type('新写的一篇');
  await expect(app.getByText(/^Saved /)).toBeVisible();
  await list.getByRole('option', { name: /早先的稿子/ }).click();
  await expect(list.getByRole('option', { name: /新写的一篇/ })).toBeVisible();
  await expect(list.getByRole('option', { name: /\(no headline\)/ })).toHaveCount(0);
  await expect
    .poll(() =>
      storiesOnDisk(host.library)
        .map((s) => s.headline)
        .sort(),
    )
    .toEqual(['新写的一篇', '早先的稿子'].sort());
});

test('typing and saving the open story never says it changed on disk', async ({ app, host }) => {
  const story = newStory({ headline: '社区开放日', body: [{ type: 'paragraph', text: '5月8日上午。' }] }, { id: 'e2e-typing' });
  writeFileSync(path.join(host.library, 'typing-e2etypin.story.json'), serializeStory(story));
  await storyList(app, 'en')
    .getByRole('option', { name: /社区开放日/ })
    .click();
  const headline = app.getByRole('textbox', { name: 'Headline', exact: true });
  await headline.click();
  await app.keyboard.press('End');
  for (const word of ['举办', '消防', '安全', '活动']) {
    await app.keyboard.type(word, { delay: 40 });
    await expect(app.getByText(/^Saved /)).toBeVisible();
  }
  await app.waitForTimeout(1500); // every event of those saves has come back by now
  await expect(app.getByText(/^Reloaded/)).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Reload theirs' })).toHaveCount(0);
  await expect(headline).toHaveText('社区开放日举办消防安全活动');
  await expect(storyList(app, 'en').getByRole('option', { name: /社区开放日举办消防安全活动/ })).toBeVisible();
  expect(storiesOnDisk(host.library)[0]?.headline).toBe('社区开放日举办消防安全活动');
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`(${lang}) a .bstory and a .bbulletin another computer syncs in are listed beside an older .story.json, without a reload`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'starts its own host in the language tested');
    const { host, app, close } = await openApp(browser, lang);
    try {
      await expect(storyList(app, lang)).toBeVisible();
      const at = new Date('2026-06-22T08:00:00Z');
      const synced = newStory(
        { headline: '东岭村修通产业路', body: [{ type: 'paragraph', text: '6月21日，东岭村三公里产业路全线贯通。' }] },
        { id: '3c9d1e2f-4a5b-4c6d-8e7f-901a2b3c4d5e', now: at },
      );
      const older = newStory(
        { headline: '西河镇开展防汛演练', body: [{ type: 'paragraph', text: '6月20日，西河镇组织防汛应急演练。' }] },
        { id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', now: at },
      );
      writeFileSync(path.join(host.library, '东岭村修通产业路-3c9d1e2f.bstory'), serializeStory(synced));
      writeFileSync(path.join(host.library, '西河镇开展防汛演练-7a8b9c0d.story.json'), serializeStory(older));
      const page = {
        format: BULLETIN_FORMAT,
        version: BULLETIN_VERSION,
        id: '5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f',
        title: '晚报 6月22日 第5版',
        date: '2026-06-22',
        houseStyle: '',
        stories: [synced.id],
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
      };
      writeFileSync(path.join(host.library, '晚报-5d6e7f80.bbulletin'), serializeBulletin(page as never));
      await expect(storyList(app, lang).getByRole('option', { name: /东岭村修通产业路/ })).toBeVisible();
      await expect(storyList(app, lang).getByRole('option', { name: /西河镇开展防汛演练/ })).toBeVisible();
      await expect(
        app.getByRole('list', { name: WORDS[lang].bulletins }).getByRole('button', { name: /晚报 6月22日 第5版/ }),
      ).toBeVisible();
      await storyList(app, lang)
        .getByRole('option', { name: /东岭村修通产业路/ })
        .click();
      await expect(app.getByRole('main').getByText('6月21日，东岭村三公里产业路全线贯通。')).toBeVisible();
      mkdirSync(SHOTS, { recursive: true });
      await app.screenshot({ path: path.join(SHOTS, `liveLibrary-bstory-${lang}.png`) });
    } finally {
      await close();
    }
  });
}
