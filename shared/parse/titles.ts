// Title lines to kicker, headline and subheadline: the rules of LAYOUT.md, with the reason for each choice.
import { isByline, readByline } from '../byline';
import { charLength, endsSentence, hanCount } from '../text';
import { readDateline } from './dateline';
import type { AlternativeReading, PageLine } from './types';

/** Endings of place and unit names: 街道, 社区, 镇, 局 … */
const UNIT_END =
  /(?:街道|社区|镇|乡|村|区|县|市|省|州|盟|旗|局|委|办|厅|署|院|校|所|站|中心|公司|集团|部|队|馆|园|厂|社|剧团|艺术团|委员会|协会|联合会|商会|工会|学会|居委会|村委会|支部|政府)$/u;
const KICKER_MARK = /(?:[\s\u3000]*(?:[>＞]{2,}|》》))+$/u;
const INNER_MARK = /^(\S{1,16}?(?:[>＞]{2,}|》》))[\s\u3000]*(\S.*)$/u;
const SUB_MARK = /^(?:——|—|--|-)/u;
const BOXED_KICKER = /^【([^】]{2,16})】[\s\u3000]*(\S.*)$/u;
const SENTENCE_INSIDE = /[，、；：,;:]/u;
/** A title line that ends with a quote or a mark of voice: the news itself, seldom a kicker. */
const SPEAKS = /[”"」』！？!?]$/u;
/** A line that opens with a number or an amount (三条…, 12家…, 近千名…): it explains the news. */
const COUNTS =
  /^(?:[近超逾约]|多达)?(?:[0-9０-９]+|[一二两三四五六七八九十百千万]+)(?:[0-9０-９.．]*)(?:个|条|家|名|位|项|件|所|座|户|人|处|场|次|批|支|份|万|亿|年|天|月|公里|米|吨|元|%|％|多)/u;

/** A part cut from a title line must read as a title on its own line too: words, no sentence end, no dateline, no byline. */
function standsAsTitle(text: string): boolean {
  return (
    (hanCount(text) >= 2 || /[A-Za-z0-9]{2,}/u.test(text)) &&
    !endsSentence(text) &&
    readDateline(text) === null &&
    !isByline(readByline(text))
  );
}

function namesUnit(text: string): boolean {
  return UNIT_END.test(text) && charLength(text) <= 12;
}

export interface TitleAssignment {
  kicker: string;
  headline: string;
  subheadline: string;
  reasons: Array<{ lines: number[]; field: 'kicker' | 'headline' | 'subheadline'; message: string; how?: 'boxedKicker' }>;
  removed: Array<{ lines: number[]; text: string; message: string }>;
  /** Two title lines that read nearly as well the other way: that reading, for the review. */
  alternative?: AlternativeReading;
}

/** A kicker and a headline on one line: "东湖街道 举办社区消防安全开放日". */
function splitOneLine(text: string): [string, string] | null {
  const m = /^(\S{2,12}?)[\s\u3000]+(\S.*)$/u.exec(text);
  if (!m) return null;
  const [, first, second] = m as unknown as [string, string, string];
  if (!namesUnit(first) && !KICKER_MARK.test(first)) return null;
  if (!standsAsTitle(first) || !standsAsTitle(second)) return null;
  if (charLength(first) * 1.5 > charLength(second)) return null; // two parts of like length: a two-part headline
  return [first, second];
}

/** Decides which of a story's title lines (at most three) is the kicker, the headline, the subheadline. */
export function assignTitles(lines: readonly PageLine[]): TitleAssignment {
  const out: TitleAssignment = { kicker: '', headline: '', subheadline: '', reasons: [], removed: [] };
  // "【走基层】小镇上的共享菜园": a kicker in brackets before the headline, on its line
  const boxed = lines[0] && lines.length < 3 ? BOXED_KICKER.exec(lines[0].text) : null;
  if (boxed && standsAsTitle(boxed[1] as string) && standsAsTitle(boxed[2] as string)) {
    const at = (lines[0] as PageLine).no;
    out.kicker = boxed[1] as string;
    out.headline = boxed[2] as string;
    out.reasons.push({
      lines: [at],
      field: 'kicker',
      how: 'boxedKicker',
      message: `line ${at} split: “${out.kicker}” in 【】 taken as the kicker, the rest as the headline`,
    });
    out.removed.push({ lines: [at], text: '【】', message: `line ${at}: “【】” around the kicker removed` });
    if (lines[1]) {
      out.subheadline = lines[1].text;
      out.reasons.push({
        lines: [lines[1].no],
        field: 'subheadline',
        message: `line ${lines[1].no} taken as the subheadline: the line under the headline`,
      });
    }
    return out;
  }
  const first = lines[0] ? INNER_MARK.exec(lines[0].text) : null;
  if (first && lines.length < 3 && standsAsTitle((first[1] as string).replace(KICKER_MARK, '')) && standsAsTitle(first[2] as string)) {
    // "东湖街道>> 举办……": the kicker's mark stands between kicker and headline on one line
    lines = [
      { ...(lines[0] as PageLine), text: first[1] as string },
      { ...(lines[0] as PageLine), text: first[2] as string },
      ...lines.slice(1),
    ];
  }
  const texts = lines.map((l) => l.text);
  const marked = texts.map((t) => KICKER_MARK.test(t) && standsAsTitle(t.replace(KICKER_MARK, '').trimEnd()));
  texts.forEach((t, i) => {
    if (!marked[i]) return;
    const mark = KICKER_MARK.exec(t)?.[0] ?? '';
    texts[i] = t.slice(0, t.length - mark.length).trimEnd();
    out.removed.push({
      lines: [(lines[i] as PageLine).no],
      text: mark,
      message: `line ${(lines[i] as PageLine).no}: “${mark}” after the kicker removed`,
    });
  });
  const no = (i: number) => (lines[i] as PageLine).no;
  const say = (i: number, field: 'kicker' | 'headline' | 'subheadline', why: string) => {
    out[field] = texts[i] as string;
    out.reasons.push({ lines: [no(i)], field, message: `line ${no(i)} taken as the ${field}: ${why}` });
  };

  if (texts.length === 0) return out;
  if (texts.length === 1 || (texts.length === 2 && !marked[0])) {
    const split = marked[0] ? null : splitOneLine(texts[0] as string);
    if (split && texts.length === 1) {
      out.kicker = split[0];
      out.headline = split[1];
      out.reasons.push({
        lines: [no(0)],
        field: 'kicker',
        message: `line ${no(0)} split: “${split[0]}” taken as the kicker (names a unit), the rest as the headline`,
      });
      return out;
    }
    if (split && texts.length === 2 && charLength(texts[1] as string) >= charLength(split[1])) {
      out.kicker = split[0];
      out.headline = split[1];
      out.reasons.push({
        lines: [no(0)],
        field: 'kicker',
        message: `line ${no(0)} split: “${split[0]}” taken as the kicker (names a unit), the rest as the headline`,
      });
      say(1, 'subheadline', 'the line under the headline');
      return out;
    }
  }
  if (texts.length === 1) {
    say(0, 'headline', 'the only title line');
    return out;
  }
  if (texts.length === 2) {
    const [a, b] = texts as [string, string];
    const la = charLength(a);
    const lb = charLength(b);
    let kick = 0;
    let sub = 0;
    const why: string[] = [];
    if (marked[0]) kick += 5;
    if (namesUnit(a)) kick += 3;
    if (la <= 6) kick += 1;
    if (la < lb && la <= 10) kick += 1;
    if (SUB_MARK.test(b)) sub += 5;
    if (SENTENCE_INSIDE.test(b)) sub += 2;
    if (lb > la && lb >= 14) sub += 1;
    if (namesUnit(b)) sub -= 2;
    // the news first: a line that ends with a quote, ！ or ？ speaks; a line that opens with a number explains
    if (SPEAKS.test(a)) sub += 1;
    if (COUNTS.test(b)) sub += 1;
    // close readings: the other one is kept one click away
    const close = !marked[0] && !SUB_MARK.test(b) && Math.abs(kick - sub) <= 2;
    if (close)
      out.alternative =
        kick > sub
          ? { reading: 'headlineSubheadline', kicker: '', headline: a, subheadline: b }
          : { reading: 'kickerHeadline', kicker: a, headline: b, subheadline: '' };
    if (kick > sub) {
      if (marked[0]) why.push('marked as the kicker');
      if (namesUnit(a)) why.push('names a place or unit');
      if (la <= 10) why.push('short');
      say(0, 'kicker', why.join(', ') || 'shorter than the headline');
      say(1, 'headline', 'the line under the kicker');
    } else {
      say(0, 'headline', 'the first of two title lines');
      if (SUB_MARK.test(b)) why.push('opens with a dash');
      if (SENTENCE_INSIDE.test(b)) why.push('reads as a sentence');
      if (lb > la) why.push('longer than the headline');
      say(1, 'subheadline', why.join(', ') || 'the line under the headline');
    }
    return out;
  }
  say(0, 'kicker', 'first of three title lines');
  say(1, 'headline', 'second of three title lines');
  say(2, 'subheadline', 'third of three title lines');
  return out;
}
