// Every area's message catalog in both languages, by one table: the same texts, placeholders and plural forms, nothing empty or left in English, no key in two areas, the paper's words.
import { describe, expect, it } from 'vitest';
import { snapshotSchema, type Language } from '../../shared/api';
import { checkStory, checkText, type Finding } from '../../shared/copyDesk';
import { houseStyleSchema } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';
import { AREA_CATALOGS, PLURAL_FORMS } from '../../renderer/src/i18n/catalogs';
import { counted, formatNumber, pluralKey, pluralOf, translator, type MessageKey, type PluralKey } from '../../renderer/src/i18n/translate';
import { messageKey } from '../../renderer/src/editor/copyMessages';

const LANGUAGES = ['en', 'zh-CN'] as const satisfies readonly Language[];
const AREAS = Object.entries(AREA_CATALOGS) as Array<[string, Record<Language, Record<string, string>>]>;
/** Keys whose texts differ in placeholders on purpose: English shows the importer's own message, Chinese words it from the decision. */
const OWN_PLACEHOLDERS = /^importReview\.decision\./;
/** Latin words a Chinese text may hold: names of things, keys and formats, never English left untranslated. */
const NAMES_IN_CHINESE = new Set([
  'Ctrl',
  'Alt',
  'Esc',
  'Tab',
  'MB',
  'UTF',
  'BOM',
  'GB',
  'GBK',
  'LF',
  'CRLF',
  'Linux',
  'macOS',
  'Windows',
  'txt',
  'PDF',
  // Word files: the programs that write them and their formats' names (.docx, .doc, .wps)
  'Word',
  'WPS',
  'docx',
  'doc',
  'wps',
  // the files of an export with photos
  'captions',
  'jpg',
  'zip',
  // photos: the formats the paper takes, and a camera's raw file
  'JPEG',
  'PNG',
  'WebP',
  'RAW',
  'trash',
  'history',
  'unreadable',
  'Syncthing',
  'Nextcloud',
  'Dropbox',
  // Settings: a language named in its own words, and the command-line options that fix a setting for a session
  'English',
  'lang',
  'drafts',
  // sending to the desk: the mail protocols, the header a mail is known by, the command that runs the app in a browser,
  // and the example addresses and folder a field's help shows (smtp.erqi.example, desk@erqi.example, /mnt/desk-inbox)
  'SMTP',
  'TLS',
  'STARTTLS',
  'Message',
  'ID',
  'bulletin',
  'serve',
  'smtp',
  'erqi',
  'example',
  'zhangming',
  'desk',
  'mnt',
  'inbox',
]);

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
/** A counted text's key without its form (`bulletin.list.stories_one` → `bulletin.list.stories`), or undefined. */
const pluralBase = (key: string) => /^(.*)_(zero|one|two|few|many|other)$/.exec(key)?.[1];

describe.each(AREAS)('%s', (_area, catalog) => {
  it('holds the same texts in both languages, each counted text in exactly the plural forms of its language', () => {
    for (const language of LANGUAGES) {
      const forms = Object.keys(catalog[language]).flatMap((k) => (pluralBase(k) ? [k.slice(k.lastIndexOf('_') + 1)] : []));
      expect(
        forms.filter((f) => !(PLURAL_FORMS[language] as readonly string[]).includes(f)),
        language,
      ).toEqual([]);
      for (const key of Object.keys(catalog[language])) {
        const base = pluralBase(key);
        if (base)
          for (const form of PLURAL_FORMS[language]) expect(catalog[language], `${language} ${base}`).toHaveProperty([`${base}_${form}`]);
      }
    }
    const shared = (language: Language) =>
      Object.keys(catalog[language])
        .filter((k) => !pluralBase(k) || k.endsWith('_other'))
        .sort();
    expect(shared('zh-CN')).toEqual(shared('en'));
  });

  it('has no empty text', () => {
    for (const language of LANGUAGES)
      for (const [key, text] of Object.entries(catalog[language])) expect(text.trim(), `${language} ${key}`).not.toBe('');
  });

  it('has the same placeholders in both languages (a plural form may leave {count} out, never add one)', () => {
    for (const [key, text] of Object.entries(catalog.en)) {
      if (OWN_PLACEHOLDERS.test(key)) continue;
      const base = pluralBase(key);
      if (!base) expect(placeholders(catalog['zh-CN'][key] as string), key).toEqual(placeholders(text));
      else if (key.endsWith('_other')) expect(placeholders(catalog['zh-CN'][key] as string), key).toEqual(placeholders(text));
      else
        expect(
          placeholders(text).filter((p) => !placeholders(catalog.en[`${base}_other`] as string).includes(p)),
          key,
        ).toEqual([]);
    }
  });

  it('says everything in Chinese: Latin words only where they are names (UTF-8, PDF, Ctrl, Syncthing)', () => {
    for (const [key, text] of Object.entries(catalog['zh-CN'])) {
      // a file extension said alone (.bstory, .story.json) is a name
      const words =
        text
          .replace(/\{\w+\}/g, '')
          .replace(/(^|[^A-Za-z])\.[a-z]+(?:\.[a-z]+)?/g, '$1')
          .match(/[A-Za-z]{2,}/g) ?? [];
      expect(
        words.filter((w) => !NAMES_IN_CHINESE.has(w)),
        key,
      ).toEqual([]);
    }
  });
});

describe('the message catalogs', () => {
  it('never define one key in two areas, in either language', () => {
    for (const language of LANGUAGES) {
      const owner = new Map<string, string>();
      const twice: string[] = [];
      for (const [area, catalog] of AREAS) {
        for (const key of Object.keys(catalog[language])) {
          const first = owner.get(key);
          if (first) twice.push(`${key} (${first}, ${area})`);
          else owner.set(key, area);
        }
      }
      expect(twice, language).toEqual([]);
    }
  });

  it('give each language the plural forms its Intl.PluralRules chooses among', () => {
    for (const language of LANGUAGES)
      expect([...PLURAL_FORMS[language]].sort(), language).toEqual(
        [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort(),
      );
  });

  it('choose the plural form and write the number as Intl does, without Intl for whole numbers', () => {
    const numbers = [...Array.from({ length: 2100 }, (_, i) => i - 50), 12_345, 1_000_000, -1000, 0.5, 1.5, 2.25];
    for (const language of LANGUAGES) {
      const rules = new Intl.PluralRules(language);
      const format = new Intl.NumberFormat(language);
      for (const n of numbers) {
        expect(pluralOf(language, n), `${language} ${n}`).toBe(rules.select(n));
        expect(formatNumber(n, language), `${language} ${n}`).toBe(format.format(n));
      }
    }
  });
});

/** The words the paper and the end-to-end tests use: [language, key, values, text]. */
const WORDS: Array<[Language, MessageKey, Record<string, string | number>, string]> = [
  ['en', 'photos.caption', { n: 1 }, 'Photo caption 1'],
  ['zh-CN', 'photos.caption', { n: 1 }, '图片说明 1'],
  ['zh-CN', 'photos.credit', { n: 2 }, '图片署名 2'],
  ['en', 'copyDesk.where.caption', { n: 1 }, 'Photo caption 1'],
  ['zh-CN', 'copyDesk.where.caption', { n: 1 }, '图片说明 1'],
  ['zh-CN', 'photos.moved', { caption: '社区义诊现场。', position: 2, total: 2 }, '“社区义诊现场。”现在是第 2 张（共 2 张）。'],
  ['en', 'field.kicker', {}, 'Kicker'],
  ['en', 'package.open', {}, 'Export page with photos…'],
  ['zh-CN', 'package.open', {}, '导出整版（含图片）…'],
  ['en', 'package.asFolder', {}, 'A folder'],
  ['zh-CN', 'package.asFolder', {}, '一个文件夹'],
  ['en', 'field.headline', {}, 'Headline'],
  ['en', 'field.subheadline', {}, 'Subheadline'],
  ['en', 'field.dateline', {}, 'Dateline'],
  ['en', 'field.byline', {}, 'Byline'],
  ['en', 'field.body', {}, 'Body'],
  ['en', 'field.notes', {}, 'Notes'],
  ['zh-CN', 'field.kicker', {}, '引题'],
  ['zh-CN', 'field.headline', {}, '主题'],
  ['zh-CN', 'field.subheadline', {}, '副题'],
  ['zh-CN', 'field.dateline', {}, '电头'],
  ['zh-CN', 'field.byline', {}, '署名'],
  ['zh-CN', 'field.body', {}, '正文'],
  ['zh-CN', 'field.notes', {}, '备注'],
  ['en', 'library.search', {}, 'Search'],
  ['zh-CN', 'library.search', {}, '搜索'],
  ['en', 'status.saving', {}, 'Saving…'],
  ['zh-CN', 'status.saving', {}, '正在保存…'],
  ['en', 'preview.title', {}, 'Preview'],
  ['zh-CN', 'preview.title', {}, '预览'],
  ['zh-CN', 'history.reason.export', {}, '导出时'],
  ['zh-CN', 'history.restore', {}, '恢复此版本'],
  ['zh-CN', 'importReview.title', {}, '导入版面'],
  ['zh-CN', 'importReview.source', {}, '原文'],
  ['zh-CN', 'importReview.stories', {}, '稿件'],
  ['zh-CN', 'importReview.swap', {}, '交换引题与副题'],
  ['zh-CN', 'importReview.moveChoose', {}, '移到…'],
  ['zh-CN', 'importReview.split', {}, '拆分'],
  ['zh-CN', 'importReview.bylineReading', {}, '署名读法'],
  ['zh-CN', 'importReview.withBulletin', {}, '同时按版面顺序建立版面'],
  ['zh-CN', 'importReview.merge', {}, '合并下一篇'],
  ['zh-CN', 'importReview.readAs', { reading: '引题＋主题' }, '改读为“引题＋主题”'],
  ['zh-CN', 'importReview.reading.kickerHeadline', {}, '引题＋主题'],
  ['zh-CN', 'importReview.reading.headlineSubheadline', {}, '主题＋副题'],
  ['en', 'importReview.readAs', { reading: 'kicker + headline' }, 'Read as kicker + headline instead'],
  ['en', 'importReview.reading.kickerHeadline', {}, 'kicker + headline'],
  ['en', 'importReview.reading.headlineSubheadline', {}, 'headline + subheadline'],
  ['zh-CN', 'proof.proof', {}, '校样'],
  ['zh-CN', 'proof.print', {}, '打印…'],
  ['zh-CN', 'proof.savePdf', {}, '存为PDF…'],
  ['zh-CN', 'proof.back', {}, '返回'],
  ['zh-CN', 'proof.position', { n: 2 }, '第2篇'],
  ['zh-CN', 'houseStyles.title', {}, '版式'],
  ['zh-CN', 'houseStyles.new', {}, '新建'],
  ['zh-CN', 'houseStyles.duplicate', {}, '复制'],
  ['zh-CN', 'houseStyles.rename', {}, '重命名'],
  ['zh-CN', 'houseStyles.delete', {}, '删除'],
  ['zh-CN', 'houseStyles.useAsDefault', {}, '设为默认'],
  ['zh-CN', 'houseStyles.preview', {}, '预览'],
  ['zh-CN', 'houseStyles.field.paragraphIndent', {}, '段首缩进'],
  ['zh-CN', 'conflicts.title', {}, '同步冲突'],
  ['en', 'copyDesk.where.lead', {}, 'Lead'],
  ['en', 'copyDesk.where.paragraph', { n: 3 }, 'Paragraph 3'],
  ['en', 'copyDesk.where.subheading', { n: 1 }, 'Subheading 1'],
  ['zh-CN', 'copyDesk.where.lead', {}, '导语'],
  ['zh-CN', 'copyDesk.where.paragraph', { n: 3 }, '第3段'],
  ['zh-CN', 'copyDesk.where.subheading', { n: 1 }, '小标题1'],
  ['zh-CN', 'copyDesk.moveLead', {}, '移入电头栏和署名栏'],
  ['zh-CN', 'editor.byline.credit.wordsAndPhotos', {}, '文字和图片'],
  ['zh-CN', 'editor.lead.moved', { dateline: '本报讯', byline: '记者 张明' }, '已把导语开头的“本报讯”移入电头栏，“记者 张明”移入署名栏。'],
  ['en', 'editor.paste.split', {}, 'Split into fields'],
  ['zh-CN', 'editor.paste.split', {}, '拆分到各栏'],
  ['zh-CN', 'editor.paste.undone', {}, '已撤销拆分，各栏恢复原样。'],
];

/** Counted texts: [language, key, count, values, text]; those the end-to-end tests look for among them. */
const COUNTED: Array<[Language, PluralKey, number, Record<string, string | number>, string]> = [
  ['en', 'photos.added', 1, { n: 1 }, '1 photo added.'],
  ['en', 'photos.added', 2, { n: 2 }, '2 photos added.'],
  ['zh-CN', 'photos.added', 2, { n: 2 }, '已添加 2 张照片。'],
  ['en', 'photos.count.captions', 17, { n: 17 }, 'Captions: 17 characters'],
  ['zh-CN', 'photos.count.captions', 17, { n: 17 }, '图片说明 17 字'],
  ['zh-CN', 'editor.paste.several', 3, {}, '这段文字像是 3 篇稿件，请用导入功能。'],
  ['en', 'package.downloaded', 3, { name: 'p.zip' }, 'Downloaded p.zip: the page and 3 photos.'],
  ['zh-CN', 'package.written', 3, { path: '/d/p' }, '已写入 /d/p：版面文字和 3 张图片。'],
  ['en', 'editor.paste.several', 2, {}, 'This text reads as 2 stories: bring them in with Import page.'],
  ['en', 'editor.paste.done', 1, {}, 'Split into the fields; the body has 1 paragraph.'],
  ['en', 'importReview.write', 1, {}, 'Write 1 draft'],
  ['en', 'importReview.write', 3, {}, 'Write 3 drafts'],
  ['zh-CN', 'importReview.write', 1, {}, '写入1篇稿件'],
  ['zh-CN', 'importReview.write', 3, {}, '写入3篇稿件'],
  [
    'en',
    'importReview.summary',
    3,
    { name: 'page-3.txt', encoding: 'UTF-8' },
    '“page-3.txt”, UTF-8: 3 stories found. Nothing is written until you confirm.',
  ],
  ['en', 'importReview.summary', 1, { name: 'p', encoding: 'UTF-8' }, '“p”, UTF-8: 1 story found. Nothing is written until you confirm.'],
  [
    'zh-CN',
    'importReview.bigPage',
    1312,
    { name: '大版面.txt', size: '1.9' },
    '本页共找到 1,312 篇稿件（“大版面.txt”，1.9 MB）。审阅时先显示前面几篇，其余随滚动显示；确认之前不会写入任何文件。',
  ],
  ['en', 'importReview.fullWidthDone', 1, {}, '1 half-width mark made full width. Undo takes it back.'],
  ['zh-CN', 'importReview.fullWidthDone', 11, {}, '已将 11 处半角标点改为全角，可撤销。'],
  ['en', 'bulletin.missingCount', 1, {}, 'One story of the page is missing from the library: remove it to export.'],
  ['en', 'bulletin.missingCount', 2, {}, '2 stories of the page are missing from the library: remove them to export.'],
  ['en', 'bulletin.list.stories', 0, {}, '0 stories'],
  ['en', 'bulletin.list.stories', 1, {}, '1 story'],
  ['zh-CN', 'bulletin.list.stories', 1, {}, '1 篇'],
  ['en', 'bulletin.total', 1234, {}, 'Total: 1,234 characters'],
  ['zh-CN', 'bulletin.total', 1234, {}, '字数合计：1,234 字'],
  [
    'en',
    'houseStyles.status.renamedBulletins',
    1,
    { name: 'Night paper' },
    'Renamed “Night paper”; the bulletin that uses it now names it so.',
  ],
  [
    'en',
    'houseStyles.status.renamedBulletins',
    2,
    { name: 'Night paper' },
    'Renamed “Night paper”; the 2 bulletins that use it now name it so.',
  ],
  ['en', 'proof.storyCount', 1, {}, '1 story'],
  ['zh-CN', 'proof.storyCount', 3, {}, '共3篇'],
  ['en', 'editor.count.words', 1, { n: 1 }, '1 character'],
  ['en', 'editor.count.words', 2500, { n: 2500 }, '2500 characters'],
  ['zh-CN', 'editor.count.words', 39, { n: 39 }, '39 字'],
];

describe('the words of the interface', () => {
  it.each(WORDS)('%s %s', (language, key, values, text) => {
    expect(translator(language)(key, values)).toBe(text);
  });

  it.each(COUNTED)('%s %s for %d', (language, base, count, values, text) => {
    expect(counted(translator(language), language, base, count, values)).toBe(text);
  });

  it('chooses each counted text’s form by the language’s plural rules: English one and other, Chinese other alone', () => {
    expect([0, 1, 2, 21].map((n) => pluralKey('en', 'bulletin.list.stories', n))).toEqual([
      'bulletin.list.stories_other',
      'bulletin.list.stories_one',
      'bulletin.list.stories_other',
      'bulletin.list.stories_other',
    ]);
    expect([0, 1, 2].map((n) => pluralKey('zh-CN', 'bulletin.list.stories', n))).toEqual(Array(3).fill('bulletin.list.stories_other'));
  });

  it('puts the story’s counts together as before: 字数 and the characters without spaces', () => {
    const story = (language: Language, words: number, chars: number) => {
      const t = translator(language);
      return t('editor.count.story', {
        words: counted(t, language, 'editor.count.words', words, { n: words }),
        withoutSpaces: counted(t, language, 'editor.count.withoutSpaces', chars, { n: chars }),
      });
    };
    expect(story('zh-CN', 39, 44)).toBe('全文 39 字 · 不计空格 44 字符');
    expect(story('en', 39, 44)).toBe('Story: 39 characters (字数, as Word counts) · 44 characters without spaces');
    expect(story('en', 1, 1)).toBe('Story: 1 character (字数, as Word counts) · 1 character without spaces');
  });

  it('says every reason a snapshot is taken for, in both languages', () => {
    for (const reason of snapshotSchema.shape.reason.options)
      for (const language of LANGUAGES)
        expect(translator(language)(`history.reason.${reason}`), `${language} ${reason}`).not.toBe(`history.reason.${reason}`);
  });
});

const tight = houseStyleSchema.parse({ name: 'tight', headlineTarget: 4, storyTarget: 10, characterSet: 'gbk' });

/** Findings of every copy-desk rule and every kind of problem. */
function everyKind(): Finding[] {
  const stories = [
    newStory({
      headline: '举办 开放日　活动',
      dateline: ' 本报讯：',
      body: [{ type: 'paragraph', text: '本报讯 活动,举行。。“你好《书”》）（，。１２加强 巡查' }],
      byline: [],
    }),
    newStory({
      headline: '活动',
      dateline: '5月8日上午',
      body: [{ type: 'paragraph', text: '活动举行。' }],
      byline: [{ role: '记者', names: [], credit: '' }],
    }),
    newStory({
      headline: '活动',
      // an emoji and a character outside GBK, which the style's typesetting system cannot take
      body: [{ type: 'paragraph', text: '活动举行👍，𠀀。' }],
      byline: [
        { role: '记者', names: ['李明'], credit: '' },
        { role: '', names: ['Tom123'], credit: '' },
      ],
    }),
    // GB/T 15835 numbers (wt-numbers): every number check, dates and counts written both ways
    newStory({
      headline: '活动',
      body: [
        { type: 'paragraph', text: '6月21日，3千5百人参加，分成3、4个小组，26年6月起增长20～30%，设3个展区。' },
        { type: 'paragraph', text: '六月二十二日，另设五个展区。' },
      ],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    }),
    // GB/T 15834—2011 punctuation (wt-punct): each form check once
    newStory({
      headline: '活动',
      body: [{ type: 'paragraph', text: '他说…来了--约翰・史密斯带来三、四个人，5-8月《关于《条例》的说明》………' }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    }),
  ];
  return [...stories.flatMap((s) => checkStory(s, tight)), ...checkText('本报讯5月8日，活动举行。\n', tight), ...wordKinds()];
}

/** Findings of the word checks and the desk's layout mistakes (issue 18, words), every kind of problem. */
function wordKinds(): Finding[] {
  const style = houseStyleSchema.parse({
    name: '南湖日报',
    wordPairs: { 二七区政府: '二七区人民政府' },
    neverUse: { 最高级: '广告法禁用', 老赖: '' },
  });
  const story = newStory({
    headline: '二七区政府再接再励',
    body: [
      { type: 'paragraph', text: '他跑的很快，最高级的老赖。' },
      { type: 'paragraph', text: '本报讯 5月9日，又一场活动举行，本报讯。' },
      { type: 'paragraph', text: '活动结束。记者 李明' },
    ],
    byline: [{ role: '记者', names: ['李明'], credit: '' }],
  });
  const whole = newStory({ body: [{ type: 'paragraph', text: '记者 李明' }], byline: [{ role: '记者', names: ['李明'], credit: '' }] });
  return [...checkStory(story, style), ...checkStory(whole, style)];
}

describe('the copy desk’s catalog', () => {
  it('tells every kind of finding in both languages, every {value} filled from the finding', () => {
    const findings = everyKind();
    const kinds = new Set(findings.map((f) => messageKey(f)));
    // every rule, and the kinds of problem of the rules that have several
    expect(Object.keys(AREA_CATALOGS.copyDeskMessages.en).filter((k) => k.startsWith('copyDesk.rule.') && !kinds.has(k as never))).toEqual(
      [],
    );
    for (const f of findings) {
      for (const catalog of Object.values(AREA_CATALOGS.copyDeskMessages)) {
        const text = (catalog as Record<string, string>)[messageKey(f)];
        expect(text, messageKey(f)).toBeDefined();
        for (const name of placeholders(text as string)) expect(f.params, `${messageKey(f)} needs {${name}}`).toHaveProperty(name);
      }
    }
  });
});
