// The photo strip in the story: two photos dropped, one captioned in Pinyin, the credit from the byline, reordered by keyboard and by drag, removed and put back, a HEIC refused with its advice, all kept over a reload.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { newStory, readStoryFile, serializeStory, type Story } from '../../shared/index';
import { halves, heicHeader, jpegTaken } from '../unit/helpers/photoFiles';
import { axeProblems } from './axe';
import { dropFiles } from './dropFiles';
import { expect, startHost, test } from './fixtures';
import { composePinyin } from './ime';

type Lang = 'en' | 'zh-CN';
const WORDS = {
  en: {
    saved: 'Saved',
    photos: 'Photos',
    caption: (n: number) => `Photo caption ${n}`,
    credit: (n: number) => `Photo credit ${n}`,
    item: (n: number, total: number, caption: string) => `Photo ${n} of ${total}: ${caption}`,
    noCaption: 'no caption',
    add: 'Add photos…',
    added: '2 photos added.',
    taken: 'Taken Mar 14, 2026',
    size: '640 × 480 pixels',
    moved: '“社区义诊现场。” is now photo 2 of 2.',
    remove: (n: number) => `Remove photo ${n}`,
    removed: 'Photo 1 was taken off the story; its file stays in the library.',
    undo: 'Undo',
    restored: 'Photo 1 is back in its place.',
    heic: /IMG_0001\.HEIC is a HEIC photo, the iPhone’s own format.*Most Compatible/,
    captions: 'Captions: 17 characters',
    place: 'Photo caption 2',
    show: 'Show',
    fix: 'Fix',
    tooLarge: 'DSC_0001.JPG is too large to send from this browser page (more than 20 MB with its encoding)',
  },
  'zh-CN': {
    saved: '已保存',
    photos: '图片',
    caption: (n: number) => `图片说明 ${n}`,
    credit: (n: number) => `图片署名 ${n}`,
    item: (n: number, total: number, caption: string) => `第 ${n} 张照片（共 ${total} 张）：${caption}`,
    noCaption: '无图片说明',
    add: '添加照片…',
    added: '已添加 2 张照片。',
    taken: '拍摄于 2026年3月14日',
    size: '640×480 像素',
    moved: '“社区义诊现场。”现在是第 2 张（共 2 张）。',
    remove: (n: number) => `移除照片 ${n}`,
    removed: '照片 1 已从稿件中移除，照片文件仍留在稿库里。',
    undo: '撤销',
    restored: '照片 1 已放回原处。',
    heic: /IMG_0001\.HEIC.*HEIC.*兼容性最佳/,
    captions: '图片说明 17 字',
    place: '图片说明 2',
    show: '定位',
    fix: '修正',
    tooLarge: 'DSC_0001.JPG 太大，无法从浏览器页面发送（编码后超过 20 MB）',
  },
} as const;

function onDisk(file: string): Story {
  const r = readStoryFile(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const cards = (page: Page) => page.locator('.photo-card');
const order = (page: Page) => cards(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-photo')));

for (const lang of ['en', 'zh-CN'] as const satisfies readonly Lang[]) {
  test(`(${lang}) photos dropped on a story are captioned in Pinyin, reordered, removed and put back, and kept over a reload`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
    const w = WORDS[lang];
    const host = await startHost({ lang });
    const story = newStory(
      {
        headline: '社区义诊进楼院',
        body: [{ type: 'paragraph', text: '社区卫生服务中心的医生走进楼院，为居民义诊。' }],
        byline: [{ role: '记者', names: ['张明'], credit: '文/图' }],
      },
      { id: `e2e-strip-${lang}` },
    );
    const file = path.join(host.library, 'strip-story.story.json');
    writeFileSync(file, serializeStory(story));
    const jpeg = await jpegTaken('2026:03:14 09:26:53');
    const png = await halves(640, 480).png().toBuffer();

    const page = await (await browser.newContext({ locale: lang, viewport: { width: 1400, height: 1000 } })).newPage();
    await page.goto(host.url);
    await page.getByText('社区义诊进楼院').first().click();
    const strip = page.getByRole('region', { name: w.photos, exact: true });
    await expect(strip).toBeVisible();

    // two photos dropped on the body: both added in order, each with the byline's photographer as its credit
    await dropFiles(page, page.locator('.field-body'), [
      { name: 'yizhen-1.jpg', type: 'image/jpeg', bytes: jpeg },
      { name: 'yizhen-2.png', type: 'image/png', bytes: png },
    ]);
    await expect(strip).toContainText(w.added);
    await expect(cards(page)).toHaveCount(2);
    await expect(page.getByRole('listitem', { name: w.item(1, 2, w.noCaption) })).toBeVisible();
    await expect(page.getByRole('textbox', { name: w.credit(1), exact: true })).toHaveValue('记者 张明 摄');
    await expect(page.getByRole('textbox', { name: w.credit(2), exact: true })).toHaveValue('记者 张明 摄');
    await expect(cards(page).nth(0)).toContainText(w.taken);
    await expect(cards(page).nth(1)).toContainText(w.size);
    await expect(cards(page).nth(0).locator('img')).toHaveJSProperty('complete', true);
    const [first, second] = (await order(page)) as [string, string];

    // a caption typed in Pinyin: the story never holds the letters, only what was chosen
    await page.getByRole('textbox', { name: w.caption(1), exact: true }).click();
    await composePinyin(page, 'shequyizhen', '社区义诊');
    await page.keyboard.type('现场。');
    await expect(page.getByRole('textbox', { name: w.caption(1), exact: true })).toHaveValue('社区义诊现场。');
    await expect(page.getByRole('status')).toContainText(w.saved, { timeout: 5000 });
    await expect.poll(() => onDisk(file).photos.map((p) => p.caption)).toEqual(['社区义诊现场。', '']);
    // the captions' 字数 apart from the story's: 社区义诊现场。 (7) and two credits 记者 张明 摄 (5 each)
    await expect(page.locator('.story-count')).toContainText(w.captions);

    // Alt+→ on the photo moves it after the other, said to a screen reader
    await cards(page).nth(0).focus();
    await page.keyboard.press('Alt+ArrowRight');
    expect(await order(page)).toEqual([second, first]);
    await expect(strip.locator('.offscreen')).toHaveText(w.moved);
    await expect(page.getByRole('listitem', { name: w.item(2, 2, '社区义诊现场。') })).toBeFocused();

    // dragged back by its picture
    await cards(page).nth(1).locator('.photo-thumb').dragTo(cards(page).nth(0));
    expect(await order(page)).toEqual([first, second]);

    // removed, then put back at its place with its caption by the notice's Undo
    await page.getByRole('button', { name: w.remove(1), exact: true }).click();
    await expect(cards(page)).toHaveCount(1);
    await expect(strip).toContainText(w.removed);
    await strip.screenshot({ path: `.tmp/shots/photo-strip-removed-${lang}.png` });
    await expect.poll(() => onDisk(file).photos.map((p) => p.file)).toEqual([second]);
    await strip.getByRole('button', { name: w.undo, exact: true }).click();
    await expect(strip).toContainText(w.restored);
    expect(await order(page)).toEqual([first, second]);
    await expect(page.getByRole('textbox', { name: w.caption(1), exact: true })).toHaveValue('社区义诊现场。');

    // a HEIC from the chooser is refused with its advice; nothing else changes
    const chooser = page.waitForEvent('filechooser');
    await strip.getByRole('button', { name: w.add, exact: true }).click();
    await (await chooser).setFiles([{ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heicHeader() }]);
    await expect(strip).toContainText(w.heic);
    await expect(cards(page)).toHaveCount(2);
    await strip.screenshot({ path: `.tmp/shots/photo-strip-refused-${lang}.png` });

    // the copy check reads the captions and names the photo
    await page.getByRole('textbox', { name: w.caption(2), exact: true }).fill('居民排队问诊,秩序井然。');
    const finding = page.locator('.copy-finding', { has: page.locator('.copy-place', { hasText: w.place }) });
    await expect(finding).toBeVisible({ timeout: 5000 });
    expect(await axeProblems(page, `photo strip (${lang})`)).toEqual([]);
    await page.screenshot({ path: `.tmp/shots/photo-strip-${lang}.png` });
    // Show selects the comma in the caption; Fix writes the full-width one there
    await page.getByRole('textbox', { name: w.credit(1), exact: true }).focus();
    await finding.getByRole('button', { name: w.show, exact: true }).click();
    await expect(page.getByRole('textbox', { name: w.caption(2), exact: true })).toBeFocused();
    expect(
      await page
        .getByRole('textbox', { name: w.caption(2), exact: true })
        .evaluate((el) => (el as unknown as { selectionStart: number }).selectionStart),
    ).toBe(6);
    await finding.getByRole('button', { name: w.fix, exact: true }).click();
    await expect(page.getByRole('textbox', { name: w.caption(2), exact: true })).toHaveValue('居民排队问诊，秩序井然。');
    await expect(finding).toHaveCount(0);

    await expect
      .poll(() => onDisk(file).photos.map((p) => [p.file, p.caption, p.credit]))
      .toEqual([
        [first, '社区义诊现场。', '记者 张明 摄'],
        [second, '居民排队问诊，秩序井然。', '记者 张明 摄'],
      ]);
    const saved = onDisk(file).photos;
    expect(saved[0]?.taken).toBe('2026-03-14T09:26:53');
    expect(saved.map((p) => [p.width, p.height])).toEqual([
      [64, 48],
      [640, 480],
    ]);

    // after a reload the strip shows the same photos, captions and order
    await page.reload();
    await page.getByText('社区义诊进楼院').first().click();
    await expect(cards(page)).toHaveCount(2);
    expect(await order(page)).toEqual([first, second]);
    await expect(page.getByRole('textbox', { name: w.caption(1), exact: true })).toHaveValue('社区义诊现场。');
    await expect(page.getByRole('textbox', { name: w.caption(2), exact: true })).toHaveValue('居民排队问诊，秩序井然。');
    await expect(page.getByRole('textbox', { name: w.credit(2), exact: true })).toHaveValue('记者 张明 摄');
    await host.stop();
  });
}

/** Pastes into an element as the system clipboard would: the page's own DataTransfer holding a picture and/or text. */
async function pasteInto(page: Page, target: Locator, clip: { file?: { name: string; type: string; bytes: Buffer }; text?: string }) {
  const payload = { ...clip, file: clip.file && { ...clip.file, bytes: clip.file.bytes.toString('base64') } };
  const transfer = await page.evaluateHandle((given) => {
    // the page's own DataTransfer and File (this file is type-checked without the DOM's types)
    const w = globalThis as unknown as {
      DataTransfer: new () => { items: { add(f: unknown): void }; setData(type: string, text: string): void };
      File: new (parts: Uint8Array[], name: string, o: { type: string }) => unknown;
      atob(text: string): string;
    };
    const dt = new w.DataTransfer();
    if (given.file)
      dt.items.add(
        new w.File([Uint8Array.from(w.atob(given.file.bytes), (c) => c.charCodeAt(0))], given.file.name, { type: given.file.type }),
      );
    if (given.text) dt.setData('text/plain', given.text);
    return dt;
  }, payload);
  await target.evaluate((el, dt) => {
    const w = globalThis as unknown as { ClipboardEvent: new (type: string, init: object) => unknown };
    (el as unknown as { dispatchEvent(e: unknown): void }).dispatchEvent(
      new w.ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
    );
  }, transfer);
}

for (const lang of ['en', 'zh-CN'] as const satisfies readonly Lang[]) {
  test(`(${lang}) a picture pasted into the story becomes a photo, a paste with text stays text, a file too large to send is named`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
    const w = WORDS[lang];
    const host = await startHost({ lang });
    const story = newStory(
      {
        headline: '老旧小区加装电梯',
        body: [{ type: 'paragraph', text: '首部电梯投入使用。' }],
        byline: [{ role: '通讯员', names: ['王芳'], credit: '' }],
      },
      { id: `e2e-paste-${lang}` },
    );
    const file = path.join(host.library, 'paste-story.story.json');
    writeFileSync(file, serializeStory(story));
    const webp = await halves(300, 200).webp().toBuffer();
    const page = await (await browser.newContext({ locale: lang, viewport: { width: 1400, height: 1000 } })).newPage();
    await page.goto(host.url);
    await page.getByText('老旧小区加装电梯').first().click();
    const body = page.locator('.field-body [contenteditable="true"]');
    await body.click();

    await pasteInto(page, body, { file: { name: 'image.webp', type: 'image/webp', bytes: webp } });
    await expect(cards(page)).toHaveCount(1);
    // no photographer in the byline: its first name is credited
    await expect(page.getByRole('textbox', { name: w.credit(1), exact: true })).toHaveValue('通讯员 王芳 摄');
    await expect(cards(page).nth(0)).toContainText(lang === 'en' ? '300 × 200 pixels' : '300×200 像素');
    // a clipboard with text and a picture (a spreadsheet's cells, a web page): the text is pasted, no photo added
    await pasteInto(page, body, { file: { name: 'image.webp', type: 'image/webp', bytes: webp }, text: '居民拍手称赞。' });
    await expect(body).toContainText('居民拍手称赞。');
    await expect(cards(page)).toHaveCount(1);
    await expect.poll(() => onDisk(file).photos.map((p) => [p.width, p.height, p.credit])).toEqual([[300, 200, '通讯员 王芳 摄']]);

    // a file larger than the browser's host takes in one request is named, with what to do
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(16 * 1024 * 1024, 7)]);
    await dropFiles(page, body, [{ name: 'DSC_0001.JPG', type: 'image/jpeg', bytes: big }]);
    await expect(page.getByRole('region', { name: w.photos, exact: true })).toContainText(w.tooLarge);
    await expect(cards(page)).toHaveCount(1);
    await host.stop();
  });
}
