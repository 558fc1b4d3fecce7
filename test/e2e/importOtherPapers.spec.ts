// Another paper's page through the import review, in Chinese and English: quoted headlines stay titles (no story split), glued roles, a byline told in the lead, a word cut across a blank line, a photo credit line; the story list shows what was written.
import { expect, startHost, test } from './fixtures';
import { card, row } from './importPage';

/** Made-up stories in other papers' layouts (issue 14's cases 1, 2, 4, 5, 6, 8, 9, 12). */
const PAGE = [
  '“小区的事大家商量着办”',
  '',
  '本报讯(全媒体记者王小明 通讯员李红)“这事得听大家的。”近日，花园社区召开居民议事会。',
  '',
  '会上，居民们就加装电梯一事各抒己见。',
  '',
  '花园社区>>',
  '“楼道里的热心人”',
  '清理小广告、维护花坛,他们啥都干',
  '',
  '□记者 赵一',
  '',
  '本报讯“阿姨，这件事交给我们。”走进花园社区，楼道干净整洁。',
  '',
  '东湖村的荒地变菜园',
  '',
  '本报讯 通讯员钱二、孙三报道：近',
  '',
  '日，东湖村的荒地变身共享菜园。',
  '',
  '夜市重开张',
  '',
  '记者 周四',
  '',
  '　　入夜，老街夜市重新开张，摊位前人头攒动。',
  '',
  '周四摄',
  '',
].join('\n');

const WORDS = {
  en: {
    importPage: 'Import page…',
    open: 'Open page…',
    story: 'Story ',
    kicker: 'Kicker',
    headline: 'Headline',
    subheadline: 'Subheadline',
    byline: 'Byline',
    decided: 'What the importer decided',
    told: 'told in the lead (…报道)',
    cut: 'opens with the rest of a word cut in two',
    write: 'Write 4 drafts',
    stories: 'Stories',
  },
  'zh-CN': {
    importPage: '导入版面…',
    open: '打开版面…',
    story: '稿件',
    kicker: '引题',
    headline: '主题',
    subheadline: '副题',
    byline: '署名',
    decided: '导入时的判断',
    told: '署名取自第17行导语开头的“……报道”',
    cut: '第17、19行之间断在一个词的中间，合为一段',
    write: '写入4篇稿件',
    stories: '稿件列表',
  },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test(`(${lang}) another paper's page: four stories, each field where the reporter expects it`, async ({ browser, target }) => {
    test.skip(target === 'electron', 'starts its own host in the language tested');
    const w = WORDS[lang];
    const host = await startHost({ lang });
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', viewport: { width: 1280, height: 1000 } });
    const app = await context.newPage();
    try {
      await app.goto(host.url);
      await app.getByRole('button', { name: w.importPage }).click();
      await app.getByLabel(w.open).setInputFiles({ name: 'page.txt', mimeType: 'text/plain', buffer: Buffer.from(PAGE, 'utf8') });

      // four stories, not five: the quoted headline is a title, not a story of its own
      await expect(card(app, 4, w.story)).toBeVisible();
      await expect(card(app, 5, w.story)).toHaveCount(0);

      const first = card(app, 1, w.story);
      await expect(row(first, w.headline)).toContainText('“小区的事大家商量着办”');
      await expect(row(first, w.byline)).toContainText('全媒体记者 王小明 通讯员 李红');

      const second = card(app, 2, w.story);
      await expect(row(second, w.kicker)).toContainText('花园社区');
      await expect(row(second, w.headline)).toContainText('“楼道里的热心人”');
      await expect(row(second, w.subheadline)).toContainText('清理小广告、维护花坛,他们啥都干');
      await expect(row(second, w.byline)).toContainText('记者 赵一');

      const third = card(app, 3, w.story);
      await expect(row(third, w.byline)).toContainText('通讯员 钱二 孙三');
      const decided = third.getByRole('list', { name: w.decided });
      await expect(decided).toContainText(w.told);
      await expect(decided).toContainText(w.cut);

      const fourth = card(app, 4, w.story);
      await expect(row(fourth, w.headline)).toContainText('夜市重开张');
      await expect(row(fourth, w.byline)).toContainText('记者 周四 摄');

      await app.getByRole('button', { name: w.write }).click();
      const list = app.getByRole('listbox', { name: w.stories });
      for (const headline of ['“小区的事大家商量着办”', '“楼道里的热心人”', '东湖村的荒地变菜园', '夜市重开张'])
        await expect(list.locator('.story-row-headline', { hasText: headline })).toHaveCount(1);
    } finally {
      await context.close();
      await host.stop();
    }
  });
}
