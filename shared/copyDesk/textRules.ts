// The checks that read one line of copy on its own: half-width marks, unpaired marks, doubled marks, full-width digits, stray spaces.
import { findHalfwidthPunctuation } from '../punctuation';
import { isHan } from '../text';
import { quotedTitleSpans } from './quotedTitles';
import { rangeMark } from './rangeRules';
import type { RawFinding } from './types';

/** How a line's spaces are judged by `stray-space`. */
export interface SpaceAllowance {
  /** Titles: one half-width space may join two parts of a headline (三项举措护航夏粮收购 确保颗粒归仓). */
  titleParts?: boolean;
  /** Ranges where spaces are the layout's own: after a dateline label, between a byline's parts. */
  exempt?: ReadonlyArray<readonly [number, number]>;
}

export function halfwidthPunctuation(text: string): RawFinding[] {
  // an ellipsis typed as points is `ellipsis-form`'s, a range's tilde (5~8天) `range-mark`'s
  const ranges = new Set(rangeMark(text).map((r) => r.start));
  const own = findHalfwidthPunctuation(text).filter((m) => !m.found.startsWith('..') && !ranges.has(m.index));
  return own.map((m) => ({
    rule: 'halfwidth-punctuation',
    start: m.index,
    end: m.index + m.found.length,
    message: `half-width “${m.found}” in Chinese text: GB/T 15834 sets Chinese punctuation full width, “${m.replacement}”`,
    params: { found: m.found, replacement: m.replacement },
    fix: { replacement: m.replacement },
  }));
}

const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '(': ')', '【': '】' };
const CLOSERS: Record<string, string> = { '”': '“', '’': '‘', '》': '《', '）': '（', ')': '(', '】': '【' };
/** A bracket and its half-width twin pair with each other: （…) is a mark to make full width, not unpaired. */
const KIND: Record<string, string> = { '(': '（', ')': '）' };
const kind = (ch: string) => KIND[ch] ?? ch;

/** A list number's closing bracket with no opening one: 1）, 二）, a) at the start of a line. */
function isListMarker(text: string, i: number): boolean {
  return /^[\s\u3000]*[0-9A-Za-z一二三四五六七八九十]{1,2}$/u.test(text.slice(0, i));
}

export function unpairedMarks(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  const open: Array<{ ch: string; at: number }> = [];
  const crossed: string[] = [];
  const report = (ch: string, at: number, why: 'unclosed' | 'unopened' | 'crossed', other?: string) =>
    out.push({
      rule: 'unpaired-mark',
      start: at,
      end: at + 1,
      message:
        why === 'unclosed'
          ? `“${ch}” is never closed: each opening mark needs its closing “${OPENERS[ch]}”`
          : why === 'unopened'
            ? `“${ch}” closes nothing: there is no “${CLOSERS[ch]}” before it`
            : `“${ch}” is still open where “${other}” closes: marks must nest, the inner pair closed first`,
      params: { found: ch, why, ...(other ? { other } : {}) },
    });
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    // an apostrophe in a Latin word (don’t, O’Neil) is no quotation mark
    if (ch === '’' && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
    if (OPENERS[ch]) {
      open.push({ ch, at: i });
      continue;
    }
    const opener = CLOSERS[ch];
    if (!opener) continue;
    const top = open[open.length - 1];
    if (top && kind(top.ch) === kind(opener)) {
      open.pop();
      continue;
    }
    const deeper = open.findLastIndex((o) => kind(o.ch) === kind(opener));
    if (deeper >= 0) {
      // 《“…》” : the marks cross; the inner ones left open are reported where they open
      for (const o of open.splice(deeper + 1)) {
        report(o.ch, o.at, 'crossed', ch);
        crossed.push(kind(o.ch));
      }
      open.pop();
      continue;
    }
    // the closing mark of a pair already reported as crossed
    const late = crossed.indexOf(kind(opener));
    if (late >= 0) {
      crossed.splice(late, 1);
      continue;
    }
    if ((ch === '）' || ch === ')') && isListMarker(text, i)) continue;
    report(ch, i, 'unopened');
  }
  for (const o of open) report(o.ch, o.at, 'unclosed');
  return out.sort((a, b) => a.start - b.start);
}

const SENTENCE_MARKS = '，。；：、！？';

export function doubledPunctuation(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (!SENTENCE_MARKS.includes(ch)) continue;
    let j = i + 1;
    while (text[j] === ch) j++;
    const found = text.slice(i, j);
    // 。。。 is an ellipsis typed on a keyboard without one: `ellipsis-form`'s
    if (ch === '。' && j - i >= 3) {
      i = j - 1;
      continue;
    }
    if (j - i >= 2) {
      const replacement = j - i === 2 ? ch : undefined;
      out.push({
        rule: 'doubled-punctuation',
        start: i,
        end: j,
        message: replacement
          ? `“${found}”: a mark is set once (GB/T 15834), here “${replacement}”`
          : `“${found}”: a mark is set once (GB/T 15834)`,
        params: { found, ...(replacement ? { replacement } : {}) },
        ...(replacement ? { fix: { replacement } } : {}),
      });
      i = j - 1;
      continue;
    }
    const next = text[i + 1];
    // two different pause marks in a row: which one was meant is not certain
    if (next !== undefined && '，。；：、'.includes(ch) && '，。；：、'.includes(next)) {
      out.push({
        rule: 'doubled-punctuation',
        start: i,
        end: i + 2,
        message: `“${ch}${next}”: two pause marks in a row; keep the one the sentence needs`,
        params: { found: `${ch}${next}` },
      });
      i++;
    }
  }
  return out;
}

/** Full-width digits and Latin letters, and a full-width point between digits. */
const FULLWIDTH_RUN = /[０-９Ａ-Ｚａ-ｚ]+(?:[．.][０-９0-9]+)*|(?<=[0-9０-９])．(?=[0-9０-９])/gu;

export function fullwidthDigitsLetters(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of text.matchAll(FULLWIDTH_RUN)) {
    const found = m[0];
    const replacement = [...found]
      .map((ch) => (/[０-９Ａ-Ｚａ-ｚ]/u.test(ch) ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch === '．' ? '.' : ch))
      .join('');
    out.push({
      rule: 'fullwidth-digits-letters',
      start: m.index,
      end: m.index + found.length,
      message: `full-width “${found}”: GB/T 15835 writes digits and Latin letters half width, “${replacement}”`,
      params: { found, replacement },
      fix: { replacement },
    });
  }
  return out;
}

const CHINESE_SIDE = /[，。：；？！、“”‘’《》（）【】…—]/u;
const isChineseSide = (ch: string | undefined) => ch !== undefined && (isHan(ch) || CHINESE_SIDE.test(ch));

export function straySpaces(text: string, allow: SpaceAllowance = {}): RawFinding[] {
  const out: RawFinding[] = [];
  let spans: Array<[number, number]> | undefined;
  const quoted = () => (spans ??= quotedTitleSpans(text));
  for (const m of text.matchAll(/[ \u3000\u00a0]+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isChineseSide(text[start - 1]) || !isChineseSide(text[end])) continue;
    if (!isHan(text[start - 1] as string) && !isHan(text[end] as string)) continue;
    if (allow.exempt?.some(([a, b]) => start >= a && end <= b)) continue;
    if (allow.titleParts && m[0] === ' ') continue;
    // a quoted name or title in two parts (“迎七一 展风采”, 《读书 读人》) keeps its space, as a headline does
    if (m[0].length === 1 && quoted().some(([a, b]) => start >= a && end <= b)) continue;
    // in a title, the space between two parts is one half-width space; elsewhere there is none
    const replacement = allow.titleParts ? ' ' : '';
    out.push({
      rule: 'stray-space',
      start,
      end,
      message: allow.titleParts
        ? 'the parts of a title are joined by one half-width space'
        : 'a space between Chinese characters: Chinese copy is set without spaces',
      params: { found: m[0], title: allow.titleParts ? 1 : 0 },
      fix: { replacement },
    });
  }
  return out;
}
