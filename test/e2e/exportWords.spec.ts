// What a reporter reads around export, in English and Chinese: the legacy typesetter's refusal naming the emoji, the
// page's file named after the page, and one word for the filed status in the filter, the list, the page and the editor.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newStory, serializeBulletin, serializeStory, type Bulletin, type Story } from '../../shared/index';
import { catalogs } from '../../renderer/src/i18n/catalogs';
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

const EMOJI = newStory(
  {
    headline: '消防安全开放日 市民走进消防站',
    body: [{ type: 'paragraph', text: '孩子们说：“消防员叔叔太酷了😀！”' }],
    byline: [{ role: '记者', names: ['李明'], credit: '' }],
  },
  { id: 'e2e-words-emoji' },
);
const FILED: Story = {
  ...newStory({ headline: '枫溪镇开展夜间义诊', body: [{ type: 'paragraph', text: '义诊现场人头攒动。' }] }, { id: 'e2e-words-filed' }),
  status: 'filed',
};
const NOW = '2026-12-05T08:00:00.000Z';
const PAGE: Bulletin = {
  format: 'bulletin-desk/bulletin',
  version: 1,
  id: 'e2e-words-page',
  title: '二七报 第3版',
  date: '2026-12-05',
  houseStyle: 'default',
  stories: [FILED.id],
  createdAt: NOW,
  updatedAt: NOW,
};

async function openApp(lang: Lang, browser: import('@playwright/test').Browser, run: (page: Page) => Promise<void>): Promise<void> {
  const host = await startHost({ lang });
  const context = await browser.newContext({ locale: lang, viewport: { width: 1400, height: 900 } });
  try {
    for (const story of [EMOJI, FILED]) writeFileSync(path.join(host.library, `${story.id}.story.json`), serializeStory(story));
    writeFileSync(path.join(host.library, `${PAGE.id}.bulletin.json`), serializeBulletin(PAGE));
    const page = await context.newPage();
    await page.goto(host.url);
    await run(page);
  } finally {
    await context.close();
    await host.stop();
  }
}

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`export and its words (${lang})`, () => {
    test.skip(({ target }) => target === 'electron', 'sets the language with bulletin serve --lang');

    test('export under the legacy typesetter names the emoji and where it is, and writes nothing', async ({ browser }) => {
      mkdirSync(SHOTS, { recursive: true });
      await openApp(lang, browser, async (page) => {
        await page
          .getByRole('listbox', { name: word(lang, 'library.stories') })
          .getByText(EMOJI.headline)
          .click();
        await expect(page.getByRole('textbox', { name: word(lang, 'field.headline'), exact: true })).toHaveText(EMOJI.headline);
        await page.getByRole('button', { name: word(lang, 'shell.export'), exact: true }).click();
        const dialog = page.getByRole('dialog', { name: word(lang, 'export.title') });
        await dialog.getByLabel(word(lang, 'export.houseStyle')).selectOption('legacy-typesetter');
        // under that style the emoji is an error of the copy check: the gate asks first
        await expect(dialog.getByText(word(lang, 'gate.question.export'))).toBeVisible();
        await dialog.getByRole('button', { name: word(lang, 'gate.exportAnyway') }).click();
        let downloads = 0;
        page.on('download', () => downloads++);
        await dialog.getByRole('button', { name: word(lang, 'export.save') }).click();
        const place = word(lang, 'export.characters.place', {
          found: '😀',
          codePoints: 'U+1F600',
          where: word(lang, 'copyDesk.where.lead'),
          headline: EMOJI.headline,
        });
        const style = word(lang, 'style.legacy-typesetter');
        await expect(dialog.locator('.export-outcome')).toHaveText(word(lang, 'export.characters', { style, places: place }));
        await expect(dialog.locator('.export-outcome')).toContainText(
          lang === 'en' ? `“😀” (U+1F600) in “${EMOJI.headline}”, Lead` : '导语中的“😀”（U+1F600）',
        );
        await dialog.screenshot({ path: path.join(SHOTS, `export-legacy-refused-${lang}.png`) });
        // Copy to clipboard refuses the same way
        await dialog.getByRole('button', { name: word(lang, 'export.copy') }).click();
        await expect(dialog.locator('.export-outcome')).toContainText('U+1F600');
        expect(downloads).toBe(0);
      });
    });

    test('the page is saved under the page’s name, and the filed status reads the same everywhere', async ({ browser }) => {
      mkdirSync(SHOTS, { recursive: true });
      await openApp(lang, browser, async (page) => {
        const filed = word(lang, 'editor.status.filed');
        expect(filed).toBe(lang === 'en' ? 'Filed' : '已交稿');
        // the library: the status filter offers it, and the story's row says it
        const filter = page.getByRole('combobox', { name: word(lang, 'library.status'), exact: true }).first();
        await expect(filter.locator('option[value="filed"]')).toHaveText(filed);
        const row = page
          .getByRole('listbox', { name: word(lang, 'library.stories') })
          .getByRole('option', { name: new RegExp(FILED.headline) });
        await expect(row.locator('.status-badge')).toHaveText(filed);
        await filter.selectOption('filed');
        await expect(page.getByRole('listbox', { name: word(lang, 'library.stories') }).getByRole('option')).toHaveCount(1);
        // the editor
        await row.click();
        const status = page.getByRole('combobox', { name: word(lang, 'field.status'), exact: true }).last();
        await expect(status).toHaveValue('filed');
        await expect(status.locator('option:checked')).toHaveText(filed);
        await expect(page.getByText(word(lang, 'editor.locked'))).toContainText(filed);
        await page.screenshot({ path: path.join(SHOTS, `filed-word-${lang}.png`) });

        // the page: its story's status, then Save as… offers the file under the page's title and date
        await page
          .getByRole('list', { name: word(lang, 'bulletin.list') })
          .getByRole('button', { name: PAGE.title })
          .click();
        await expect(page.locator('main').locator('.status-filed').first()).toHaveText(filed);
        await page.getByRole('button', { name: word(lang, 'bulletin.export') }).click();
        const dialog = page.getByRole('dialog', { name: word(lang, 'bulletin.export.title') });
        // the filed story has no byline: the copy-check gate asks first
        await dialog.getByRole('button', { name: word(lang, 'gate.exportAnyway') }).click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          dialog.getByRole('button', { name: word(lang, 'bulletin.export.save') }).click(),
        ]);
        expect(download.suggestedFilename()).toBe('二七报-第3版-2026-12-05.txt');
        await expect(dialog.locator('.export-outcome')).toHaveText(
          word(lang, 'export.downloaded', { name: '二七报-第3版-2026-12-05.txt' }),
        );
      });
    });
  });
}
