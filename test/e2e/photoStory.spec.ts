// A story with photos (format version 2) in the editor: typing keeps its photos on disk, a version 1 story is saved as 2, and history compares captions.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newStory, readStoryFile, serializeStory, type Photo, type Story } from '../../shared/index';
import { expect, startHost, test } from './fixtures';
import { field } from './storyForm';

type Lang = 'en' | 'zh-CN';
const WORDS = {
  en: { body: 'Body', saved: 'Saved', history: 'History', manual: /Kept by hand/, comparison: 'Comparison', photos: /^Photos/ },
  'zh-CN': { body: '正文', saved: '已保存', history: '历史版本', manual: /手动保存/, comparison: '对照', photos: /^图片/ },
} as const;

const photo = (n: number, caption: string): Photo => ({
  file: `${String(n).repeat(64)}.jpg`,
  caption,
  credit: '记者 李明 摄',
  width: 4000,
  height: 3000,
});

function onDisk(file: string): Story {
  const r = readStoryFile(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

for (const lang of ['en', 'zh-CN'] as const satisfies readonly Lang[]) {
  test(`(${lang}) typing in a story keeps its photos, a version 1 story is saved as version 2, and history compares the captions`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
    const w = WORDS[lang];
    const host = await startHost({ lang });
    const story = newStory(
      {
        headline: '夏粮收购有序推进',
        body: [{ type: 'paragraph', text: '县粮食局开辟绿色通道。' }],
        photos: [photo(1, '农户排队售粮'), photo(2, '')],
      },
      { id: `e2e-photos-${lang}` },
    );
    const file = path.join(host.library, 'photos-story.story.json');
    writeFileSync(file, serializeStory(story));
    // a snapshot from before the first photo had its caption changed
    const snapshot = { ...story, photos: [photo(1, '农户售粮'), photo(2, '')] };
    mkdirSync(path.join(host.library, '.history', story.id), { recursive: true });
    writeFileSync(path.join(host.library, '.history', story.id, '20260601T080000000Z-manual.story.json'), serializeStory(snapshot));
    // a story of version 1, as the app before photos wrote it
    const old = JSON.parse(serializeStory(newStory({ headline: '消防开放日' }, { id: `e2e-v1-${lang}` }))) as Record<string, unknown>;
    old.version = 1;
    delete old.photos;
    const oldFile = path.join(host.library, 'v1-story.story.json');
    writeFileSync(oldFile, `${JSON.stringify(old, null, 2)}\n`);

    const page = await (await browser.newContext({ locale: lang, viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(host.url);
    await page.getByText('夏粮收购有序推进').first().click();
    await field(page, w.body).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('收购进度过半。');
    await expect(page.getByRole('status')).toContainText(w.saved, { timeout: 5000 });
    const saved = onDisk(file);
    expect(saved.body[0]?.text).toBe('县粮食局开辟绿色通道。收购进度过半。');
    expect(saved.photos).toEqual(story.photos);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(2);

    await page.getByRole('button', { name: w.history, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: w.manual }).click();
    const compare = page.getByRole('table', { name: w.comparison });
    const row = compare.getByRole('row', { name: w.photos });
    await expect(row.locator('ins')).toHaveText('排队');
    await expect(row).toContainText('记者 李明 摄');
    await page.screenshot({ path: `.tmp/shots/photos-history-${lang}.png` });

    await page.goto(host.url);
    await page.getByText('消防开放日').first().click();
    await field(page, w.body).click();
    await page.keyboard.type('市民参观消防站。');
    await expect(page.getByRole('status')).toContainText(w.saved, { timeout: 5000 });
    const upgraded = JSON.parse(readFileSync(oldFile, 'utf8')) as Record<string, unknown>;
    expect(upgraded.version).toBe(2);
    expect(upgraded.photos).toEqual([]);
    await host.stop();
  });
}
