// A page with photos sent to the paper, in English and Chinese: Export page with photos… as a .zip (the download unzipped) and as a folder (the files on disk), never over it, and the proof's PDF with the photos in it (pdfimages counts them).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { catalogs } from '../../renderer/src/i18n/catalogs';
import { axeProblems } from './axe';
import { PhotoStore } from '../../electron/services/library/photoStore';
import { newStory, serializeBulletin, serializeStory, type Bulletin, type Photo, type Story } from '../../shared/index';
import { expect, startHost, test } from './fixtures';

type Lang = 'en' | 'zh-CN';
type Key = keyof (typeof catalogs)['en'];
const SHOTS = path.join(process.cwd(), '.tmp/shots');

/** The interface's words for a key, as the app shows them in that language. */
function word(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  let text: string = (catalogs[lang] as Record<string, string>)[key] ?? '';
  for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(String(value));
  return text;
}
/** A counted text as the app shows it for `count` (English one/other, Chinese other). */
function counted(lang: Lang, key: string, count: number, values: Record<string, string | number> = {}): string {
  const form = lang === 'en' && count === 1 ? 'one' : 'other';
  return word(lang, `${key}_${form}` as Key, { count, ...values });
}

const PAGE_NAME = '二七报-第3版-2026-12-05';
const NOW = '2026-12-05T08:00:00.000Z';

/** Two stories with three real photos (JPEG, one PNG) in the library's photo store, and the page that holds them. */
async function writeLibrary(library: string): Promise<void> {
  const store = new PhotoStore(library);
  const image = async (width: number, height: number, colour: string, format: 'jpeg' | 'png') => {
    const made = sharp({ create: { width, height, channels: 3, background: colour } });
    const bytes = await (format === 'jpeg' ? made.jpeg() : made.png()).toBuffer();
    return { file: await store.put(bytes, format), width, height };
  };
  const photo = (stored: { file: string; width: number; height: number }, caption: string, credit: string): Photo => ({
    ...stored,
    caption,
    credit,
  });
  const first = newStory(
    {
      headline: '社区义诊进小区',
      body: [{ type: 'paragraph', text: '6月2日，东湖街道组织医生走进小区，为老人免费测量血压。' }],
      byline: [{ role: '记者', names: ['张明'], credit: '文/图' }],
      photos: [
        photo(await image(1600, 1200, '#c03030', 'jpeg'), '医生为老人测量血压。', '记者 张明 摄'),
        photo(await image(800, 600, '#3050c0', 'png'), 'Zhang Ming 在义诊现场。', '记者 张明 摄'),
      ],
    },
    { id: 'e2e-package-first' },
  );
  const second = newStory(
    {
      headline: '夏粮收购开秤',
      body: [{ type: 'paragraph', text: '县粮食局在全县12个收购网点设立售粮专用通道。' }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
      photos: [photo(await image(1000, 1500, '#30a050', 'jpeg'), '收购点前排起长队。', '通讯员 王芳 摄')],
    },
    { id: 'e2e-package-second' },
  );
  for (const story of [first, second] as Story[]) writeFileSync(path.join(library, `${story.id}.story.json`), serializeStory(story));
  const bulletin: Bulletin = {
    format: 'bulletin-desk/bulletin',
    version: 1,
    id: 'e2e-package-page',
    title: '二七报 第3版',
    date: '2026-12-05',
    houseStyle: 'default',
    stories: [first.id, second.id],
    createdAt: NOW,
    updatedAt: NOW,
  };
  writeFileSync(path.join(library, `${bulletin.id}.bulletin.json`), serializeBulletin(bulletin));
}

async function openPage(page: Page, lang: Lang): Promise<void> {
  await page
    .getByRole('list', { name: word(lang, 'bulletin.list') })
    .getByRole('button', { name: '二七报 第3版' })
    .click();
}

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`a page with photos (${lang})`, () => {
    test.skip(({ target }) => target === 'electron', 'sets the language with bulletin serve --lang; Electron asks with its own dialogs');

    test('exports the page with photos as a .zip and as a folder, never over it, and the proof’s PDF holds the photos', async ({
      browser,
    }) => {
      mkdirSync(SHOTS, { recursive: true });
      const host = await startHost({ lang });
      const context = await browser.newContext({ locale: lang, viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
      try {
        await writeLibrary(host.library);
        const page = await context.newPage();
        await page.goto(host.url);
        await openPage(page, lang);
        await page.getByRole('button', { name: word(lang, 'package.open') }).click();
        const dialog = page.getByRole('dialog', { name: word(lang, 'package.title') });
        const style = word(lang, 'style.default');
        await expect(dialog).toContainText(counted(lang, 'package.what', 3, { title: '二七报 第3版', style }));
        await expect(dialog).toContainText(word(lang, 'package.asAdded'));
        const anyway = dialog.getByRole('button', { name: word(lang, 'gate.exportAnyway') });
        if (await anyway.isVisible()) await anyway.click();
        expect(await axeProblems(page, 'the package dialog')).toEqual([]);
        // by keyboard: the choice of .zip or folder is one group of radios
        await dialog.getByRole('radio', { name: word(lang, 'package.asZip') }).focus();
        await page.keyboard.press('ArrowDown');
        await expect(dialog.getByRole('radio', { name: word(lang, 'package.asFolder') })).toBeChecked();
        await page.keyboard.press('ArrowUp');
        await expect(dialog.getByRole('radio', { name: word(lang, 'package.asZip') })).toBeChecked();

        // as a .zip: the browser downloads it; inside, the page text, the photos by page order and captions.txt
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          dialog.getByRole('button', { name: word(lang, 'package.export'), exact: true }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(`${PAGE_NAME}.zip`);
        const zip = unzipSync(readFileSync(await download.path()));
        expect(Object.keys(zip).sort()).toEqual(['01-1.jpg', '01-2.png', '02-1.jpg', 'captions.txt', `${PAGE_NAME}.txt`]);
        const text = Buffer.from(zip[`${PAGE_NAME}.txt`] as Uint8Array).toString('utf8');
        expect(text).toContain('社区义诊进小区');
        expect(text).toContain('医生为老人测量血压。 记者 张明 摄');
        expect(Buffer.from(zip['captions.txt'] as Uint8Array).toString('utf8')).toContain('02-1.jpg\n收购点前排起长队。 通讯员 王芳 摄');
        await expect(dialog.locator('.export-outcome')).toHaveText(counted(lang, 'package.downloaded', 3, { name: `${PAGE_NAME}.zip` }));

        // as a folder, made by the host inside the folder the reporter names
        const into = mkdtempSync(path.join(tmpdir(), 'e2e-package-'));
        await dialog.getByRole('radio', { name: word(lang, 'package.asFolder') }).check();
        const folderField = dialog.getByRole('textbox', { name: word(lang, 'package.folder') });
        await expect(folderField).not.toHaveValue('');
        await folderField.fill(into);
        expect(await axeProblems(page, 'the package dialog, as a folder')).toEqual([]);
        await dialog.getByRole('button', { name: word(lang, 'package.export'), exact: true }).click();
        const written = path.join(into, PAGE_NAME);
        await expect(dialog.locator('.export-outcome')).toHaveText(counted(lang, 'package.written', 3, { path: written }));
        expect(readdirSync(written).sort()).toEqual(['01-1.jpg', '01-2.png', '02-1.jpg', 'captions.txt', `${PAGE_NAME}.txt`]);
        expect(readFileSync(path.join(written, `${PAGE_NAME}.txt`), 'utf8')).toBe(text);
        await dialog.screenshot({ path: path.join(SHOTS, `package-dialog-${lang}.png`) });

        // again: the folder is there, so nothing is written over it, and the reporter is told what to do
        await dialog.getByRole('button', { name: word(lang, 'package.export'), exact: true }).click();
        const exists = word(lang, 'refusal.packageExists', { name: PAGE_NAME, folder: into });
        await expect(dialog.locator('.export-outcome')).toHaveText(word(lang, 'export.refused', { reason: exists }));
        await expect(dialog.locator('.export-outcome')).toHaveClass(/problem/);
        await dialog.screenshot({ path: path.join(SHOTS, `package-exists-${lang}.png`) });
        await dialog.getByRole('button', { name: word(lang, 'package.close') }).click();

        // the proof: the photos in the columns, each with its caption and credit, and in the printed PDF
        await page
          .locator('main')
          .getByRole('button', { name: word(lang, 'bulletin.proof'), exact: true })
          .click();
        const sheet = page.getByRole('article', { name: word(lang, 'proof.sheet') });
        const photos = sheet.locator('.proof-photo img');
        await expect(photos).toHaveCount(3);
        await expect(photos.first()).toHaveAttribute('alt', '医生为老人测量血压。 记者 张明 摄');
        await expect(sheet.locator('.proof-caption')).toHaveText([
          '医生为老人测量血压。 记者 张明 摄',
          'Zhang Ming 在义诊现场。 记者 张明 摄',
          '收购点前排起长队。 通讯员 王芳 摄',
        ]);
        await expect
          .poll(() => photos.evaluateAll((imgs) => imgs.every((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0)))
          .toBe(true);
        // each photo as wide as its column
        const widths = await sheet.locator('.proof-photo').evaluateAll((figs) => figs.map((f) => f.getBoundingClientRect().width));
        const column = await photos.first().evaluate((img) => img.getBoundingClientRect().width);
        for (const w of widths) expect(Math.abs(w - column)).toBeLessThan(2);
        await sheet.screenshot({ path: path.join(SHOTS, `proof-photos-${lang}.png`) });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const dir = mkdtempSync(path.join(tmpdir(), 'e2e-proof-photos-'));
        writeFileSync(path.join(dir, 'proof.pdf'), pdf);
        const list = execFileSync('pdfimages', ['-list', path.join(dir, 'proof.pdf')], { encoding: 'utf8' });
        const images = list.split('\n').filter((l) => /^\s*\d+\s+\d+\s+image\b/.test(l));
        expect(images).toHaveLength(3);
      } finally {
        await context.close();
        await host.stop();
      }
    });
  });
}
