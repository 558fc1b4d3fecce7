// The story-wide number check: dates and counts written both in Arabic and in Chinese numerals within one story (GB/T 15835—2011 4.3).
import type { RawFinding } from './types';

type Form = 'arabic' | 'chinese';
type Kind = 'date' | 'count';

/** A date or a count in one text, and where. */
export interface NumberUse {
  start: number;
  end: number;
  found: string;
  kind: Kind;
  /** What is compared: dates with dates, counts with counts of the same measure word (3个 and 五个, not 4个 and 三项). */
  key: string;
  form: Form;
}

const CN = '一二三四五六七八九十';
/** Measure words that count things (个, 名, 项…); time words and ordinals are not counts. */
const MEASURE = '个名位项家件条辆台座所场处户支批';
/** Set phrases whose numeral is part of the words (三番五次, 十项全能), and political formulas (三个代表, 四个意识). */
const SET_PHRASES =
  /三番五次|十项全能|三个代表|四个全面|四个意识|四个自信|两个维护|两个确立|五位一体|三个务必|八项规定|四个一百|三支一扶/gu;

/** Ranges of a text inside “” or 《》: a quoted name or slogan keeps its own numerals. */
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/“[^“”]*”|《[^《》]*》|‘[^‘’]*’/gu)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(SET_PHRASES)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The dates and counts of one text that the story-wide check compares (a quoted name or slogan keeps its own). */
export function numberUsesIn(text: string): NumberUse[] {
  const quoted = quotedRanges(text);
  const free = (start: number, end: number) => !quoted.some(([a, b]) => start < b && end > a);
  const out: NumberUse[] = [];
  const add = (m: RegExpMatchArray, kind: Kind, form: Form) => {
    const start = m.index as number;
    const end = start + m[0].length;
    const key = kind === 'date' ? 'date' : `count ${m[0].slice(-1)}`;
    if (free(start, end)) out.push({ start, end, found: m[0], kind, key, form });
  };
  for (const m of text.matchAll(/(?<![0-9.])(?:[1-9]|1[0-2])月[1-9][0-9]?日/gu)) add(m, 'date', 'arabic');
  // a lunar date (农历八月十五日) is written in Chinese numerals by rule (GB/T 15835—2011 4.2.1)
  for (const m of text.matchAll(new RegExp(`(?<![${CN}农阴夏历正腊])(?:十[一二]?|[一二三四五六七八九])月[${CN}]{1,3}日`, 'gu'))) {
    if (!/(?:农历|阴历|夏历)$/u.test(text.slice(Math.max(0, (m.index as number) - 2), m.index))) add(m, 'date', 'chinese');
  }
  for (const m of text.matchAll(new RegExp(`(?<![0-9.A-Za-z第、])[1-9][0-9]*[${MEASURE}]`, 'gu'))) add(m, 'count', 'arabic');
  // 三个, 十二项; not 一个 or 两个 (a, a pair), not 第三个, 几十个, 十几个
  for (const m of text.matchAll(
    new RegExp(
      `(?<![${CN}两第几数百千万])(?:[三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)[${MEASURE}]`,
      'gu',
    ),
  ))
    add(m, 'count', 'chinese');
  return out;
}

/**
 * The same kind of number (a date, a count with a measure word) written both ways in the texts of one story:
 * the form used more often (on a tie, first) is the story's (counts compared by their measure word), each use of the other form is a finding. Findings per text, in the texts' order.
 * `usesIn` reads one text's uses (the incremental check gives the ones it remembers of texts that did not change).
 */
export function numberStyleMixed(texts: readonly string[], usesIn: (text: string) => readonly NumberUse[] = numberUsesIn): RawFinding[][] {
  const out: RawFinding[][] = texts.map(() => []);
  const uses = texts.flatMap((t, i) => usesIn(t).map((u) => ({ ...u, text: i })));
  for (const key of new Set(uses.map((u) => u.key))) {
    const ofKind = uses.filter((u) => u.key === key);
    const arabic = ofKind.filter((u) => u.form === 'arabic').length;
    const chinese = ofKind.length - arabic;
    // the story's form is the one used more often; on a tie, the one used first
    const storyForm = arabic > chinese ? 'arabic' : chinese > arabic ? 'chinese' : ofKind[0]?.form;
    const first = ofKind.find((u) => u.form === storyForm);
    const other = ofKind.find((u) => u.form !== storyForm);
    if (!first || !other) continue;
    for (const u of ofKind) {
      if (u.form === first.form) continue;
      const kind = u.kind;
      const written = u.form === 'chinese' ? 'Chinese numerals' : 'Arabic digits';
      out[u.text]?.push({
        rule: 'number-style-mixed',
        start: u.start,
        end: u.end,
        message: `“${u.found}” is written in ${written} while the story writes ${kind === 'date' ? 'dates' : 'counts'} as “${first.found}”: one kind of number, one form (GB/T 15835—2011 4.3)`,
        params: { found: u.found, other: first.found, kind },
      });
    }
  }
  return out;
}
