// Accessibility: every workspace checked with axe in both languages and both colour schemes, and the story's look in each theme.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { newStory, serializeBulletin, serializeStory, type Bulletin, type Story } from '../../shared/index';
import { catalogs } from '../../renderer/src/i18n/catalogs';
import { axeProblems } from './axe';
import { expect, startHost, test, type Host } from './fixtures';

type Lang = 'en' | 'zh-CN';
type Scheme = 'light' | 'dark';
type Key = keyof (typeof catalogs)['en'];

/** The interface's words for a key, as the app shows them in that language. */
function words(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  let text: string = (catalogs[lang] as Record<string, string>)[key] ?? catalogs.en[key];
  for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(String(value));
  return text;
}

const NOW = new Date('2026-06-20T08:00:00Z');
// a half-width comma in the lead, so the copy check marks it and lists a finding
const OPEN: Story = newStory(
  {
    kicker: '东湖街道',
    headline: '举办社区消防安全开放日',
    body: [
      { type: 'paragraph', text: '5月8日上午,东湖街道在文化广场举办消防安全开放日活动。' },
      { type: 'subheading', text: '现场演练' },
      { type: 'paragraph', text: '消防员为居民演示灭火器的使用方法。' },
    ],
    byline: [{ role: '记者', names: ['李明'], credit: '' }],
  },
  { id: 'a11y-open', now: NOW },
);
const OTHER: Story = newStory(
  { headline: '夜间义诊进社区', body: [{ type: 'paragraph', text: '志愿者为居民测量血压。' }] },
  { id: 'a11y-other', now: NOW },
);
const SYNCED: Story = newStory(
  { headline: '夏粮收购进度过半', body: [{ type: 'paragraph', text: '全县已收购小麦一万吨。' }] },
  { id: 'a11y-synced', now: NOW },
);
const BULLETIN: Bulletin = {
  format: 'bulletin-desk/bulletin',
  version: 1,
  id: 'a11y-page',
  title: '二七报 6月21日 第3版',
  date: '2026-06-21',
  houseStyle: 'default',
  stories: [OPEN.id, OTHER.id],
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
};
/** A made-up page of one story in the paper's layout, for the import review. */
const PAGE = [
  '北沙社区夜市点亮老街烟火气',
  '',
  '本报讯 5月17日晚，北沙社区便民夜市在老街开市。',
  '',
  '夜市共设摊位八十个。',
  '',
  '记者 庞雨桐',
  '',
].join('\n');

/** The library: two stories, a bulletin of both, and a third story with a Syncthing conflict copy beside it. */
function seed(library: string): void {
  for (const s of [OPEN, OTHER, SYNCED]) writeFileSync(path.join(library, `${s.id}.story.json`), serializeStory(s));
  const theirs: Story = {
    ...SYNCED,
    body: [{ type: 'paragraph', text: '全县已收购小麦九千五百吨。' }],
    updatedAt: '2026-06-20T09:00:00.000Z',
  };
  writeFileSync(path.join(library, `${SYNCED.id}.story.sync-conflict-20260620-170000-ABCDEF2.json`), serializeStory(theirs));
  writeFileSync(path.join(library, `${BULLETIN.id}.bulletin.json`), serializeBulletin(BULLETIN));
}

/** How many snapshots the library's history holds of a story. */
function snapshots(library: string, id: string): number {
  const folder = path.join(library, '.history', id);
  return existsSync(folder) ? readdirSync(folder).length : 0;
}

async function openDesk(browser: Browser, host: Host, lang: Lang, scheme: Scheme, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', colorScheme: scheme, viewport });
  const page = await context.newPage();
  await page.goto(host.url);
  const stories = page.getByRole('listbox', { name: words(lang, 'library.stories') });
  await stories.getByRole('option', { name: new RegExp(OPEN.headline) }).click();
  await expect(page.getByRole('textbox', { name: words(lang, 'field.headline'), exact: true })).toHaveText(OPEN.headline);
  return page;
}

const toolbarButton = (page: Page, name: string) => page.getByRole('banner').getByRole('button', { name, exact: true });

for (const lang of ['en', 'zh-CN'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every workspace in ${lang}, ${scheme}: no serious or critical axe violation`, async ({ browser, target }) => {
      test.skip(target === 'electron', 'the language is set with bulletin serve --lang and the colour scheme with a browser context');
      test.setTimeout(120_000);
      const host = await startHost({ lang });
      seed(host.library);
      const page = await openDesk(browser, host, lang, scheme);
      const w = (key: Key, values?: Record<string, string | number>) => words(lang, key, values);
      const problems: string[] = [];
      try {
        // the story, with the preview beside it and the copy check's finding
        await toolbarButton(page, w('shell.preview')).click();
        await expect(page.locator('.preview-text')).toContainText(OPEN.headline);
        await expect(page.locator('.copy-finding').first()).toBeVisible();
        problems.push(...(await axeProblems(page, 'story')));

        // the export dialog
        await page.keyboard.press('Control+e');
        const dialog = page.getByRole('dialog', { name: w('export.title') });
        await expect(dialog).toBeVisible();
        problems.push(...(await axeProblems(page, 'export dialog')));
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();

        // history: a status change takes a snapshot, an edit after it gives the comparison its marks
        await page
          .getByRole('combobox', { name: w('field.status'), exact: true })
          .last()
          .selectOption('ready');
        await expect.poll(() => snapshots(host.library, OPEN.id)).toBeGreaterThan(0);
        await page.getByRole('textbox', { name: w('field.body'), exact: true }).click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('另有三处。');
        await toolbarButton(page, w('shell.history')).click();
        await expect(page.getByRole('listbox', { name: w('history.snapshots') }).getByRole('option')).not.toHaveCount(0);
        await expect(
          page
            .getByRole('table', { name: w('history.comparison') })
            .locator('ins')
            .first(),
        ).toBeVisible();
        problems.push(...(await axeProblems(page, 'history')));
        await page
          .getByRole('main')
          .getByRole('button', { name: w('history.back'), exact: true })
          .click();

        // the proof
        await toolbarButton(page, w('shell.proof')).click();
        await expect(page.getByRole('article', { name: w('proof.sheet') }).getByRole('heading', { name: OPEN.headline })).toBeVisible();
        problems.push(...(await axeProblems(page, 'proof')));
        await page
          .getByRole('main')
          .getByRole('button', { name: w('proof.back'), exact: true })
          .click();

        // a bulletin
        await page
          .getByRole('list', { name: w('bulletin.list') })
          .getByRole('button', { name: new RegExp(BULLETIN.title) })
          .click();
        await expect(page.getByRole('main').getByText(OTHER.headline).first()).toBeVisible();
        problems.push(...(await axeProblems(page, 'bulletin')));

        // house styles
        await toolbarButton(page, w('shell.houseStyles')).click();
        await expect(page.getByRole('heading', { name: w('houseStyles.title'), exact: true })).toBeVisible();
        problems.push(...(await axeProblems(page, 'house styles')));

        // settings (the library and the language fixed for the session by the host's --drafts and --lang)
        await toolbarButton(page, w('shell.settings')).click();
        await expect(page.getByRole('combobox', { name: w('settings.byline.role'), exact: true })).toBeFocused();
        problems.push(...(await axeProblems(page, 'settings')));

        // the sync conflict view
        const conflicts = page.getByRole('region', { name: w('conflicts.title') });
        await conflicts.getByRole('button', { name: w('conflicts.compareLabel', { headline: SYNCED.headline }) }).click();
        await expect(page.getByRole('main').locator('del').first()).toBeVisible();
        problems.push(...(await axeProblems(page, 'sync conflict')));

        // the import review of a made-up page
        await toolbarButton(page, w('shell.importPage')).click();
        await page
          .getByLabel(w('importReview.open'))
          .setInputFiles({ name: 'page.txt', mimeType: 'text/plain', buffer: Buffer.from(PAGE, 'utf8') });
        await expect(page.getByRole('region', { name: w('importReview.storyN', { n: 1 }), exact: true })).toBeVisible();
        problems.push(...(await axeProblems(page, 'import review')));
      } finally {
        await page.context().close();
        await host.stop();
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }
}

type RGB = [number, number, number];
interface Colours {
  text: RGB;
  background: RGB;
}

/** The colour of an element's text and of the background it stands on (its own, else the nearest ancestor's that is not transparent). */
async function coloursOf(page: Page, selector: string): Promise<Colours> {
  const found = await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      // the spec is type-checked without the DOM's types: the little of it used here, by hand
      type Node = { parentElement: Node | null };
      const view = el.ownerDocument.defaultView as unknown as { getComputedStyle(e: Node): { color: string; backgroundColor: string } };
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
      let background = [255, 255, 255, 0];
      for (let at: Node | null = el as unknown as Node; at; at = at.parentElement) {
        const c = rgb(view.getComputedStyle(at).backgroundColor);
        if ((c[3] ?? 1) > 0) {
          background = c;
          break;
        }
      }
      return { text: rgb(view.getComputedStyle(el as unknown as Node).color), background };
    });
  return { text: found.text.slice(0, 3) as RGB, background: found.background.slice(0, 3) as RGB };
}

/** WCAG's contrast ratio of two colours. */
function contrast(a: RGB, b: RGB): number {
  const luminance = (c: RGB) => {
    const [r, g, bl] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)) as RGB;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('the story in the light and the dark theme: a screenshot of each, and readable colours that change with the theme', async ({
  browser,
  target,
}, testInfo) => {
  test.skip(target === 'electron', 'the colour scheme is set with a browser context');
  const host = await startHost({ lang: 'zh-CN' });
  seed(host.library);
  const seen: Partial<Record<Scheme, Record<'page' | 'field' | 'caption' | 'sample', Colours>>> = {};
  try {
    for (const scheme of ['light', 'dark'] as const) {
      // tall enough for the whole form: the body's wavy mark and the copy check's panel are in the picture
      const page = await openDesk(browser, host, 'zh-CN', scheme, { width: 1280, height: 1280 });
      await toolbarButton(page, words('zh-CN', 'shell.preview')).click();
      await expect(page.locator('.preview-text')).toContainText(OPEN.headline);
      await expect(page.locator('.copy-finding').first()).toBeVisible();
      const shot = await page.screenshot();
      writeFileSync(testInfo.outputPath(`story-${scheme}.png`), shot);
      await testInfo.attach(`story-${scheme}`, { body: shot, contentType: 'image/png' });
      seen[scheme] = {
        page: await coloursOf(page, '.story-form'),
        field: await coloursOf(page, '.field-headline .line-input'),
        caption: await coloursOf(page, '.field-caption'),
        sample: await coloursOf(page, '.preview-text'),
      };
      await page.context().close();
    }
  } finally {
    await host.stop();
  }
  const { light, dark } = seen as Record<Scheme, NonNullable<(typeof seen)[Scheme]>>;
  for (const part of ['page', 'field', 'caption', 'sample'] as const) {
    for (const [scheme, colours] of [
      ['light', light[part]],
      ['dark', dark[part]],
    ] as const) {
      expect(
        contrast(colours.text, colours.background),
        `${part} in the ${scheme} theme: ${colours.text} on ${colours.background}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
    expect(dark[part].background, `${part}'s background`).not.toEqual(light[part].background);
    expect(dark[part].text, `${part}'s text`).not.toEqual(light[part].text);
  }
  // light text on a dark page in the dark theme, and the other way round in the light one
  const sum = (c: RGB) => c[0] + c[1] + c[2];
  expect(sum(light.page.background)).toBeGreaterThan(sum(light.page.text));
  expect(sum(dark.page.background)).toBeLessThan(sum(dark.page.text));
});
