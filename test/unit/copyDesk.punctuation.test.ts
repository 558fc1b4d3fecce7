// The GB/T 15834—2011 form checks (ellipsis, dash, range, nested marks, estimate 顿号, interpunct) and the quoted-title spaces, on made-up copy.
import { describe, expect, it } from 'vitest';
import { applyFixes, checkStory, checkText, type CheckId } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE, houseStyleSchema } from '../../shared/houseStyle';
import { normalizePunctuation } from '../../shared/punctuation';
import { newStory } from '../../shared/story';

const style = DEFAULT_HOUSE_STYLE;
const of = (rule: CheckId, text: string, s = style) => checkText(text, s).filter((f) => f.rule === rule);
const fixed = (rule: CheckId, text: string, s = style) => applyFixes(text, of(rule, text, s));
/** Every finding of the line, by rule: a well-formed line gives none of any kind. */
const rules = (text: string) => checkText(text, style).map((f) => f.rule);

describe('ellipsis-form', () => {
  it.each([
    ['他沉默了...然后说', '他沉默了……然后说'],
    ['他沉默了......然后说', '他沉默了……然后说'],
    ['他说。。。', '他说……'],
    ['他说。。。。。。', '他说……'],
    ['他说．．．好吧', '他说……好吧'],
    ['他沉默了…然后说', '他沉默了……然后说'],
  ])('%j is fixed to %j', (text, out) => {
    expect(fixed('ellipsis-form', text)).toBe(out);
    expect(rules(text)).toEqual(['ellipsis-form']);
  });
  it('flags three ellipsis marks without a fix: which length was meant is unsure', () => {
    const [f] = of('ellipsis-form', '他说………好吧');
    expect(f?.params.found).toBe('………');
    expect(f?.fix).toBeUndefined();
  });
  it.each(['他说……好吧', '诗句省略如下：…………', 'Wait... what?', 'Wait… what?', '访问www.example.cn...', '版本1.2.3发布'])(
    'finds nothing in %j',
    (text) => {
      expect(of('ellipsis-form', text)).toEqual([]);
    },
  );
});

describe('dash-form', () => {
  it.each([
    ['他终于来了--带着一身疲惫', '他终于来了——带着一身疲惫'],
    ['他终于来了－－带着一身疲惫', '他终于来了——带着一身疲惫'],
    ['他终于来了――带着一身疲惫', '他终于来了——带着一身疲惫'],
    ['她只有一个心愿—“回家”。', '她只有一个心愿——“回家”。'],
    ['三件事：读书、写字、种菜—', '三件事：读书、写字、种菜——'],
  ])('%j is fixed to %j', (text, out) => {
    expect(fixed('dash-form', text)).toBe(out);
  });
  it.each([
    '他终于来了——带着一身疲惫',
    '北京—上海高铁',
    '秦岭—淮河一线',
    '鲁迅（1881—1936）',
    '运行bulletin lint --only dash-form检查',
    'a -- b',
    '流程为申请-->审核',
    '长征-5号',
  ])('finds nothing in %j', (text) => {
    expect(of('dash-form', text)).toEqual([]);
  });
});

describe('range-mark', () => {
  it.each([
    ['预计5-8月完工。', '预计5～8月完工。'],
    ['需要3~5天。', '需要3～5天。'],
    ['青年组（18-35岁）', '青年组（18～35岁）'],
    ['每亩增产1.5-2吨', '每亩增产1.5～2吨'],
    ['2025-2026年度', '2025～2026年度'],
    ['持续3〜5小时', '持续3～5小时'],
  ])('%j is fixed to %j', (text, out) => {
    expect(fixed('range-mark', text)).toBe(out);
  });
  it('fixes to the house style’s range mark, and leaves a range set with the other allowed mark alone', () => {
    const dash = houseStyleSchema.parse({ name: 'dash', rangeMark: '—' });
    expect(fixed('range-mark', '需要3~5天。', dash)).toBe('需要3—5天。');
    expect(of('range-mark', '需要3～5天。', dash)).toEqual([]);
    expect(of('range-mark', '需要3—5天。')).toEqual([]);
  });
  it.each([
    '热线电话0571-88886666。',
    '日期为2026-06-21。',
    '依据GB/T 15834-2011执行',
    '华为Mate-60手机',
    '沿G60-3号线行驶',
    '最终以3-1战胜对手。',
    '最终以1-3负于对手。',
    '住在3-2-501室',
    '比分3-5',
    '2025-26赛季',
  ])('finds nothing in %j', (text) => {
    expect(of('range-mark', text)).toEqual([]);
  });
});

describe('nested-quotes', () => {
  it.each([
    ['他说：“我们要把“为民办实事”落到实处。”', '他说：“我们要把‘为民办实事’落到实处。”'],
    ['《关于《条例》的说明》', '《关于〈条例〉的说明》'],
  ])('%j is fixed to %j', (text, out) => {
    expect(fixed('nested-quotes', text)).toBe(out);
    expect(rules(text)).toEqual(['nested-quotes']);
  });
  it.each(['他说：“我们要把‘为民办实事’落到实处。”', '《〈中国工人〉发刊词》', '“一老一小”和“一站式”服务', '“甲‘乙“丙”乙’甲”'])(
    'finds nothing in %j',
    (text) => {
      expect(of('nested-quotes', text)).toEqual([]);
    },
  );
});

describe('estimate-comma', () => {
  it.each([
    ['来了三、四个人', '来了三四个人'],
    ['七、八十岁的老人', '七八十岁的老人'],
    ['需要五、六天', '需要五六天'],
  ])('%j is fixed to %j', (text, out) => {
    expect(fixed('estimate-comma', text)).toBe(out);
  });
  it.each([
    '获一、二等奖',
    '第三、四季度',
    '三、四年级学生',
    '一、二线城市',
    '一、二、三等奖',
    '三、五个人',
    '三四个人',
    '三、四月份',
    '九、十个人',
  ])('finds nothing in %j', (text) => {
    expect(of('estimate-comma', text)).toEqual([]);
  });
});

describe('interpunct', () => {
  it.each([
    ['美国学者约翰.史密斯来访', '美国学者约翰·史密斯来访'],
    ['约翰・史密斯', '约翰·史密斯'],
    ['约翰•史密斯', '约翰·史密斯'],
    ['《三国志・蜀书》', '《三国志·蜀书》'],
  ])('%j is fixed to %j', (text, out) => {
    expect(fixed('interpunct', text)).toBe(out);
    expect(rules(text)).toEqual(['interpunct']);
  });
  it.each(['约翰·史密斯', '增长3.5%', '访问www.example.cn查看', '会议结束.下午继续', '使用Vue.js开发'])('finds nothing in %j', (text) => {
    expect(of('interpunct', text)).toEqual([]);
  });
  it('the export’s full-width punctuation leaves the point of a name for the interpunct check', () => {
    expect(normalizePunctuation('约翰.史密斯说,好.')).toBe('约翰.史密斯说，好。');
  });
});

describe('stray-space: quoted names and titles, and bracketed bylines', () => {
  it.each([
    '活动以“迎七一 展风采”为主题。',
    '他推荐《读书 读人》一书。',
    '活动以“迎七一\u3000展风采”为主题。',
    '本报讯（见习记者 王小明 通讯员 李红）5月8日上午，活动举行。',
    '本报讯（记者 李明 实习生 张三）近日，活动举行。',
  ])('finds nothing in %j, on a page and in a story', (text) => {
    expect(of('stray-space', text)).toEqual([]);
    const story = newStory({
      headline: '标题',
      body: [{ type: 'paragraph', text }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    });
    expect(checkStory(story, style).filter((f) => f.rule === 'stray-space')).toEqual([]);
  });
  it('finds no stray space in a bracketed byline typed in the Dateline field either', () => {
    const story = newStory({
      headline: '标题',
      dateline: '本报讯（见习记者 王小明 通讯员 李红）',
      body: [{ type: 'paragraph', text: '近日，活动举行。' }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    });
    expect(checkStory(story, style).filter((f) => f.rule === 'stray-space')).toEqual([]);
  });
  it.each([
    ['他说：“我们要加强 巡查，确保安全。”', '他说：“我们要加强巡查，确保安全。”'],
    ['活动以“迎七一  展风采”为主题。', '活动以“迎七一展风采”为主题。'],
    ['加强 巡查，“迎七一 展风采”。', '加强巡查，“迎七一 展风采”。'],
    ['本报讯（记者 李明）近日，活动 举行。', '本报讯（记者 李明）近日，活动举行。'],
  ])('still flags a space between Chinese characters outside those places: %j', (text, out) => {
    expect(fixed('stray-space', text)).toBe(out);
  });
});
