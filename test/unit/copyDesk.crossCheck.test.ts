// The copy desk cross-checked with the field's open tools, AutoCorrect and zhlint: where they agree, and each place they differ, decided.
import { format as autocorrect, lintFor, loadConfig } from 'autocorrect-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { run as zhlintRun } from 'zhlint';
import { checkStory, checkText } from '../../shared/copyDesk';
import { CHECK_IDS, type CheckId } from '../../shared/copyDesk/types';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';
import { WELL_FORMED } from './helpers/wellFormedCopy';

/** zhlint configured for newspaper copy as CONTRIBUTING.md says: half-width punctuation only, no spaces added. */
const ZHLINT_NEWSPAPER = { rules: { preset: 'default', adjustedFullwidthPunctuation: '', spaceBetweenMixedwidthContent: undefined } };

/** What zhlint would change in a line (its validations' indexes), or null where zhlint 0.8.2 throws on the text. */
function zhlint(text: string, options: object): number[] | null {
  try {
    return zhlintRun(text, options as never).validations.map((v) => v.index);
  } catch {
    return null;
  }
}

/** AutoCorrect's lint of one line: whether it would change the line. */
const autocorrectFlags = (text: string) => lintFor(text, 'copy.txt').lines.length > 0;

/** The check ids the copy desk finds in a page line under the default house style (GB2312 for the typesetter check). */
const ours = (text: string, style = DEFAULT_HOUSE_STYLE) => [...new Set(checkText(text, style).map((f) => f.rule))];

/** Spaces AutoCorrect's default rules insert between Chinese and Latin letters or digits (盘古之白). */
const withoutSpaces = (t: string) => t.replace(/ /g, '');

describe('AutoCorrect with its default rules', () => {
  /*
   * AutoCorrect's main rule (space-word) puts a space between Chinese and Latin letters or digits: “5 月 8 日”,
   * “iPhone 15 和华为”. Chinese newspapers do not print that space (GB/T 15834 and the paper's layout set Chinese,
   * digits and Latin words solid), so the copy desk does NOT follow it: our well-formed corpus gives no finding, and
   * AutoCorrect would change most of its paragraphs by spaces alone, and by nothing else.
   */
  it('wants spaces in well-formed copy that newspapers print solid: we decide not to follow it', () => {
    const changed = WELL_FORMED.filter((p) => autocorrect(p) !== p);
    expect(changed.length).toBeGreaterThan(WELL_FORMED.length / 2);
    for (const p of changed) {
      expect(withoutSpaces(autocorrect(p)), p).toBe(withoutSpaces(p));
      expect(ours(p), p).toEqual([]);
    }
    expect(autocorrect('5月8日上午，吸引居民200余人参加。')).toBe('5 月 8 日上午，吸引居民 200 余人参加。');
  });
});

describe('AutoCorrect configured for newspaper copy (no added spaces)', () => {
  beforeAll(() => {
    // the spacing rules off; the punctuation and full-width rules stay as they are
    loadConfig(
      JSON.stringify({ rules: { 'space-word': 0, 'space-punctuation': 0, 'space-bracket': 0, 'space-dash': 0, 'space-backticks': 0 } }),
    );
  });

  it('leaves the well-formed corpus as it is, as the copy desk does', () => {
    for (const p of WELL_FORMED) expect(autocorrect(p), p).toBe(p);
  });

  /*
   * One faulty line for each check the copy desk runs on a line (made up). For each: what we find, and whether
   * AutoCorrect and zhlint (both configured for newspaper copy) flag it too. Where they do not, the reason is in
   * the row's comment; none of them makes us drop a check.
   */
  const FAULTY: ReadonlyArray<{ check: CheckId; line: string; autocorrect: boolean; zhlint: boolean; style?: typeof DEFAULT_HOUSE_STYLE }> =
    [
      // both tools agree: half-width marks in Chinese text are made full width
      { check: 'halfwidth-punctuation', line: '东湖街道举办消防开放日活动,吸引居民200余人参加.', autocorrect: true, zhlint: true },
      // zhlint agrees (引号未闭合); AutoCorrect does not pair marks. An unclosed “ is wrong in every context (GB/T 15834—2011 4.8)
      { check: 'unpaired-mark', line: '王芳介绍：“今年新增图书3万册。', autocorrect: false, zhlint: true },
      // neither tool drops a doubled mark; ，， is a typing slip the desk fixes with certainty
      { check: 'doubled-punctuation', line: '东湖街道举办消防开放日活动，，吸引居民参加。', autocorrect: false, zhlint: false },
      // AutoCorrect agrees that digits are half width (GB/T 15835); zhlint, configured for punctuation only, does not look
      { check: 'fullwidth-digits-letters', line: '全区共发放补贴资金１２８０万元。', autocorrect: true, zhlint: false },
      // zhlint agrees (全角内容之间不需要空格); AutoCorrect leaves spaces between Chinese words alone
      { check: 'stray-space', line: '东湖街道在文化广场  举办消防开放日活动。', autocorrect: false, zhlint: true },
      // the dateline is the paper's layout, which neither tool knows
      { check: 'dateline-form', line: '本报讯：5月8日，东湖街道举办消防开放日活动。', autocorrect: false, zhlint: false },
      // the typesetting system's character set (GB2312 here) is the paper's, which neither tool knows
      {
        check: 'typesetter-characters',
        line: '东湖街道举办消防开放日活动🎉。',
        autocorrect: false,
        zhlint: false,
        style: { ...DEFAULT_HOUSE_STYLE, characterSet: 'gb2312' },
      },
    ];

  it.each(FAULTY.map((f) => [f.check, f]))('%s: found by the copy desk; AutoCorrect and zhlint as recorded', (_, f) => {
    expect(ours(f.line, f.style)).toEqual([f.check]);
    expect(autocorrectFlags(f.line), 'AutoCorrect').toBe(f.autocorrect);
    const flagged = zhlint(f.line, ZHLINT_NEWSPAPER);
    expect(flagged, 'zhlint ran').not.toBeNull();
    expect((flagged ?? []).length > 0, 'zhlint').toBe(f.zhlint);
  });

  /*
   * The story's form checks read fields neither tool has (a byline's parts, the house style's length targets):
   * only the copy desk finds them.
   */
  it('byline-form and length-target: story form that only the copy desk knows', () => {
    const story = newStory({
      headline: '东湖街道举办消防安全开放日活动吸引居民二百余人参加现场体验灭火器实操和逃生演练',
      body: [{ type: 'paragraph', text: WELL_FORMED[0] as string }],
      byline: [{ role: '', names: [], credit: '' }],
    });
    const found = new Set(checkStory(story, { ...DEFAULT_HOUSE_STYLE, headlineTarget: 20 }).map((f) => f.rule));
    expect(found).toContain('byline-form');
    expect(found).toContain('length-target');
    for (const text of [story.headline, WELL_FORMED[0] as string]) {
      expect(autocorrectFlags(text)).toBe(false);
      expect(zhlint(text, ZHLINT_NEWSPAPER)).toEqual([]);
    }
  });

  it('covers every check the copy desk had when this cross-check was written', () => {
    const covered = new Set<string>([...FAULTY.map((f) => f.check), 'byline-form', 'length-target']);
    const known = CHECK_IDS.slice(0, CHECK_IDS.indexOf('typesetter-characters') + 1);
    expect(known.filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('zhlint', () => {
  /*
   * zhlint's default preset, like AutoCorrect's, adds a space between Chinese and Latin letters or digits: the same
   * decision applies (not followed).
   */
  it('with its default preset wants spaces in well-formed copy: not followed', () => {
    const line = '该项目采用5G技术和AI算法，实现了农田墒情的实时监测。';
    expect(zhlint(line, { rules: { preset: 'default' } })?.length ?? 0).toBeGreaterThan(0);
    expect(ours(line)).toEqual([]);
  });

  /*
   * Even configured for newspaper copy, zhlint wants half-width brackets around digits or Latin letters
   * （18～35岁） → (18~35岁), (CASTIC), with spaces outside them, and the half-width ~ for a range. Chinese
   * newspapers print full-width brackets in Chinese text and the full-width ～ for a range (GB/T 15834—2011 4.9
   * and 4.13): we decide NOT to follow it. Every other well-formed paragraph it leaves alone.
   */
  it('with the newspaper options flags only full-width brackets and ～ in the well-formed corpus: not followed', () => {
    const flaggedParagraphs = WELL_FORMED.filter((p) => (zhlint(p, ZHLINT_NEWSPAPER) ?? []).length > 0);
    expect(flaggedParagraphs).toContain('比赛分为青年组（18～35岁）和中老年组（36岁以上）两个组别。');
    expect(flaggedParagraphs).toContain('该校学生在全国青少年科技创新大赛（CASTIC）中获得一等奖。');
    for (const p of flaggedParagraphs) {
      expect(p).toMatch(/（[^）]*[0-9A-Za-z][^）]*）|～/u);
      expect(ours(p), p).toEqual([]);
    }
  });
});
