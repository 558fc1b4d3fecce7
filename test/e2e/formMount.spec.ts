// The story form mounts its later fields after its first paint: what is typed at once is kept, and a focus asked for early lands.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newStory, serializeStory } from '../../shared/index';
import { expect, startHost, test } from './fixtures';

const WORDS = {
  en: {
    locale: 'en-US',
    kicker: 'Kicker',
    headline: 'Headline',
    body: 'Body',
    byline: 'Byline',
    characters: (n: number) => `${n} characters`,
  },
  'zh-CN': { locale: 'zh-CN', kicker: '引题', headline: '主题', body: '正文', byline: '署名', characters: (n: number) => `${n} 字` },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  const w = WORDS[lang];

  test(`${lang}: typed at once after New story, the kicker and headline keep every character; the later fields follow`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
    const host = await startHost({ lang });
    const context = await browser.newContext({ locale: w.locale });
    try {
      const page = await context.newPage();
      await page.goto(host.url);
      await page.keyboard.press('Control+n');
      await expect(page.getByRole('textbox', { name: w.kicker, exact: true })).toBeFocused();
      // no wait between the keys: the later fields mount while these are typed
      await page.keyboard.insertText('夏粮收购');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText('三项举措护航夏粮收购');
      await expect(page.getByRole('textbox', { name: w.kicker, exact: true })).toHaveText('夏粮收购');
      await expect(page.getByRole('textbox', { name: w.headline, exact: true })).toHaveText('三项举措护航夏粮收购');
      await expect(page.getByRole('textbox', { name: w.headline, exact: true })).toBeFocused();
      for (const name of [w.byline, w.body]) await expect(page.getByRole('textbox', { name, exact: true })).toBeEditable();
    } finally {
      await context.close();
      await host.stop();
    }
  });

  test(`${lang}: a story opened shows its body at once, and a click on the Body caption right away puts the cursor there`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
    const host = await startHost({ lang });
    const body = [
      { type: 'paragraph' as const, text: '本报讯 县粮食局召开夏粮收购工作推进会。' },
      { type: 'paragraph' as const, text: '各收购网点开辟绿色通道。' },
    ];
    const story = newStory({ headline: '夏粮收购推进会', body }, { id: 'e2e-form-mount' });
    writeFileSync(path.join(host.library, 'mount-e2e-form-mount.story.json'), serializeStory(story));
    const context = await browser.newContext({ locale: w.locale });
    try {
      const page = await context.newPage();
      await page.goto(host.url);
      await page.getByText(story.headline).first().click();
      await page.locator('[data-field="body"] .field-caption').click();
      const field = page.getByRole('textbox', { name: w.body, exact: true });
      await expect(field).toBeFocused();
      await expect(field).toContainText('各收购网点开辟绿色通道。');
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText('确保颗粒归仓。');
      await expect(field).toContainText('各收购网点开辟绿色通道。确保颗粒归仓。');
      const count = body.reduce((n, b) => n + b.text.replace(/\s/g, '').length, 0) + '确保颗粒归仓。'.length;
      await expect(page.locator('[data-field="body"] .field-count')).toHaveText(w.characters(count));
    } finally {
      await context.close();
      await host.stop();
    }
  });
}
