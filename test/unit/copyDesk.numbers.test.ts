// The GB/T 15835 number checks: what each finds and fixes, and what a careful desk editor leaves alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStory, checkText, fixText } from '../../shared/copyDesk';
import { estimateDigits, mixedNumerals, percentRanges, twoDigitYears } from '../../shared/copyDesk/numberRules';
import { numberStyleMixed } from '../../shared/copyDesk/numberStyle';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';

const found = (findings: ReadonlyArray<{ params: Record<string, string | number> }>) => findings.map((f) => f.params.found);
const fixes = (findings: ReadonlyArray<{ fix?: { replacement: string } }>) => findings.map((f) => f.fix?.replacement);

describe('mixed-numerals (GB/T 15835—2011 5.3)', () => {
  it.each([
    ['全县新增就业岗位3千5百个。', '3千5百', '3500'],
    ['活动吸引了1百多名居民。', '1百', '100'],
    ['项目投资4千万元。', '4千', '4000'],
    ['共接待游客3千零5人次。', '3千零5', '3005'],
    ['二0二六年是关键一年。', '二0二六', '二〇二六'],
    ['二O二六年是关键一年。', '二O二六', '二〇二六'],
  ])('%s → %s fixed to %s', (text, what, replacement) => {
    const r = mixedNumerals(text);
    expect(found(r)).toEqual([what]);
    expect(fixes(r)).toEqual([replacement]);
  });

  it.each([
    ['约有3千5人参加。', '3千5'],
    ['全村共有一百08户。', '一百08'],
    ['二02六年', '二02六'],
  ])('%s: %s found, no fix where the value is not certain', (text, what) => {
    const r = mixedNumerals(text);
    expect(found(r)).toEqual([what]);
    expect(fixes(r)).toEqual([undefined]);
  });

  it.each([
    '全县粮食收购量达12.5万吨。',
    '总投资约2.3亿元。',
    '大桥全长1.2千米，重5千克，功率50千瓦。',
    '海平面气压1013百帕。',
    '我国人口为10亿零817万5288人。',
    '二〇二六年是关键一年。',
    '高一2班的同学。',
    '数百5G基站投入使用。',
    '第1百货商店开业。',
    '3百货大楼',
    '2026年6月21日',
    '三千五百人',
  ])('leaves %s alone', (text) => {
    expect(mixedNumerals(text)).toEqual([]);
  });
});

describe('estimate-digits (GB/T 15835—2011 4.2.2, 5.2.1)', () => {
  it.each([
    ['每天工作3、4个小时。', '3、4', '三四'],
    ['需要3、4天。', '3、4', '三四'],
    ['来了1、2个人。', '1、2', '一两'],
    ['走了2、3公里。', '2、3', '两三'],
    ['现场30、40人。', '30、40', '三四十'],
  ])('%s: %s → %s', (text, what, replacement) => {
    const r = estimateDigits(text);
    expect(found(r)).toEqual([what]);
    expect(fixes(r)).toEqual([replacement]);
    expect(r[0]?.rule).toBe('estimate-digits');
  });

  it.each([
    '1、2号楼已封顶。',
    '3、4月份雨水偏多。',
    '第3、4名分别来自东湖街道。',
    '3、4年级的学生参加了活动。',
    '两组分别有3、4个。',
    '评出一等奖3名、二等奖5名。',
    '地铁1、2号线。',
    '第1、3个。',
    '三四个',
    '五、六十人',
  ])('leaves %s alone', (text) => {
    expect(estimateDigits(text)).toEqual([]);
  });
});

describe('two-digit-year (GB/T 15835—2011 5.1.4)', () => {
  it.each([
    ['他26年6月入职。', '26年'],
    ['98年12月，他参军入伍。', '98年'],
    ['’26北京马拉松开跑。', '’26'],
  ])('%s: %s', (text, what) => {
    const r = twoDigitYears(text);
    expect(found(r)).toEqual([what]);
    expect(r[0]?.fix).toBeUndefined();
  });

  it.each([
    '他在基层工作26年。',
    '26年来，他扎根乡村。',
    '他工作了26年6个月。',
    '2026年6月21日',
    '“一老一小”26项服务',
    '‘一老一小’26项服务',
    'the ’90s',
    '下午3:00开始',
    '0571-88886666',
  ])('leaves %s alone', (text) => {
    expect(twoDigitYears(text)).toEqual([]);
  });
});

describe('percent-range (GB/T 15835—2011 5.1.3)', () => {
  it.each([
    ['增长20～30%。', '20～30%', '20%～30%'],
    ['增长20-30%。', '20-30%', '20%～30%'],
    ['增长20~30%。', '20~30%', '20%～30%'],
    ['增长5.5—6%。', '5.5—6%', '5.5%—6%'],
    ['增长10至20%。', '10至20%', '10%至20%'],
    ['增长10～20％。', '10～20％', '10％～20％'],
  ])('%s: %s → %s', (text, what, replacement) => {
    const r = percentRanges(text);
    expect(found(r)).toEqual([what]);
    expect(fixes(r)).toEqual([replacement]);
  });

  it.each(['增长20%～30%。', '热线0571-88886666。', '累计雨量50～80毫米。', '18～35岁', '同比增长6.3%。', 'COVID-19'])(
    'leaves %s alone',
    (text) => {
      expect(percentRanges(text)).toEqual([]);
    },
  );

  it('Fix all on a page makes the range whole, with the half-width tilde or hyphen made ～', () => {
    expect(fixText('预计增长20~30%。\n预计增长20-30%。\n', DEFAULT_HOUSE_STYLE)).toBe('预计增长20%～30%。\n预计增长20%～30%。\n');
  });

  it('is one finding, not two: the range mark of a percentage range is the house style’s, mended with its % sign', () => {
    const found = checkText('预计增长20-30%。', DEFAULT_HOUSE_STYLE);
    expect(found.map((f) => f.rule)).toEqual(['percent-range']);
    const dash = { ...DEFAULT_HOUSE_STYLE, rangeMark: '—' as const };
    expect(checkText('预计增长20~30%。', dash).map((f) => [f.rule, f.fix?.replacement])).toEqual([['percent-range', '20%—30%']]);
    // a range already joined with a mark the standard gives keeps it
    expect(fixText('预计增长20～30%。', dash)).toBe('预计增长20%～30%。');
  });
});

describe('number-style-mixed (GB/T 15835—2011 4.3)', () => {
  it('finds a date in Chinese numerals in a story that writes dates in Arabic digits', () => {
    const r = numberStyleMixed(['6月21日上午，活动开幕。', '六月二十二日，活动闭幕。']);
    expect(r[0]).toEqual([]);
    expect(found(r[1] ?? [])).toEqual(['六月二十二日']);
    expect(r[1]?.[0]?.params).toMatchObject({ other: '6月21日', kind: 'date' });
  });

  it('the form used more often is the story’s: the fewer are the findings', () => {
    const r = numberStyleMixed(['新建了三个居委会。', '共设立29个社区，其中水集19个，望城2个。']);
    expect(found(r[0] ?? [])).toEqual(['三个']);
    expect(r[0]?.[0]?.params.other).toBe('29个');
    expect(r[1]).toEqual([]);
  });

  it('finds counts of one measure word written both ways', () => {
    const r = numberStyleMixed(['现场设置3个展区。', '另有五个体验区。']);
    expect(found(r[1] ?? [])).toEqual(['五个']);
    expect(r[1]?.[0]?.params.kind).toBe('count');
  });

  it.each([
    [['现场设置4个互动区域。', '会议明确了三项重点举措。']],
    [['一律免费，大家一起参加。', '居民三三两两地走来，第一个到场。'], ['全县共有3个街道。']],
    [['他在一线工作，十分辛苦。', '一些居民说，3个月来变化很大。']],
    [['“四个意识”要牢记。', '共有5个小组。']],
    [['三番五次上门服务。', '走访了12次。']],
    [['农历八月十五日是中秋节。', '9月17日晚，社区举办晚会。']],
    [['他一个人来了，两个孩子在家。', '共有3个小组。']],
    [['数十个村庄受益。', '共有3个村。']],
    [['第三个环节开始了。', '共有3个环节。']],
  ])('leaves idioms, quoted phrases, lunar dates and other measure words alone: %j', (...texts) => {
    const all = (texts as string[][]).flat();
    expect(numberStyleMixed(all).flat()).toEqual([]);
  });

  it('runs over a story’s body and captions, not its headline', () => {
    const story = newStory({
      headline: '三个展区迎客',
      body: [
        { type: 'paragraph', text: '6月21日，现场设置3个展区。' },
        { type: 'paragraph', text: '六月二十二日，另有五个体验区开放。' },
      ],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    });
    const r = checkStory(story, DEFAULT_HOUSE_STYLE).filter((f) => f.rule === 'number-style-mixed');
    expect(r.map((f) => [f.field, f.block, f.params.found, f.severity])).toEqual([
      ['body', 1, '六月二十二日', 'warning'],
      ['body', 1, '五个', 'warning'],
    ]);
  });

  it('runs over a whole page, line by line', () => {
    const r = checkText('东湖街道举办开放日\n\n本报讯 6月21日，活动开幕。\n\n六月二十二日，活动闭幕。\n', DEFAULT_HOUSE_STYLE);
    expect(r.map((f) => [f.rule, f.block, f.start])).toEqual([['number-style-mixed', 4, 0]]);
  });
});

describe('Fix all with the number checks', () => {
  const PIECES = [
    '增长',
    '20～30%',
    '20-30%',
    '20~30%',
    '3千5百',
    '1百',
    '二0二六年',
    '3、4个',
    '，',
    ',',
    '。',
    '6月21日',
    '六月二十二日',
    '五个',
    '3个',
    ' ',
    '1.5',
    '%',
  ];
  const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((xs) => xs.join(''));
  it('is idempotent and leaves no certain fix behind, whatever the pieces around the numbers', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = `${lines.join('\n')}\n`;
        const once = fixText(text, DEFAULT_HOUSE_STYLE);
        expect(fixText(once, DEFAULT_HOUSE_STYLE)).toBe(once);
        expect(checkText(once, DEFAULT_HOUSE_STYLE).filter((f) => f.fix)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
