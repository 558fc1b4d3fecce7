// The import measure's comparison: a field is right when it equals the label (trimmed, spaces as one); stories paired in page order.
import { describe, expect, it } from 'vitest';
import { formatByline } from '../../shared/byline';
import { newStory } from '../../shared/story';
import {
  alignStories,
  caseLabelsSchema,
  compareCase,
  formatSummary,
  normalise,
  summarise,
  type CaseLabels,
} from '../../scripts/importAccuracy';

const labels = (json: unknown): CaseLabels => caseLabelsSchema.parse(json);

const liuan = {
  kicker: '柳岸街道',
  headline: '老旧小区加装电梯签约仪式举行',
  dateline: '本报讯',
  byline: '记者 杜望舒',
  bylinePosition: 'end',
  body: ['3月12日上午，柳岸街道举行老旧小区加装电梯集中签约仪式。', { subheading: '签约现场' }, '首批六个楼栋的居民代表现场签约。'],
} as const;

const readLiuan = () =>
  newStory({
    kicker: '柳岸街道',
    headline: '老旧小区加装电梯签约仪式举行',
    dateline: '本报讯',
    byline: [{ role: '记者', names: ['杜望舒'], credit: '' }],
    bylinePosition: 'end',
    body: [
      { type: 'paragraph', text: '3月12日上午，柳岸街道举行老旧小区加装电梯集中签约仪式。' },
      { type: 'subheading', text: '签约现场' },
      { type: 'paragraph', text: '首批六个楼栋的居民代表现场签约。' },
    ],
  });

const taowu = { headline: '秋收农产品展销会开幕', dateline: '本报4月5日讯', body: ['当天，桃坞村秋收农产品展销会在村文化礼堂开幕。'] };
const readTaowu = () =>
  newStory({
    headline: '秋收农产品展销会开幕',
    dateline: '本报4月5日讯',
    body: [{ type: 'paragraph', text: '当天，桃坞村秋收农产品展销会在村文化礼堂开幕。' }],
  });

describe('comparing one page', () => {
  it('counts every field right when the importer read the story as labelled', () => {
    const r = compareCase('liuan', labels({ stories: [liuan] }), [readLiuan()], formatByline);
    expect(r.fields.map((f) => [f.field, f.right])).toEqual([
      ['kicker', true],
      ['headline', true],
      ['subheadline', true],
      ['dateline', true],
      ['byline', true],
      ['bylinePosition', true],
      ['body', true],
    ]);
    expect(r.blocks).toEqual({ matched: 3, expected: 3, got: 3, outOf: 3 });
  });

  it('trims and takes any run of spaces (U+3000 too) as one space, and nothing more', () => {
    expect(normalise('　欢乐邻里节\u3000\u3000浓浓“年味儿” ')).toBe('欢乐邻里节 浓浓“年味儿”');
    const read = { ...readLiuan(), headline: '老旧小区加装电梯 签约仪式举行' };
    const r = compareCase('liuan', labels({ stories: [liuan] }), [read], formatByline);
    expect(r.fields.find((f) => f.field === 'headline')).toMatchObject({ right: false, got: '老旧小区加装电梯 签约仪式举行' });
  });

  it('compares the byline as formatByline writes it, and its position only where the label has a byline', () => {
    const read = { ...readLiuan(), byline: [{ role: '记者', names: ['杜望舒'], credit: '摄' }], bylinePosition: 'dateline' as const };
    const r = compareCase('liuan', labels({ stories: [liuan] }), [read], formatByline);
    expect(r.fields.find((f) => f.field === 'byline')).toMatchObject({ right: false, expected: '记者 杜望舒', got: '记者 杜望舒 摄' });
    expect(r.fields.find((f) => f.field === 'bylinePosition')).toMatchObject({ right: false, expected: 'end', got: 'dateline' });
    const none = compareCase('taowu', labels({ stories: [taowu] }), [readTaowu()], formatByline);
    expect(none.fields.map((f) => f.field)).not.toContain('bylinePosition');
    expect(none.fields.every((f) => f.right)).toBe(true);
  });

  it('takes the body as right only when every block is the same, and counts the blocks that are', () => {
    const read = readLiuan();
    read.body = [
      { type: 'paragraph', text: '3月12日上午，柳岸街道举行老旧小区加装电梯集中签约仪式。' },
      { type: 'paragraph', text: '签约现场' },
      { type: 'paragraph', text: '首批六个楼栋的居民代表现场签约。' },
      { type: 'paragraph', text: '王小明摄' },
    ];
    const r = compareCase('liuan', labels({ stories: [liuan] }), [read], formatByline);
    const body = r.fields.find((f) => f.field === 'body');
    expect(body).toMatchObject({ right: false, expected: '3 blocks, #2: ## 签约现场', got: '4 blocks, #2: 签约现场' });
    expect(r.blocks).toEqual({ matched: 2, expected: 3, got: 4, outOf: 4 });
  });

  it('pairs stories in page order by their text, so an extra story read from a title pairs with nothing', () => {
    const titleAlone = newStory({ headline: '柳岸街道', body: [{ type: 'paragraph', text: '老旧小区加装电梯签约仪式举行' }] });
    const rest = { ...readLiuan(), kicker: '', headline: '' };
    expect(
      alignStories(
        [liuan, taowu].map((s) => labels({ stories: [s] }).stories[0]!),
        [titleAlone, rest, readTaowu()],
        formatByline,
      ),
    ).toEqual([1, 2]);
    const r = compareCase('page', labels({ stories: [liuan, taowu] }), [titleAlone, rest, readTaowu()], formatByline);
    expect(r.gotStories).toBe(3);
    expect(r.fields.filter((f) => !f.right).map((f) => [f.story, f.field])).toEqual([
      [0, 'kicker'],
      [0, 'headline'],
    ]);
  });

  it('counts every field of a story the importer did not find as wrong', () => {
    const r = compareCase('page', labels({ stories: [liuan, taowu] }), [readLiuan()], formatByline);
    const missing = r.fields.filter((f) => f.story === 1);
    expect(missing.every((f) => !f.right && f.got === '(no story)')).toBe(true);
    expect(r.blocks.outOf).toBe(4);
  });
});

describe('the summary', () => {
  it('gives the share per field and overall, the pages over- and under-split, and each wrong field', () => {
    const one = compareCase('a-good', labels({ layouts: ['ordinary'], stories: [liuan] }), [readLiuan()], formatByline);
    const over = compareCase(
      'b-over',
      labels({ layouts: ['L01 quoted title'], stories: [taowu] }),
      [newStory({ headline: '“我们的节日”' }), { ...readTaowu(), headline: '' }],
      formatByline,
    );
    const under = compareCase('c-under', labels({ stories: [liuan, taowu] }), [readLiuan()], formatByline);
    const s = summarise([one, over, under]);
    expect(s.overSplit).toEqual(['b-over']);
    expect(s.underSplit).toEqual(['c-under']);
    expect(s.perField.headline).toEqual({ right: 2, total: 4 });
    expect(s.overall.total).toBe(7 + 6 + 7 + 6);
    expect(s.overall.right).toBe(7 + 5 + 7);
    expect(s.share).toBeCloseTo(19 / 26);
    expect(s.perLayout).toEqual({ ordinary: { right: 7, total: 7 }, 'L01 quoted title': { right: 5, total: 6 } });
    const text = formatSummary(s, [one, over, under]);
    expect(text).toContain('all fields        19 / 26   73.1%');
    expect(text).toContain('Pages split into more stories than they have: 1 (b-over)');
    expect(text).toContain('b-over headline: "秋收农产品展销会开幕" → ""');
    expect(text).toContain('c-under#2 body: "1 blocks, #1: 当天，桃坞村秋收农产品展销会在村文化礼堂开幕。" → "(no story)"');
  });
});

describe('the labels', () => {
  it('refuse a story without a headline or a body, and an unknown key, saying where', () => {
    const bad = caseLabelsSchema.safeParse({ stories: [{ headline: '标题', body: [], bylne: '记者 王小明' }] });
    expect(bad.success).toBe(false);
    const where = bad.error?.issues.map((i) => i.path.join('.'));
    expect(where).toEqual(expect.arrayContaining(['stories.0.body', 'stories.0']));
  });
});
