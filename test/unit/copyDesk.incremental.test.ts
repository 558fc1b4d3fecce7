// The incremental copy check: after any series of edits to a story's blocks and fields, it finds what a full check finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCopy, createCopyChecker, type CheckSettings, type CopyTexts } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';

type Body = CopyTexts['body'][number];

/** Paragraphs made up for the test, each with something for one check or another (some for the story-wide ones). */
const PARAGRAPHS = [
  '本报讯（记者 李明）6月21日上午，县粮食局召开夏粮收购工作推进会。',
  '六月二十二日，全县3个收购网点开始收购,要求确保颗粒归仓。',
  '另有五个网点将于下周开放，共设立29个社区服务点。',
  '“我们提前做好了准备，',
  '“今年的小麦价格比去年高了一些。”农民张伟说。',
  '记者 李明',
  '县里新增就业岗位3千5百个，同比增长10%-20%。',
  '欠债的老赖被曝光，二七区政府表示将严肃处理……',
  '他 说，活动现场 人山人海。。',
  '新华社北京6月21日电 记者从农业农村部获悉，夏粮收购进展顺利。',
  '',
];
const SUBHEADINGS = ['收购进展', '三个代表', '农民：今年收成好'];
const STYLES: CheckSettings[] = [
  DEFAULT_HOUSE_STYLE,
  { ...DEFAULT_HOUSE_STYLE, storyTarget: 120, headlineTarget: 8 },
  { ...DEFAULT_HOUSE_STYLE, datelineLabel: '本报讯', checks: { 'number-style-mixed': 'error', 'stray-space': 'off' } },
  { ...DEFAULT_HOUSE_STYLE, wordPairs: { 二七区政府: '二七区人民政府' }, neverUse: { 老赖: '' }, rangeMark: '—' },
];

type Edit =
  | { op: 'type'; at: number; pos: number; text: string }
  | { op: 'delete'; at: number; pos: number; count: number }
  | { op: 'insert'; at: number; block: Body }
  | { op: 'remove'; at: number }
  | { op: 'split'; at: number; pos: number }
  | { op: 'merge'; at: number }
  | { op: 'kind'; at: number }
  | { op: 'field'; field: 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline'; text: string }
  | { op: 'caption'; text: string }
  | { op: 'style'; index: number };

const pieces = fc.constantFrom('，', ',', '3个', '五个', '六月二十二日', '7月1日', '“', '”', ' ', '。。', '李明', '老赖', '小麦');
const block: fc.Arbitrary<Body> = fc.oneof(
  fc.constantFrom(...PARAGRAPHS).map((text) => ({ type: 'paragraph' as const, text })),
  fc.constantFrom(...SUBHEADINGS).map((text) => ({ type: 'subheading' as const, text })),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('type' as const), at: fc.nat(), pos: fc.nat(), text: pieces }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), pos: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }),
  },
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), block }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('split' as const), at: fc.nat(), pos: fc.nat() }),
  fc.record({ op: fc.constant('merge' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('kind' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('field' as const),
    field: fc.constantFrom('kicker', 'headline', 'subheadline', 'dateline', 'byline'),
    text: fc.constantFrom('', '本报讯', '记者 李明', '记者  李明 摄', '夏粮收购,进展顺利', '县粮食局：确保颗粒归仓。。'),
  }),
  fc.record({ op: fc.constant('caption' as const), text: fc.constantFrom('', '6月21日，农民在收割小麦。', '六月二十一日，现场 人山人海') }),
  fc.record({ op: fc.constant('style' as const), index: fc.nat({ max: STYLES.length - 1 }) }),
);

/** The story after one edit (a new object: the checker may keep the old one's texts). */
function apply(texts: CopyTexts, e: Edit): CopyTexts {
  const body = [...texts.body];
  const i = body.length === 0 ? 0 : 'at' in e ? e.at % body.length : 0;
  const target = body[i];
  switch (e.op) {
    case 'type':
    case 'delete':
    case 'split': {
      if (!target) return texts;
      const pos = e.pos % (target.text.length + 1);
      if (e.op === 'type') body[i] = { ...target, text: target.text.slice(0, pos) + e.text + target.text.slice(pos) };
      else if (e.op === 'delete') body[i] = { ...target, text: target.text.slice(0, pos) + target.text.slice(pos + e.count) };
      else body.splice(i, 1, { ...target, text: target.text.slice(0, pos) }, { type: 'paragraph', text: target.text.slice(pos) });
      break;
    }
    case 'insert':
      body.splice(i, 0, e.block);
      break;
    case 'remove':
      body.splice(i, 1);
      break;
    case 'merge': {
      const next = body[i + 1];
      if (target && next) body.splice(i, 2, { ...target, text: target.text + next.text });
      break;
    }
    case 'kind':
      if (target) body[i] = { ...target, type: target.type === 'paragraph' ? 'subheading' : 'paragraph' };
      break;
    case 'field':
      return { ...texts, [e.field]: e.text };
    case 'caption':
      return { ...texts, photos: [{ caption: e.text, credit: '记者 李明 摄' }] };
    case 'style':
      return texts;
  }
  return { ...texts, body };
}

const START: CopyTexts = {
  kicker: '',
  headline: '夏粮收购进展顺利',
  subheadline: '',
  dateline: '本报讯',
  byline: '记者 李明',
  body: PARAGRAPHS.slice(0, 6).map((text) => ({ type: 'paragraph' as const, text })),
};

describe('the incremental copy check', () => {
  it('finds what a full check finds after random edits to random blocks, fields and the house style', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
        const check = createCopyChecker();
        let texts = START;
        let style = STYLES[0] as CheckSettings;
        expect(check(texts, style)).toEqual(checkCopy(texts, style));
        for (const e of edits) {
          texts = apply(texts, e);
          if (e.op === 'style') style = STYLES[e.index] as CheckSettings;
          expect(check(texts, style)).toEqual(checkCopy(texts, style));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the story-wide number form right when the paragraph that set it changes', () => {
    const check = createCopyChecker();
    const style = DEFAULT_HOUSE_STYLE;
    const two = (a: string, b: string): CopyTexts => ({
      ...START,
      body: [
        { type: 'paragraph', text: a },
        { type: 'paragraph', text: b },
      ],
    });
    const first = check(two('6月21日上午，活动开幕。', '六月二十二日，活动闭幕。'), style);
    expect(first.filter((f) => f.rule === 'number-style-mixed').map((f) => f.block)).toEqual([1]);
    // the first paragraph now writes its date in Chinese numerals too: the second paragraph, unchanged, has no finding left
    const second = check(two('六月二十一日上午，活动开幕。', '六月二十二日，活动闭幕。'), style);
    expect(second.filter((f) => f.rule === 'number-style-mixed')).toEqual([]);
  });

  it('sees a quotation closed in the paragraph after it when that paragraph is added, and the byline left in a new last paragraph', () => {
    const check = createCopyChecker();
    const style = DEFAULT_HOUSE_STYLE;
    const open: CopyTexts = { ...START, body: [{ type: 'paragraph', text: '“我们提前做好了准备，' }] };
    expect(check(open, style).some((f) => f.rule === 'unpaired-mark')).toBe(true);
    const continued: CopyTexts = { ...open, body: [...open.body, { type: 'paragraph', text: '“今年的小麦价格高了一些。”' }] };
    expect(check(continued, style).some((f) => f.rule === 'unpaired-mark')).toBe(false);
    const signed: CopyTexts = { ...continued, body: [...continued.body, { type: 'paragraph', text: '记者 李明' }] };
    expect(
      check(signed, style)
        .filter((f) => f.rule === 'byline-in-body')
        .map((f) => f.block),
    ).toEqual([2]);
  });

  it('checks again under another house style, and gives findings nobody else holds', () => {
    const check = createCopyChecker();
    const texts: CopyTexts = { ...START, body: [{ type: 'paragraph', text: '欠债的老赖被曝光。' }] };
    expect(check(texts, DEFAULT_HOUSE_STYLE).some((f) => f.rule === 'never-use')).toBe(false);
    const strict = { ...DEFAULT_HOUSE_STYLE, neverUse: { 老赖: '' } };
    const found = check(texts, strict);
    expect(found.some((f) => f.rule === 'never-use')).toBe(true);
    // a caller changing what it was given changes nothing in the next check
    (found[0] as { start: number }).start = 999;
    expect(check(texts, strict)).toEqual(checkCopy(texts, strict));
  });
});
