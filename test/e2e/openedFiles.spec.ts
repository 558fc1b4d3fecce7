// Files the system asked the app to open at launch: the library's story opens once the library is loaded, and what cannot be opened is said (Chinese and English).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newStory, serializeStory } from '../../shared/index';
import { expect, startHost, test } from './fixtures';

const STORY = newStory(
  { headline: '举办社区消防安全开放日', body: [{ type: 'paragraph', text: '5月8日上午，东湖街道举办消防安全开放日活动。' }] },
  { id: 'e2e-opened-at-launch', now: new Date('2026-06-20T08:00:00Z') },
);

const WORDS = {
  en: { notOpened: /Not opened: notes\.txt and 别处\.story\.json\. .*copy the file into the library folder/ },
  'zh-CN': { notOpened: /未能打开：notes\.txt和别处\.story\.json。.*请把文件复制到稿库文件夹/ },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a story double-clicked with the app closed opens once the library is loaded; the rest is said (${lang})`, async ({
    browser,
    target,
  }) => {
    test.skip(target !== 'browser', 'the Electron project runs the held files in main (electron.spec.ts)');
    const host = await startHost({ lang });
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    try {
      writeFileSync(path.join(host.library, `${STORY.id}.story.json`), serializeStory(STORY));
      const page = await context.newPage();
      // what Electron's main process would hold from the launch: the browser host has no files from the system
      let asked = 0;
      await page.route('**/api/call/app.takeOpenedFiles', (route) => {
        asked += 1;
        return route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            ok: true,
            value: {
              files: [
                { path: path.join(host.library, `${STORY.id}.story.json`), kind: 'story' },
                { path: path.join(path.dirname(host.library), 'elsewhere', '别处.story.json'), kind: 'story' },
              ],
              unopenable: ['notes.txt'],
            },
          }),
        });
      });
      await page.goto(host.url);
      await expect(page.getByRole('alert').filter({ hasText: WORDS[lang].notOpened })).toBeVisible();
      await expect(page.getByRole('main').getByText(STORY.headline).first()).toBeVisible();
      expect(asked).toBe(1);
      await page.screenshot({ path: path.join('.tmp/shots', `opened-files-${lang}.png`) });
    } finally {
      await context.close();
      await host.stop();
    }
  });
}

const NEW_NAMES = {
  en: {
    notOpened:
      /Not opened: 外地来稿-00000000\.bstory\. Only stories \(\.bstory, \.story\.json\) and bulletins \(\.bbulletin, \.bulletin\.json\) in the library folder open here/,
  },
  'zh-CN': {
    notOpened:
      /未能打开：外地来稿-00000000\.bstory。这里只能打开稿库文件夹中的稿件文件（\.bstory、\.story\.json）和版面文件（\.bbulletin、\.bulletin\.json）/,
  },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a .bstory double-clicked (the extension Windows and macOS match) opens from the library; one elsewhere is named (${lang})`, async ({
    browser,
    target,
  }) => {
    test.skip(target !== 'browser', 'the Electron project runs the held files in main (electron.spec.ts)');
    const host = await startHost({ lang });
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    const file = `举办社区消防安全开放日-${STORY.id.slice(0, 8)}.bstory`;
    try {
      writeFileSync(path.join(host.library, file), serializeStory(STORY));
      const page = await context.newPage();
      await page.route('**/api/call/app.takeOpenedFiles', (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            ok: true,
            value: {
              files: [
                { path: path.join(path.dirname(host.library), 'elsewhere', '外地来稿-00000000.bstory'), kind: 'story' },
                { path: path.join(host.library, file), kind: 'story' },
              ],
              unopenable: [],
            },
          }),
        }),
      );
      await page.goto(host.url);
      await expect(page.getByRole('alert').filter({ hasText: NEW_NAMES[lang].notOpened })).toBeVisible();
      await expect(page.getByRole('main').getByText(STORY.headline).first()).toBeVisible();
      await page.screenshot({ path: path.join('.tmp/shots', `opened-bstory-${lang}.png`) });
    } finally {
      await context.close();
      await host.stop();
    }
  });
}
