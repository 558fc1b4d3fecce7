// Fix all: idempotent, and it changes nothing but punctuation, full-width digits and letters, and spaces (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStory, checkText, fixStory, fixText } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';

const PIECES = [
  '东',
  '湖',
  '街',
  '道',
  '举',
  '办',
  '活',
  '动',
  '本报讯',
  '记者',
  '李明',
  '通讯员',
  '王芳',
  '5月8日',
  ',',
  '.',
  ':',
  ';',
  '?',
  '!',
  '(',
  ')',
  '~',
  '...',
  '，',
  '。',
  '：',
  '；',
  '？',
  '！',
  '（',
  '）',
  '、',
  '“',
  '”',
  '《',
  '》',
  '……',
  '66.3%',
  '3:00',
  '1,000',
  '12',
  'AB',
  'Vue.js',
  'iPhone',
  '１２',
  'ＡＢ',
  '６６．３',
  ' ',
  '  ',
  '\u3000',
  'www.example.cn/a,b',
  'news@example.cn',
  'https://example.cn/x?y=1,2',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));
const page = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
  .map(([ls, nl]) => ls.join(nl + nl) + nl);

const FULL_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/gu;
/** What Fix all may not touch: every character but punctuation, symbols, spaces; full-width digits and letters read as their half-width twins. */
const kept = (text: string) =>
  text.replace(FULL_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[\p{P}\p{S}\s\u3000]/gu, '');
const lineEnds = (text: string) => text.match(/\r\n|\n|\r/g) ?? [];

describe('Fix all on pages', () => {
  it('is idempotent and leaves every other character as it was', () => {
    fc.assert(
      fc.property(page, (text) => {
        const once = fixText(text, DEFAULT_HOUSE_STYLE);
        expect(fixText(once, DEFAULT_HOUSE_STYLE)).toBe(once);
        expect(kept(once)).toBe(kept(text));
        expect(lineEnds(once)).toEqual(lineEnds(text));
        // no certain fix is left after it
        expect(checkText(once, DEFAULT_HOUSE_STYLE).filter((f) => f.fix)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('turns a page from an older system full-width and keeps its decimal numbers', () => {
    const old = '本报讯 5月8日上午,东湖街道举办活动,吸引居民200余人参加.出租率达66.3%,比去年提高1.5个百分点.\r\n\r\n记者 李明\r\n';
    const out = fixText(old, DEFAULT_HOUSE_STYLE);
    expect(out).toBe(
      '本报讯 5月8日上午，东湖街道举办活动，吸引居民200余人参加。出租率达66.3%，比去年提高1.5个百分点。\r\n\r\n记者 李明\r\n',
    );
    expect(checkText(out, DEFAULT_HOUSE_STYLE).filter((f) => f.rule === 'halfwidth-punctuation')).toEqual([]);
  });
});

/** A made-up page as an older typesetting system keeps it: GB18030-era habits, half-width marks throughout. */
const OLDER_SYSTEM_PAGE = [
  '青苔镇',
  '',
  '共享农具站开门迎客:首日租出12台!',
  '',
  '本报讯 4月9日上午,青苔镇共享农具站(镇农技中心管理)正式开放.首日出租率达66.3%,下午3:00前已租出价值1,000元的设备.',
  '',
  '据介绍,农具站主要做好三项工作:1.统一采购;2.统一维修;3.统一调度.详见https://nongju.example.cn/a?b=1,2.html 或发邮件至nongju@example.cn.',
  '',
  '"以前买不起的大机器,现在花几十元就能用上."村民老王说...',
  '',
  '记者 韦书言 通讯员 柳青',
  '',
].join('\r\n');

const OLDER_SYSTEM_FIXED = [
  '青苔镇',
  '',
  '共享农具站开门迎客：首日租出12台！',
  '',
  '本报讯 4月9日上午，青苔镇共享农具站（镇农技中心管理）正式开放。首日出租率达66.3%，下午3:00前已租出价值1,000元的设备。',
  '',
  '据介绍，农具站主要做好三项工作：1.统一采购；2.统一维修；3.统一调度。详见https://nongju.example.cn/a?b=1,2.html 或发邮件至nongju@example.cn。',
  '',
  '"以前买不起的大机器，现在花几十元就能用上。"村民老王说……',
  '',
  '记者 韦书言 通讯员 柳青',
  '',
].join('\r\n');

describe('a page from an older system', () => {
  it('gets every half-width mark in Chinese text full width and nothing else changed', () => {
    const out = fixText(OLDER_SYSTEM_PAGE, DEFAULT_HOUSE_STYLE);
    expect(out).toBe(OLDER_SYSTEM_FIXED);
    expect(checkText(out, DEFAULT_HOUSE_STYLE).filter((f) => f.rule === 'halfwidth-punctuation')).toEqual([]);
  });
});

describe('Fix all on a run of marks', () => {
  it('makes the whole run full width in one pass (found by fast-check: the comma beside a semicolon that became Chinese)', () => {
    expect(fixText(',;:(?!...东', DEFAULT_HOUSE_STYLE)).toBe('，；：（？！……东');
    expect(checkText('，；：（？！……东', DEFAULT_HOUSE_STYLE).filter((f) => f.fix)).toEqual([]);
  });
});

describe('Fix all on stories', () => {
  it('is idempotent and leaves every other character as it was, field by field', () => {
    fc.assert(
      fc.property(line, line, fc.array(line, { minLength: 1, maxLength: 3 }), (headline, kicker, paragraphs) => {
        const story = newStory(
          { headline, kicker, body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) },
          { id: 's1', now: new Date(0) },
        );
        const once = fixStory(story, DEFAULT_HOUSE_STYLE);
        expect(fixStory(once, DEFAULT_HOUSE_STYLE)).toEqual(once);
        expect(kept(once.headline)).toBe(kept(headline));
        expect(kept(once.kicker)).toBe(kept(kicker));
        once.body.forEach((b, i) => expect(kept(b.text)).toBe(kept(paragraphs[i] as string)));
        expect(checkStory(once, DEFAULT_HOUSE_STYLE).filter((f) => f.fix)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
