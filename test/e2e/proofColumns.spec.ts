// The page proof as a reporter sees it, in English and Chinese: a two-part headline broken at its space, the page set in
// the house style's columns across the whole sheet (on screen and in the printed PDF, rendered by poppler's pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newStory, serializeBulletin, serializeStory, type Bulletin, type Story } from '../../shared/index';
import { catalogs } from '../../renderer/src/i18n/catalogs';
import { expect, startHost, test } from './fixtures';

type Lang = 'en' | 'zh-CN';
const SHOTS = path.join(process.cwd(), '.tmp/shots');
const word = (lang: Lang, key: keyof (typeof catalogs)['en']): string => (catalogs[lang] as Record<string, string>)[key] ?? '';

const PARTS = ['消防安全开放日', '市民走进消防站'];
const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
const STORIES: Story[] = [
  newStory(
    {
      kicker: '东湖街道',
      headline: PARTS.join(' '),
      body: [
        paragraph('5月8日上午，东湖街道消防站向市民开放，百余名居民走进营区，参观消防车辆和救援器材。'),
        paragraph('消防员为居民演示了灭火器、消防水带的使用方法，并讲解家庭火灾的预防和逃生要点。'),
        paragraph('“以前只在电视上见过，今天亲手试了一次，心里踏实多了。”居民王女士说。'),
      ],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id: 'e2e-columns-1' },
  ),
  newStory(
    {
      headline: '枫溪镇开展夜间义诊',
      subheadline: '志愿者为居民测量血压',
      body: [
        paragraph('6月2日晚，枫溪镇卫生院的医护志愿者在镇文化广场开展夜间义诊，为居民测量血压、血糖。'),
        paragraph('义诊现场人头攒动，志愿者还向老人发放了健康手册，提醒大家按时服药、适量运动。'),
      ],
    },
    { id: 'e2e-columns-2' },
  ),
  newStory(
    {
      headline: '柳岸社区读书节开幕',
      body: [
        paragraph('柳岸社区第三届读书节日前开幕，活动持续一个月，设有亲子共读、好书交换和读书分享会等环节。'),
        paragraph('社区图书室同步延长开放时间，每天开放至晚上九点。'),
      ],
    },
    { id: 'e2e-columns-3' },
  ),
];
const NOW = '2026-12-05T08:00:00.000Z';
const BULLETIN: Bulletin = {
  format: 'bulletin-desk/bulletin',
  version: 1,
  id: 'e2e-columns-page',
  title: '二七报 第3版',
  date: '2026-12-05',
  houseStyle: 'default',
  stories: STORIES.map((s) => s.id),
  createdAt: NOW,
  updatedAt: NOW,
};

function writeLibrary(library: string): void {
  for (const story of STORIES) writeFileSync(path.join(library, `${story.id}.story.json`), serializeStory(story));
  writeFileSync(path.join(library, `${BULLETIN.id}.bulletin.json`), serializeBulletin(BULLETIN));
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A box as the browser measures it. */
interface Rect extends Box {
  width: number;
}
/** The little of the DOM these measurements use (the e2e tests are typed without the DOM's types). */
interface Measured {
  getBoundingClientRect(): Rect;
  getClientRects(): Iterable<Rect>;
  querySelector(selector: string): Measured;
  querySelectorAll(selector: string): Iterable<Measured>;
  textContent: string | null;
  ownerDocument: {
    defaultView: { getComputedStyle(el: Measured): { paddingLeft: string } };
    createRange(): { selectNodeContents(node: Measured): void; getClientRects(): Iterable<Rect> };
  };
}

/** Where the sheet's text stands: the sheet's box, its padding, the lefts of its columns and the rightmost text. */
async function sheetLayout(page: Page): Promise<{ sheet: Box; padding: number; columns: Box; lefts: number[]; textRight: number }> {
  return page.locator('.proof-sheet').evaluate((el) => {
    const sheet = el as unknown as Measured;
    const box = (r: Rect): Box => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    const rects = [...sheet.querySelectorAll('.proof-columns p, .proof-columns h3, .proof-columns h4')].flatMap((p) => [
      ...p.getClientRects(),
    ]);
    return {
      sheet: box(sheet.getBoundingClientRect()),
      padding: parseFloat(sheet.ownerDocument.defaultView.getComputedStyle(sheet).paddingLeft),
      columns: box(sheet.querySelector('.proof-columns').getBoundingClientRect()),
      lefts: [...new Set(rects.map((r) => Math.round(r.left)))].sort((a, b) => a - b),
      textRight: Math.max(...rects.map((r) => r.right)),
    };
  });
}

/** The lines each part of the headline takes: one each, the second below the first. */
async function headlineLines(page: Page): Promise<Array<{ text: string; lines: number; top: number; bottom: number }>> {
  return page
    .locator('.proof-headline')
    .first()
    .evaluate((el) =>
      [...(el as unknown as Measured).querySelectorAll('.proof-title-part')].map((part) => {
        const range = part.ownerDocument.createRange();
        range.selectNodeContents(part);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top)));
        const r = part.getBoundingClientRect();
        return { text: (part.textContent ?? '').trim(), lines: tops.size, top: r.top, bottom: r.bottom };
      }),
    );
}

/** The printed page's darkness per half (left, right), from poppler's grey rendering of the first page. */
async function printedHalves(page: Page, name: string): Promise<{ left: number; right: number }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const dir = mkdtempSync(path.join(tmpdir(), 'e2e-columns-'));
  writeFileSync(path.join(dir, 'proof.pdf'), pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', path.join(dir, 'proof.pdf'), path.join(dir, 'page')]);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path.join(dir, 'proof.pdf'), path.join(SHOTS, name)]);
  const pgm = readFileSync(path.join(dir, 'page-1.pgm'));
  // P5 <width> <height> <max>\n then one byte a pixel
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1')) as RegExpExecArray;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const dark = { left: 0, right: 0 };
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) if ((pixels[y * width + x] as number) < 128) dark[x < width / 2 ? 'left' : 'right']++;
  return dark;
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`the page proof breaks a two-part headline at its space and sets the page in columns across the sheet (${lang})`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'sets the language with bulletin serve --lang; page.pdf prints in headless Chromium only');
    mkdirSync(SHOTS, { recursive: true });
    const host = await startHost({ lang });
    const context = await browser.newContext({ locale: lang, viewport: { width: 1400, height: 1000 } });
    try {
      writeLibrary(host.library);
      const page = await context.newPage();
      await page.goto(host.url);
      await page
        .getByRole('list', { name: word(lang, 'bulletin.list') })
        .getByRole('button', { name: BULLETIN.title })
        .click();
      await page
        .locator('main')
        .getByRole('button', { name: word(lang, 'bulletin.proof'), exact: true })
        .click();
      const sheet = page.getByRole('article', { name: word(lang, 'proof.sheet') });
      await expect(sheet.getByRole('heading', { level: 3 })).toHaveText([
        PARTS.join(' '),
        STORIES[1]?.headline ?? '',
        STORIES[2]?.headline ?? '',
      ]);

      // the headline's lines are its two parts, one line each, never broken inside a word
      const lines = await headlineLines(page);
      expect(lines.map((l) => l.text)).toEqual(PARTS);
      expect(lines.map((l) => l.lines)).toEqual([1, 1]);
      expect((lines[1] as { top: number }).top).toBeGreaterThanOrEqual((lines[0] as { bottom: number }).bottom - 1);

      // the default house style's two columns span the sheet between its margins: text on both halves
      const layout = await sheetLayout(page);
      const inner = { left: layout.sheet.left + layout.padding, right: layout.sheet.right - layout.padding };
      expect(Math.abs(layout.columns.left - inner.left)).toBeLessThan(2);
      expect(Math.abs(layout.columns.right - inner.right)).toBeLessThan(2);
      expect(layout.lefts).toHaveLength(2);
      expect(layout.lefts[1] as number).toBeGreaterThan((layout.sheet.left + layout.sheet.right) / 2);
      expect(layout.textRight).toBeGreaterThan(inner.right - 30);
      expect(layout.textRight).toBeLessThanOrEqual(inner.right + 1);
      await sheet.screenshot({ path: path.join(SHOTS, `proof-page-${lang}.png`) });

      // printed: the right half of the page holds about as much type as the left
      const halves = await printedHalves(page, `proof-page-${lang}-pdf`);
      expect(halves.right).toBeGreaterThan(halves.left * 0.4);
    } finally {
      await context.close();
      await host.stop();
    }
  });
}
