// The word checks: the built-in misused words (and the near-misses that are right), the house style's word pairs and never-use words, 的/地/得.
import { describe, expect, it } from 'vitest';
import { applyFixes, checkStory, checkText } from '../../shared/copyDesk';
import { MISUSED_WORDS } from '../../shared/copyDesk/misusedWords';
import { deDiDe, houseWords, misusedWords, neverUseWords } from '../../shared/copyDesk/wordRules';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';

const rules = (text: string, style: HouseStyle = DEFAULT_HOUSE_STYLE) => checkText(text, style).map((f) => f.rule);

describe('misused-word: the built-in list', () => {
  it.each([
    ['新购置的设备已按装到位。', '按装', '新购置的设备已安装到位。'],
    ['不少市民选择到周边渡假。', '渡假', '不少市民选择到周边度假。'],
    ['面对难题，他一愁莫展。', '一愁莫展', '面对难题，他一筹莫展。'],
    ['希望同学们再接再励，取得更好成绩。', '再接再励', '希望同学们再接再厉，取得更好成绩。'],
    ['孩子们迫不急待地冲进展厅。', '迫不急待', '孩子们迫不及待地冲进展厅。'],
    ['新建的家俱城已开业。', '家俱', '新建的家具城已开业。'],
    ['场面令人震憾。', '震憾', '场面令人震撼。'],
    ['各部门要精心布署，确保安全。', '布署', '各部门要精心部署，确保安全。'],
    ['城市天燃气管网改造完工。', '天燃气', '城市天然气管网改造完工。'],
  ])('%s → %s', (text, found, fixed) => {
    const f = misusedWords(text);
    expect(f.map((x) => x.params.found)).toEqual([found]);
    expect(applyFixes(text, f)).toBe(fixed);
    expect(checkText(text, DEFAULT_HOUSE_STYLE).map((x) => [x.rule, x.severity])).toEqual([['misused-word', 'error']]);
  });

  // a desk editor leaves these alone: the wrong form is a substring of right words, or stands across a word boundary
  it.each([
    '补贴按装修面积计算。', // 按 + 装修
    '电价按装机容量核定。', // 按 + 装机
    '太行山脉博物馆今日开馆。', // 山脉 + 博物馆
    '多重迭代后，系统更加稳定。', // 多重 + 迭代
    '他叹了口气慨叹道：“真不容易。”', // 气 + 慨叹
    '这在农村尤如此。', // 尤 + 如此
    '大家俱乐部的活动很丰富。', // 大家 + 俱乐部
    '全部份额已认购完毕。', // 全部 + 份额
    '他轻松驰骋在赛道上。', // 轻松 + 驰骋
    '报社发布署名文章。', // 发布 + 署名
    '剧烈运动容易引发韧带损伤。', // 引发 + 韧带
    '活动激发韧劲。', // 激发 + 韧劲
    '吉他和弦律动感十足。', // 和弦 + 律动
    '奔驰聘请了新的设计师。', // 奔驰 + 聘请
    '两国在科技领域比拼博弈。', // 比拼 + 博弈
    '东拼西凑效果不佳。', // 拼凑 + 效果
    '他身心俱疲备受煎熬。', // 俱疲 + 备受
    '孩子们满怀欢欣尝试新游戏。', // 欢欣 + 尝试
    '既使企业受益，又使群众满意。', // 既……又……: 既使 is left out of the list on purpose
    '他激动得不能自已。', // 自已 is left out on purpose
    '游客可乘船前往黄埔军校旧址。', // 黄埔 is right; only 黄埔江 is wrong
    '他无暇顾及家中琐事。', // 无暇 is right; only 洁白无暇, 完美无暇 are wrong
    '布局紧凑和合理是它的优点。', // 凑和 is left out (紧凑 + 和)
    '站在楼顶看了望远镜里的风景。', // 了望 is left out
  ])('no finding: %s', (text) => {
    expect(misusedWords(text)).toEqual([]);
  });

  it('every entry is found in a sentence of its own and fixed to its right form, which is no finding', () => {
    for (const e of MISUSED_WORDS) {
      const text = `会上，${e.wrong}。`;
      const f = misusedWords(text);
      expect(
        f.map((x) => x.params.found),
        e.wrong,
      ).toEqual([e.wrong]);
      expect(misusedWords(applyFixes(text, f)), e.right).toEqual([]);
    }
  });

  it('every wrong form is distinct from its right form, listed once, and no right form is another entry’s wrong one', () => {
    const wrongs = new Set(MISUSED_WORDS.map((e) => e.wrong));
    expect(wrongs.size).toBe(MISUSED_WORDS.length);
    for (const e of MISUSED_WORDS) {
      expect(e.wrong).not.toBe(e.right);
      expect(misusedWords(e.right), e.right).toEqual([]);
    }
  });
});

describe('house-word and never-use: the house style’s lists', () => {
  const style: HouseStyle = {
    ...DEFAULT_HOUSE_STYLE,
    name: '南湖日报',
    wordPairs: { 二七区政府: '二七区人民政府', 农民工: '进城务工人员' },
    neverUse: { 最高级: '广告法禁用', 老赖: '' },
  };

  it('flags the wrong form with the style’s name and fixes it to the paper’s form', () => {
    const text = '二七区政府召开会议。';
    const f = houseWords(text, style);
    expect(f).toHaveLength(1);
    expect(f[0]?.params).toEqual({ found: '二七区政府', replacement: '二七区人民政府', style: '南湖日报' });
    expect(applyFixes(text, f)).toBe('二七区人民政府召开会议。');
  });

  it('never flags the right form, even where it contains the wrong one', () => {
    expect(houseWords('二七区人民政府召开会议。', style)).toEqual([]);
    const contains = { ...style, wordPairs: { 人民政府: '区人民政府' } };
    expect(houseWords('区人民政府召开会议，人民政府', contains).map((f) => f.start)).toEqual([10]);
  });

  it('never-use words say the list they came from and why, and have no fix', () => {
    const f = neverUseWords('这是全市最高级的酒店，欠债的老赖被曝光。', style);
    expect(f.map((x) => x.params)).toEqual([
      { found: '最高级', style: '南湖日报', reason: '广告法禁用' },
      { found: '老赖', style: '南湖日报' },
    ]);
    expect(f.every((x) => x.fix === undefined)).toBe(true);
  });

  it('run in every field of a story, and the style can turn them off', () => {
    const story = newStory({
      headline: '二七区政府召开会议',
      body: [{ type: 'paragraph', text: '欠债的老赖被曝光。' }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    });
    expect(checkStory(story, style).map((f) => [f.rule, f.field])).toEqual([
      ['house-word', 'headline'],
      ['never-use', 'body'],
    ]);
    expect(checkStory(story, { ...style, checks: { 'house-word': 'off', 'never-use': 'off' } })).toEqual([]);
  });

  it('the default style has no lists: nothing is flagged', () => {
    expect(rules('二七区政府召开会议，欠债的老赖被曝光。')).toEqual([]);
  });
});

describe('de-di-de: 的/地 where a verb takes a complement of degree', () => {
  it.each([
    ['他跑的很快。', '他跑得很快。'],
    ['孩子们笑的非常开心，', '孩子们笑得非常开心，'],
    ['今年的秋收工作完成的十分顺利。', '今年的秋收工作完成得十分顺利。'],
    ['各项工作推进地很扎实。', '各项工作推进得很扎实。'],
    ['庄稼长的特别好', '庄稼长得特别好'],
  ])('%s → %s', (text, fixed) => {
    const f = deDiDe(text);
    expect(f).toHaveLength(1);
    expect(applyFixes(text, f)).toBe(fixed);
    expect(rules(text)).toEqual(['de-di-de']);
  });

  it.each([
    '你说的很对。', // 说的: what you said
    '他吃的很丰富。', // the food he has
    '新来的很热情。', // the newcomer
    '打的很方便。', // 打的: a taxi
    '他跑得很快。', // right already
    '他跑的很多路都是山路。', // 很多 is not a degree complement here
    '干活的很辛苦。', // the workers
    '他认真地学习。', // 地 before a verb is right
    '这块飞地很远。', // 飞地: an enclave
    '扫地很累，种地很辛苦。', // verb-object
    '跑的很快的那个孩子是他。', // no clause end after the adjective: not certain
  ])('no finding: %s', (text) => {
    expect(deDiDe(text)).toEqual([]);
  });
});
