// Proofs as a reporter makes them: a story's or a bulletin's proof, printed to PDF by Chromium and read back with pdftotext.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { BulletinDeskApi } from '../../shared/api';
import { newStory, serializeStory, type Story } from '../../shared/index';
import { pdfColumnsText } from './pdfText';
import { expect, startHost, test } from './fixtures';

const FIRST = newStory(
  {
    kicker: '东湖街道',
    headline: '三项举措护航夏粮收购 确保颗粒归仓',
    subheadline: '县粮食局压实责任，为种粮农户办实事',
    byline: [
      { role: '记者', names: ['李明'], credit: '' },
      { role: '通讯员', names: ['王芳'], credit: '文/图' },
    ],
    body: [
      { type: 'paragraph', text: '6月2日，县粮食局召开夏粮收购工作推进会。' },
      { type: 'subheading', text: '开辟绿色通道' },
      { type: 'paragraph', text: '在全县12个收购网点设立售粮专用通道。' },
    ],
  },
  { id: 'e2e-proof-1' },
);
const SECOND = newStory(
  {
    kicker: '枫溪镇',
    headline: '枫溪镇开展夜间义诊',
    subheadline: '志愿者为居民测量血压',
    body: [{ type: 'paragraph', text: '当天晚上，义诊现场人头攒动。' }],
  },
  { id: 'e2e-proof-2' },
);
const THIRD = newStory({ headline: '柳岸社区读书节开幕', body: [{ type: 'paragraph', text: '活动持续一个月。' }] }, { id: 'e2e-proof-3' });

function writeStories(library: string, stories: Story[]): void {
  stories.forEach((story, i) => writeFileSync(path.join(library, `proof-${i + 1}-${story.id}.story.json`), serializeStory(story)));
}

/** The page as the browser prints it (print media, A4), read back by poppler's pdftotext column after column. */
async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  return pdfColumnsText(pdf);
}

/** Text without any white space (a headline may wrap in the column, and its two parts are spaced). */
const squeezed = (text: string): string => text.replace(/\s+/g, '');

/** The texts that follow one another in the printed text, in that order (each searched after the one before). */
function inOrder(printed: string, texts: string[]): string[] {
  const all = squeezed(printed);
  const found: string[] = [];
  let from = 0;
  for (const text of texts) {
    const at = all.indexOf(squeezed(text), from);
    if (at < 0) break;
    found.push(text);
    from = at + squeezed(text).length;
  }
  return found;
}

/** A computed style of the first element the selector finds (a function, not a string, for evaluate). */
async function cssOf(page: Page, selector: string, property: 'fontSize' | 'fontWeight' | 'textIndent'): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (el, name) =>
        (el.ownerDocument.defaultView as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(el)[
          name
        ] as string,
      property,
    );
}
const fontSize = async (page: Page, selector: string): Promise<number> => parseFloat(await cssOf(page, selector, 'fontSize'));

test('a story’s proof is set like a newspaper column and prints as a PDF with only the sheet', async ({ app, host, target }) => {
  writeStories(host.library, [FIRST]);
  await app.getByText(FIRST.headline).first().click();
  await expect(app.getByRole('textbox', { name: 'Headline', exact: true })).toHaveText(FIRST.headline);
  await app.getByRole('button', { name: 'Proof', exact: true }).click();

  await expect(app.getByRole('heading', { name: `Proof: ${FIRST.headline}` })).toBeVisible();
  const print = app.getByRole('button', { name: 'Print…' });
  await expect(print).toBeFocused();
  // the browser prints and saves as PDF itself (no Save as PDF… button there); Electron saves it with a dialog
  const savePdf = app.getByRole('button', { name: 'Save as PDF…' });
  if (target === 'browser') await expect(savePdf).toHaveCount(0);
  else await expect(savePdf).toBeEnabled();
  const sheet = app.getByRole('article', { name: 'Proof sheet' });
  await expect(sheet.getByRole('heading', { level: 3, name: FIRST.headline })).toBeVisible();
  await expect(sheet).toContainText('本报讯 6月2日，县粮食局召开夏粮收购工作推进会。');
  await expect(sheet).toContainText('记者 李明 通讯员 王芳 文/图');

  const headline = await fontSize(app, '.proof-headline');
  const subheadline = await fontSize(app, '.proof-subheadline');
  const kicker = await fontSize(app, '.proof-kicker');
  const body = await fontSize(app, '.proof-paragraph');
  expect(headline).toBeGreaterThan(subheadline);
  expect(subheadline).toBeGreaterThan(body);
  expect(kicker).toBeLessThan(body);
  expect(Number(await cssOf(app, '.proof-headline', 'fontWeight'))).toBeGreaterThanOrEqual(700);
  expect(await cssOf(app, '.proof-paragraph', 'textIndent')).toBe(`${body * 2}px`);

  if (target === 'browser') await expectPrintedStory(app);

  // keyboard alone: from Print… (and Save as PDF… in Electron) to Back, and back to the story
  await print.focus();
  await app.keyboard.press('Tab');
  if (target === 'electron') await app.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: 'Back' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('textbox', { name: 'Headline', exact: true })).toHaveText(FIRST.headline);
});

/** page.pdf prints in headless Chromium only: the proof as the browser's print makes it. */
async function expectPrintedStory(app: Page): Promise<void> {
  const printed = await printedText(app);
  // the header line names the proof and the story and when it was printed (its two ends read with the columns below
  // them), then the story is set kicker, headline, subheadline, body, byline, column after column
  expect(inOrder(printed, ['Proof', FIRST.headline])).toEqual(['Proof', FIRST.headline]);
  expect(printed).toContain('Printed');
  const parts = [
    FIRST.kicker,
    FIRST.headline,
    FIRST.subheadline,
    '本报讯 6月2日，县粮食局召开夏粮收购工作推进会。',
    '开辟绿色通道',
    '在全县12个收购网点设立售粮专用通道。',
    '记者 李明 通讯员 王芳 文/图',
  ];
  expect(inOrder(printed, parts)).toEqual(parts);
  // only the sheet: not the toolbar, the library, the proof's own buttons
  for (const word of ['New story', 'Bulletin Desk', 'Print…', 'Back', 'Search']) expect(printed).not.toContain(word);
}

test('the proof speaks Chinese in the Chinese interface', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  const host = await startHost({ lang: 'zh-CN' });
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    writeStories(host.library, [SECOND]);
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByText(SECOND.headline).first().click();
    await page.getByRole('button', { name: '校样', exact: true }).click();
    await expect(page.getByRole('heading', { name: `校样：${SECOND.headline}` })).toBeVisible();
    await expect(page.getByRole('button', { name: '打印…' })).toBeFocused();
    await expect(page.getByRole('button', { name: '返回' })).toBeVisible();
    const sheet = page.getByRole('article', { name: '校样页' });
    await expect(sheet).toContainText('打印于');
    await expect(sheet).toContainText('本报讯 当天晚上，义诊现场人头攒动。');
  } finally {
    await context.close();
    await host.stop();
  }
});

test('a bulletin’s proof sets its stories in its order, one after the other', async ({ app, host, target }) => {
  test.skip(target === 'electron', 'page.pdf prints in headless Chromium only');
  writeStories(host.library, [FIRST, SECOND, THIRD]);
  await expect(app.getByText(THIRD.headline)).toBeVisible();
  const title = '二七报 6月21日 第3版';
  await app.evaluate(
    ({ title, ids }) =>
      (globalThis as unknown as { bulletinDesk: BulletinDeskApi }).bulletinDesk.call('bulletin.create', {
        title,
        date: '2026-06-21',
        stories: ids,
      }),
    { title, ids: [SECOND.id, THIRD.id, FIRST.id] },
  );
  // the bulletin was made behind the app's back: open the app again, as a reporter would find it the next day
  await app.reload();
  await app.getByRole('list', { name: 'Bulletins' }).getByRole('button', { name: title }).click();
  await app.locator('main').getByRole('button', { name: 'Proof', exact: true }).click();

  await expect(app.getByRole('heading', { name: `Proof: ${title}` })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Print…' })).toBeFocused();
  const sheet = app.getByRole('article', { name: 'Proof sheet' });
  await expect(sheet.getByRole('heading', { level: 3 })).toHaveText([SECOND.headline, THIRD.headline, FIRST.headline]);

  const printed = await printedText(app);
  const order = [
    title,
    SECOND.kicker,
    SECOND.headline,
    SECOND.subheadline,
    THIRD.headline,
    FIRST.kicker,
    FIRST.headline,
    FIRST.subheadline,
  ];
  expect(inOrder(printed, order)).toEqual(order);
  expect(printed).not.toContain('New story');
});
