// Each copy check on made-up positives and negatives, its fix, and a house style turning it off or changing its severity.
import { describe, expect, it } from 'vitest';
import { applyFixes, checkStory, checkText, fixText, type CheckId, type Finding } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE, houseStyleSchema } from '../../shared/houseStyle';
import { newStory, type Story } from '../../shared/story';

const style = DEFAULT_HOUSE_STYLE;
const of = (rule: CheckId, text: string) => checkText(text, style).filter((f) => f.rule === rule);
const found = (rule: CheckId, text: string) => of(rule, text).map((f) => text.slice(f.start, f.end));
const fixed = (rule: CheckId, text: string) => applyFixes(text, of(rule, text));

describe('halfwidth-punctuation', () => {
  it.each([
    ['会议指出,要加强巡查.', '会议指出，要加强巡查。'],
    ['问题是:谁来维修?答案是;由镇农技员负责!', '问题是：谁来维修？答案是；由镇农技员负责！'],
    ['活动现场(东坡广场)人头攒动', '活动现场（东坡广场）人头攒动'],
    ['(1)加强巡查', '（1）加强巡查'],
    ['世界卫生组织(WHO)发布报告', '世界卫生组织（WHO）发布报告'],
    ['出租率达66.3%,3:00前已全部租出.', '出租率达66.3%，3:00前已全部租出。'],
    // a comma between digits is a thousands separator only before exactly three (measured: missed on published copy)
    ['开放至18:00,7月1日起恢复.', '开放至18:00，7月1日起恢复。'],
    ['获奖的是第2,3名.', '获奖的是第2，3名。'],
    ['我们使用了Python.', '我们使用了Python。'],
    ['版本为v1.2.', '版本为v1.2。'],
    ['详见www.example.cn/a,b.', '详见www.example.cn/a,b。'],
    ['一.加强巡查', '一、加强巡查'],
    ['目标有二:一.完善制度', '目标有二：一、完善制度'],
  ])('%j is fixed to %j', (text, out) => {
    expect(fixed('halfwidth-punctuation', text)).toBe(out);
  });
  it.each([
    '合格率达66.3%。',
    '下午3:00开始。',
    '共有1,000人参加。',
    '报名网址www.baoming.example.cn/form?id=7。',
    '报名网址https://baoming.example.cn/form?id=7&a=1,2。',
    '邮箱tou.gao@example.cn。',
    'He said: OK, fine.',
    '使用Vue.js开发',
    '比分为3:1。',
    'Dr. Smith (PhD) said so.',
    '1.加强巡查',
    '目标：1.完善制度；2.加强巡查。',
    '美国U.S.政府',
    'J.K.罗琳的新书',
    '他来自U.S.',
    '他毕业于M.I.T.',
    '函数f(x)的值',
    '调用了print(x)函数',
    '详见https://en.wikipedia.org/wiki/Foo_(bar)。',
  ])('finds nothing in %j', (text) => {
    expect(of('halfwidth-punctuation', text)).toEqual([]);
  });
  it('finds every one of many marks on a long line', () => {
    const line = '一,二,三.'.repeat(200);
    expect(of('halfwidth-punctuation', line)).toHaveLength(600);
  });
});

describe('unpaired-mark', () => {
  it.each([
    ['他说：“你好。', ['“']],
    ['他说：你好。”', ['”']],
    ['《人民日报报道', ['《']],
    ['“《你好”》', ['《']],
    ['（括号', ['（']],
    ['【通知', ['【']],
    ['‘单引号', ['‘']],
  ])('%j: %j', (text, marks) => {
    expect(found('unpaired-mark', text)).toEqual(marks);
  });
  it.each(['他说：“读了《人民日报》的‘评论’。”', '（见图）', 'don’t stop', '1）加强巡查', '（1）加强巡查', '他说（“好”）。'])(
    'finds nothing in %j',
    (text) => {
      expect(of('unpaired-mark', text)).toEqual([]);
    },
  );
  it('accepts a quotation of several paragraphs: each opens with “, only the last closes', () => {
    const page = '他说：\n\n“第一段引文。\n\n“第二段引文。\n\n“最后一段引文。”\n';
    expect(checkText(page, style).filter((f) => f.rule === 'unpaired-mark')).toEqual([]);
    expect(checkText('“第一段引文。\n\n后面不是引文。\n', style).filter((f) => f.rule === 'unpaired-mark')).toHaveLength(1);
    const story = newStory({
      body: [
        { type: 'paragraph', text: '“第一段。' },
        { type: 'paragraph', text: '“第二段。”' },
      ],
    });
    expect(checkStory(story, style).filter((f) => f.rule === 'unpaired-mark')).toEqual([]);
  });
  it('offers no fix: which mark is missing is not certain', () => {
    expect(of('unpaired-mark', '“你好').every((f) => !f.fix)).toBe(true);
  });
});

describe('doubled-punctuation', () => {
  it.each([
    ['加强巡查，，完善制度', '加强巡查，完善制度'],
    ['完成了。。', '完成了。'],
    ['真的吗？？', '真的吗？'],
    ['张三、、李四', '张三、李四'],
  ])('%j is fixed to %j', (text, out) => {
    expect(fixed('doubled-punctuation', text)).toBe(out);
  });
  it('marks two different pause marks without a fix', () => {
    const f = of('doubled-punctuation', '加强巡查，。完善');
    expect(f).toHaveLength(1);
    expect(f[0]?.fix).toBeUndefined();
  });
  it.each(['他说……', '真的吗？！', '这——', '“好。”', '《书》。'])('finds nothing in %j', (text) => {
    expect(of('doubled-punctuation', text)).toEqual([]);
  });
});

describe('fullwidth-digits-letters', () => {
  it.each([
    ['共有１２人', '共有12人'],
    ['ＡＢ类', 'AB类'],
    ['增长６６．３%', '增长66.3%'],
    ['ａｐｐ', 'app'],
  ])('%j is fixed to %j', (text, out) => {
    expect(fixed('fullwidth-digits-letters', text)).toBe(out);
  });
  it.each(['共有12人', 'AB类', '第一', '１'.slice(1)])('finds nothing in %j', (text) => {
    expect(of('fullwidth-digits-letters', text)).toEqual([]);
  });
});

describe('marks now flagged by the GB/T 15834 form checks, once', () => {
  it.each([
    ['他沉默了...然后说', 'ellipsis-form', '他沉默了……然后说'],
    ['他说。。。', 'ellipsis-form', '他说……'],
    ['5月5~8日举行', 'range-mark', '5月5～8日举行'],
  ] as const)('%j: %s fixes it to %j, and no other check flags it', (text, rule, out) => {
    expect(checkText(text, style).map((f) => f.rule)).toEqual([rule]);
    expect(fixed(rule, text)).toBe(out);
  });
});

describe('stray-space', () => {
  it.each([
    ['加强 巡查。', '加强巡查。'],
    ['加强\u3000巡查，完善制度。', '加强巡查，完善制度。'],
    ['完成了。 下一步，', '完成了。下一步，'],
  ])('%j is fixed to %j', (text, out) => {
    expect(fixed('stray-space', text)).toBe(out);
  });
  it.each([
    '本报讯 5月8日上午，活动举行。',
    '记者 李明 通讯员 王芳',
    '记者 李明\u3000王芳',
    '会议明确了三项重点举措。记者 李明 通讯员 赵强',
    '三项举措护航夏粮收购 确保颗粒归仓',
    '苹果发布 iPhone 15 新品。',
    '\u3000\u3000段首缩进。',
    '本报讯（记者 李明 通讯员 王芳）5月8日上午，活动举行。',
  ])('finds nothing in %j', (text) => {
    expect(of('stray-space', text)).toEqual([]);
  });
  it.each([
    '图为活动现场。记者 李明 摄',
    '本报讯（记者 李明 通讯员 王芳）近日，活动举行。',
    '会议明确了三项重点举措。记者 李明 通讯员 赵强',
  ])('leaves the byline in a story paragraph %j as it is, as on a page', (text) => {
    const story = newStory({
      headline: '标题',
      body: [{ type: 'paragraph', text }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    });
    expect(checkStory(story, style).filter((f) => f.rule === 'stray-space')).toEqual([]);
  });
});

describe('dateline-form', () => {
  it('a page lead with no space or a wrong one after the label gets one half-width space', () => {
    expect(fixText('本报讯5月8日，活动举行。\n', style)).toBe('本报讯 5月8日，活动举行。\n');
    expect(fixText('本报讯\u30005月8日，活动举行。\n', style)).toBe('本报讯 5月8日，活动举行。\n');
    expect(fixText('本报讯：5月8日，活动举行。\n', style)).toBe('本报讯 5月8日，活动举行。\n');
  });
  it('accepts the house forms', () => {
    for (const line of ['本报讯 5月8日，活动举行。', '本报北京5月8日电 会议召开。', '本报讯（记者 李明）5月8日，活动举行。']) {
      expect(of('dateline-form', line)).toEqual([]);
    }
  });
  const story = (fields: Partial<Story>) =>
    newStory({
      headline: '活动',
      body: [{ type: 'paragraph', text: '5月8日，活动举行。' }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
      ...fields,
    });
  const rules = (s: Story, rule: CheckId) => checkStory(s, style).filter((f) => f.rule === rule);
  it('in a story: the dateline field holds a label and nothing around it', () => {
    expect(rules(story({ dateline: '本报讯' }), 'dateline-form')).toEqual([]);
    expect(rules(story({ dateline: '本报北京5月8日电' }), 'dateline-form')).toEqual([]);
    expect(rules(story({ dateline: '本报讯：' }), 'dateline-form')[0]?.fix).toEqual({ replacement: '' });
    expect(rules(story({ dateline: '5月8日上午' }), 'dateline-form')).toHaveLength(1);
  });
  it('in a story: a lead that opens with a dateline of its own is marked', () => {
    const f = rules(story({ body: [{ type: 'paragraph', text: '本报讯 5月8日，活动举行。' }] }), 'dateline-form');
    expect(f).toMatchObject([{ field: 'body', block: 0, start: 0, end: 3 }]);
  });
});

describe('byline-form', () => {
  const story = (byline: Story['byline']) => newStory({ headline: '活动', body: [{ type: 'paragraph', text: '活动举行。' }], byline });
  const rules = (s: Story) => checkStory(s, style).filter((f) => f.rule === 'byline-form');
  it('a well-formed byline passes', () => {
    expect(
      rules(
        story([
          { role: '记者', names: ['李明'], credit: '文/图' },
          { role: '通讯员', names: ['王芳', '赵强'], credit: '' },
        ]),
      ),
    ).toEqual([]);
  });
  it('a byline that names nobody, a role without a name and words not understood are marked', () => {
    expect(rules(story([]))).toMatchObject([{ params: { problem: 'nobody' } }]);
    expect(rules(story([{ role: '记者', names: [], credit: '' }]))).toMatchObject([{ params: { problem: 'no-name' }, start: 0, end: 2 }]);
    expect(rules(story([{ role: '', names: ['本报综合'], credit: '' }]))).toMatchObject([{ params: { problem: 'unread' } }]);
  });
});

describe('length-target', () => {
  it('marks a headline and a story over their targets, never anything under', () => {
    const s = newStory({
      headline: '举办社区消防安全开放日',
      body: [{ type: 'paragraph', text: '活动举行。' }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    });
    const tight = houseStyleSchema.parse({ name: 't', headlineTarget: 10, storyTarget: 20 });
    const f = checkStory(s, tight).filter((x) => x.rule === 'length-target');
    expect(f.map((x) => [x.field, x.params.n, x.params.target])).toEqual([
      ['headline', 11, 10],
      ['story', 11 + 3 + 5 + 4, 20],
    ]);
    expect(
      checkStory(s, houseStyleSchema.parse({ name: 'l', headlineTarget: 11, storyTarget: 23 })).filter((x) => x.rule === 'length-target'),
    ).toEqual([]);
  });
});

describe('house style settings', () => {
  it('turns a check off or changes its severity; an older preference file without them still parses', () => {
    const text = '会议指出,要加强 巡查.';
    const off = houseStyleSchema.parse({ name: 'x', checks: { 'halfwidth-punctuation': 'off', 'stray-space': 'error' } });
    const rules = (fs: Finding[]) => fs.map((f) => `${f.rule}:${f.severity}`);
    expect(rules(checkText(text, style))).toEqual(['halfwidth-punctuation:error', 'stray-space:warning', 'halfwidth-punctuation:error']);
    expect(rules(checkText(text, off))).toEqual(['stray-space:error']);
    expect(houseStyleSchema.parse({ name: 'old' }).checks).toEqual({});
    expect(houseStyleSchema.safeParse({ name: 'bad', checks: { 'stray-space': 'loud' } }).success).toBe(false);
  });
});
