// Searching right after the app starts: Ctrl+F finds by the texts kept from the last session, and a story changed while the app was closed by its new words only.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { newStory, serializeStory, type Story } from '../../shared/index';
import { expect, startHost, test, type Host } from './fixtures';

const SHOTS = path.join(process.cwd(), '.tmp', 'shots');

const WORDS = {
  en: { stories: 'Stories', search: 'Search', noMatch: 'No story matches.' },
  'zh-CN': { stories: '稿件列表', search: '搜索', noMatch: '没有符合条件的稿件。' },
} as const;
type Language = keyof typeof WORDS;

const market = newStory(
  { headline: '北沙社区夜市点亮老街烟火气', body: [{ type: 'paragraph', text: '5月17日晚，北沙社区便民夜市在老街开市。' }] },
  { id: 'market-0001' },
);
const rice = newStory(
  { headline: '青竹镇举办插秧比赛', body: [{ type: 'paragraph', text: '5月18日，青竹镇在万亩良田举办插秧比赛。' }] },
  { id: 'rice-0002' },
);

const writeStory = (library: string, story: Story) => writeFileSync(path.join(library, `${story.id}.story.json`), serializeStory(story));

/** Enough other stories that the library keeps its search texts in a file (a small one builds them in milliseconds). */
const OTHERS = 220;
const other = (n: number) =>
  newStory(
    { headline: `社区简讯第${n}期`, body: [{ type: 'paragraph', text: '本周社区开展常规志愿服务活动。' }] },
    { id: `brief-${String(n).padStart(4, '0')}` },
  );

async function openApp(browser: Browser, lang: Language, library: string, userData: string) {
  const host: Host = await startHost({ lang, library, userData });
  const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
  const app: Page = await context.newPage();
  await app.goto(host.url);
  return {
    app,
    async close() {
      await context.close();
      await host.stop(); // the app closes as a reporter quits it: the search's texts are kept
    },
  };
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`(${lang}) the first search after a start finds at once, and a story changed while the app was closed by its new words`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'starts its own host twice on one library');
    const w = WORDS[lang];
    const library = mkdtempSync(path.join(tmpdir(), 'e2e-search-'));
    const userData = mkdtempSync(path.join(tmpdir(), 'e2e-prefs-'));
    writeStory(library, market);
    writeStory(library, rice);
    for (let n = 1; n <= OTHERS; n++) writeStory(library, other(n));

    const first = await openApp(browser, lang, library, userData);
    try {
      const list = first.app.getByRole('listbox', { name: w.stories });
      await expect(list.getByRole('option').first()).toBeVisible();
      await first.app.keyboard.press('Control+f');
      await first.app.getByRole('searchbox', { name: w.search }).fill('夜市');
      await expect(list.getByRole('option')).toHaveCount(1);
      await expect(list.getByRole('option')).toContainText(market.headline);
    } finally {
      await first.close();
    }
    expect(existsSync(path.join(library, '.search.json'))).toBe(true);

    // changed by another program while the app was closed
    writeStory(library, { ...rice, body: [{ type: 'paragraph', text: '端午前夕，青竹镇龙舟队在河湾训练。' }] });

    const again = await openApp(browser, lang, library, userData);
    try {
      const list = again.app.getByRole('listbox', { name: w.stories });
      await expect(list.getByRole('option').first()).toBeVisible();
      await again.app.keyboard.press('Control+f');
      const search = again.app.getByRole('searchbox', { name: w.search });
      await expect(search).toBeFocused();
      await search.fill('龙舟');
      await expect(list.getByRole('option')).toHaveCount(1);
      await expect(list.getByRole('option')).toContainText(rice.headline);
      await search.fill('插秧 万亩');
      await expect(list.getByRole('option')).toHaveCount(0);
      await expect(again.app.getByText(w.noMatch)).toBeVisible();
      await search.fill('夜市');
      await expect(list.getByRole('option')).toHaveCount(1);
      await expect(list.getByRole('option')).toContainText(market.headline);
      mkdirSync(SHOTS, { recursive: true });
      await again.app.screenshot({ path: path.join(SHOTS, `searchAtStart-${lang}.png`) });
    } finally {
      await again.close();
      rmSync(library, { recursive: true, force: true });
      rmSync(userData, { recursive: true, force: true });
    }
  });
}
