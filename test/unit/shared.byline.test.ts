// Reading a byline as the paper writes it, and writing one back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditKind, formatByline, isByline, isName, isRole, readByline, USUAL_ROLES, type BylineReading } from '../../shared/index';
import { by } from './helpers';

describe('readByline: bylines', () => {
  it.each([
    ['记者 韦书言 通讯员 樊小禾', [by('记者', ['韦书言']), by('通讯员', ['樊小禾'])]],
    ['记者杜望舒', [by('记者', ['杜望舒'])]],
    ['记者 杜望舒、艾青禾', [by('记者', ['杜望舒', '艾青禾'])]],
    ['记者杜望舒、艾青禾', [by('记者', ['杜望舒', '艾青禾'])]],
    ['记者 杜望舒 艾青禾', [by('记者', ['杜望舒', '艾青禾'])]],
    ['记者 杜望舒\u3000艾青禾', [by('记者', ['杜望舒', '艾青禾'])]],
    ['记者\u3000杜望舒\u3000通讯员\u3000樊小禾', [by('记者', ['杜望舒']), by('通讯员', ['樊小禾'])]],
    ['本报记者 杜望舒', [by('本报记者', ['杜望舒'])]],
    ['晚报记者 杜望舒', [by('晚报记者', ['杜望舒'])]],
    ['见习记者 杜望舒', [by('见习记者', ['杜望舒'])]],
    ['实习生 卜一凡', [by('实习生', ['卜一凡'])]],
    ['摄影 樊小禾', [by('摄影', ['樊小禾'])]],
    [
      '本报记者 杜望舒 实习生 卜一凡 见习记者 司马青云',
      [by('本报记者', ['杜望舒']), by('实习生', ['卜一凡']), by('见习记者', ['司马青云'])],
    ],
    ['记者 杜望舒 文/图', [by('记者', ['杜望舒'], '文/图')]],
    ['记者 杜望舒 文图', [by('记者', ['杜望舒'], '文图')]],
    ['记者 杜望舒 通讯员 樊小禾 文/图', [by('记者', ['杜望舒']), by('通讯员', ['樊小禾'], '文/图')]],
    ['记者 杜望舒 文/图 通讯员 樊小禾', [by('记者', ['杜望舒'], '文/图'), by('通讯员', ['樊小禾'])]],
    ['记者 樊小禾 摄', [by('记者', ['樊小禾'], '摄')]],
    ['记者杜望舒文/图', [by('记者', ['杜望舒'], '文/图')]],
    ['记者 杜望舒 实习生 卜一凡 通讯员 樊小禾', [by('记者', ['杜望舒']), by('实习生', ['卜一凡']), by('通讯员', ['樊小禾'])]],
    ['记者 欧阳晓', [by('记者', ['欧阳晓'])]],
    ['记者 阿依·木拉提', [by('记者', ['阿依·木拉提'])]],
  ])('%s', (text, contributors) => {
    const reading = readByline(text);
    expect(reading.contributors).toEqual(contributors);
    expect(reading.unread).toEqual([]);
    expect(isByline(reading)).toBe(true);
  });

  it('takes away a leading □ and says so', () => {
    const r = readByline('□记者 杜望舒');
    expect(r.contributors).toEqual([by('记者', ['杜望舒'])]);
    expect(isByline(r)).toBe(true);
    expect(r.removed).toBe('□');
  });

  it.each([['（记者 杜望舒）'], ['(记者 杜望舒)'], ['（ 记者 杜望舒 ）'], ['（记者杜望舒）']])('takes away the brackets of %s', (text) => {
    const r = readByline(text);
    expect(r.contributors).toEqual([by('记者', ['杜望舒'])]);
    expect(isByline(r)).toBe(true);
    expect(r.removed.split('').sort()).toEqual([text.trim()[0], text.trim().at(-1)].sort());
  });

  it('keeps 、 between names as a removed mark, not as a name', () => {
    const r = readByline('记者 杜望舒、艾青禾');
    expect(r.removed).toBe('、');
  });

  it('takes a colon after the role away: 记者：杜望舒', () => {
    const r = readByline('记者：杜望舒');
    expect(r.contributors).toEqual([by('记者', ['杜望舒'])]);
    expect(isByline(r)).toBe(true);
  });
});

describe('readByline: lines that are not bylines', () => {
  it.each([
    ['记者手记'],
    ['记者观察'],
    ['记者手记：一座老桥的新生'],
    ['记者调查'],
    ['记者探营'],
    ['记者回访'],
    ['记者节'],
    ['开设农资直供专柜'],
    ['组建技术服务小分队'],
    ['青苔镇'],
    ['记者'],
    ['通讯员'],
    ['记者了解到，今年全镇新增共享农具站三处。'],
    ['本报讯 4月9日上午，青苔镇共享农具站正式开放。'],
    ['当天，记者 杜望舒 来到现场'],
    [''],
  ])('%j is not a byline', (text) => {
    expect(isByline(readByline(text))).toBe(false);
  });

  it('keeps what it cannot read, never drops it', () => {
    const r = readByline('记者 杜望舒 在现场看到的情景');
    expect(isByline(r)).toBe(false);
    expect(r.unread).toContain('在现场看到的情景');
  });
});

/** Every character a reading kept, white space left out, counted: roles, names, credits, unread pieces, removed marks. */
function counted(texts: readonly string[]): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const t of texts) for (const ch of t) if (!/[\s\u3000]/u.test(ch)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
const keptBy = (r: BylineReading) => [...r.contributors.flatMap((c) => [c.role, ...c.names, c.credit]), ...r.unread, r.removed];

describe('readByline: credits glued to a role, or written twice', () => {
  it.each([
    // the reliability fuzz's find: 实习生 was read as a name and the first 文/图 written over
    ['记者 李明 文/图 实习生文/图 李明明', [by('记者', ['李明'], '文/图'), by('实习生', ['李明明'], '文/图')]],
    ['实习生文/图 李明明', [by('实习生', ['李明明'], '文/图')]],
    ['实习生文/图李明明', [by('实习生', ['李明明'], '文/图')]],
    ['通讯员图/文 樊小禾', [by('通讯员', ['樊小禾'], '图/文')]],
    ['记者 文/图 李明', [by('记者', ['李明'], '文/图')]],
    ['记者 李明 文/图 文/图', [by('记者', ['李明'], '文/图 文/图')]],
    ['文/图 记者李明文/图', [by('记者', ['李明'], '文/图 文/图')]],
    ['文/图 文/图 记者 李明', [by('记者', ['李明'], '文/图 文/图')]],
    ['记者 李明 摄 文', [by('记者', ['李明'], '摄 文')]],
  ])('%s keeps every credit', (text, contributors) => {
    const reading = readByline(text);
    expect(reading.contributors).toEqual(contributors);
    expect(isByline(reading)).toBe(true);
    expect(counted(keptBy(reading))).toEqual(counted([text]));
  });

  it('never takes a role word for a name', () => {
    for (const word of ['实习生', '通讯员', '记者', '本报记者', '摄影']) expect(isName(word)).toBe(false);
    const r = readByline('通讯员文/图');
    expect(r.contributors).toEqual([by('通讯员', [], '文/图')]);
    expect(isByline(r)).toBe(false);
  });

  it('keeps credits it cannot place in the order written', () => {
    expect(readByline('文/图 李明 记者 王芳').unread).toEqual(['文/图', '李明']);
    expect(readByline('文/图 图/文').unread).toEqual(['文/图', '图/文']);
    expect(readByline('记者 李明 文/图 文/图 在现场看到').unread).toEqual(['在现场看到']);
  });

  it('never drops a character of a line made of byline pieces', () => {
    const PIECES = [
      '记者',
      '本报记者',
      '实习生',
      '通讯员',
      '摄影',
      '李明',
      '李明明',
      '司马青云',
      '文/图',
      '图/文',
      '文／图',
      '文',
      '图',
      '摄',
      '文图',
      '报道',
      '：',
      '、',
      ' ',
      ' ',
      '\u3000',
      '（',
      '）',
      '□',
      '探营',
      '手记',
      '/',
      '文/',
      '图/',
    ];
    const line = fc.oneof(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join('')),
      fc
        .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 8 })
        .map((xs) => xs.join('')),
    );
    fc.assert(
      fc.property(line, (text) => {
        expect(counted(keptBy(readByline(text)))).toEqual(counted([text]));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatByline', () => {
  it('writes role and names with one half-width space, in order', () => {
    expect(formatByline([by('记者', ['杜望舒']), by('通讯员', ['樊小禾'])])).toBe('记者 杜望舒 通讯员 樊小禾');
  });

  it('writes several names, and a credit after them', () => {
    expect(formatByline([by('记者', ['杜望舒', '艾青禾'], '文/图')])).toBe('记者 杜望舒 艾青禾 文/图');
    expect(formatByline([by('记者', ['杜望舒', '艾青禾'])], { nameSeparator: '\u3000' })).toBe('记者 杜望舒\u3000艾青禾');
  });

  it('maps role words', () => {
    expect(formatByline([by('记者', ['杜望舒']), by('实习生', ['卜一凡'])], { roleWords: { 记者: '本报记者' } })).toBe(
      '本报记者 杜望舒 实习生 卜一凡',
    );
  });

  it('leaves out empty contributors and empty names, and writes a roleless name alone', () => {
    expect(formatByline([by('', []), by('记者', ['杜望舒', ' ']), by('', ['樊小禾'])])).toBe('记者 杜望舒 樊小禾');
    expect(formatByline([])).toBe('');
  });

  it('reads back what it writes', () => {
    const contributors = [by('本报记者', ['杜望舒', '艾青禾']), by('实习生', ['卜一凡'], '文/图'), by('摄影', ['樊小禾'])];
    expect(readByline(formatByline(contributors)).contributors).toEqual(contributors);
  });
});

describe('the usual roles (Settings)', () => {
  it('are role words the byline reading knows, each read back with the name after it', () => {
    for (const role of USUAL_ROLES) {
      expect(isRole(role), role).toBe(true);
      expect(readByline(formatByline([by(role, ['张明'])])).contributors, role).toEqual([by(role, ['张明'])]);
    }
    expect(isRole('张明')).toBe(false);
  });
});

describe('readByline: credits as the paper writes them', () => {
  it.each([
    ['记者 张明 文图', [by('记者', ['张明'], '文图')], 'wordsAndPhotos'],
    ['记者 张明文图', [by('记者', ['张明'], '文图')], 'wordsAndPhotos'],
    ['文图 记者 张明', [by('记者', ['张明'], '文图')], 'wordsAndPhotos'],
    ['记者 张明 摄影', [by('记者', ['张明'], '摄影')], 'photo'],
    ['摄影 记者 张明', [by('记者', ['张明'], '摄影')], 'photo'],
    ['图 记者 张明', [by('记者', ['张明'], '图')], 'photo'],
    ['记者 张明 图', [by('记者', ['张明'], '图')], 'photo'],
  ] as const)('%s', (text, contributors, kind) => {
    const reading = readByline(text);
    expect(reading.contributors).toEqual(contributors);
    expect(reading.unread).toEqual([]);
    expect(creditKind(reading.contributors[0]?.credit ?? '')).toBe(kind);
  });

  it('keeps 摄影 a role when a name follows it, and a name ending in 文图 without a surname a name', () => {
    expect(readByline('记者 张明 摄影 李华').contributors).toEqual([by('记者', ['张明']), by('摄影', ['李华'])]);
    expect(readByline('记者 李文图').contributors).toEqual([by('记者', ['李文图'])]);
  });

  it('names what a credit says', () => {
    expect(['文/图', '图文', '文／图', '摄', '文', '报道'].map(creditKind)).toEqual([
      'wordsAndPhotos',
      'wordsAndPhotos',
      'wordsAndPhotos',
      'photo',
      'words',
      null,
    ]);
  });
});
