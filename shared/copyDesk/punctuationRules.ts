// GB/T 15834—2011 marks set in the wrong form: the ellipsis, the dash, nested quotation and title marks, the 顿号 of an estimate, the interpunct.
import { isHan } from '../text';
import { isBetweenNameParts } from './foreignNames';
import type { RawFinding } from './types';

/** Full-width marks and Han characters: what makes a neighbour Chinese. */
const CHINESE_MARK = /[，。：；？！、“”‘’《》〈〉（）【】…—]/u;
const isChinese = (ch: string | undefined) => ch !== undefined && (isHan(ch) || CHINESE_MARK.test(ch));

/** Nearest character before `i` / from `i` on that is not a space. */
const before = (text: string, i: number) => text.slice(0, i).trimEnd().slice(-1) || undefined;
const after = (text: string, i: number) => text.slice(i).trimStart()[0];

/** Spans of URLs and e-mail addresses, whose dots and dashes are their own. */
function inAddress(text: string, at: number): boolean {
  for (const m of text.matchAll(/(?:https?:\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
    if (at >= m.index && at < m.index + m[0].length) return true;
  }
  return false;
}

/**
 * GB/T 15834—2011 4.11: the ellipsis is six dots in two character spaces, “……” (twelve, “…………”, only for whole
 * lines or paragraphs left out). Three or more points (...), full stops (。。。) or full-width points (．．．), and a
 * single “…”, are made “……”; three or five “…” in a row are flagged without a fix (which length was meant is unsure).
 */
export function ellipsisForm(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of text.matchAll(/\.{3,}|。{3,}|．{3,}|·{3,}|…+/gu)) {
    const found = m[0];
    const start = m.index;
    const end = start + found.length;
    // marks in English text keep their form (Wait… what?)
    const chinese = isChinese(before(text, start)) || isChinese(after(text, end));
    if (found[0] === '…') {
      if (found.length % 2 === 0 || !chinese) continue;
      const certain = found.length === 1;
      out.push({
        rule: 'ellipsis-form',
        start,
        end,
        message: certain
          ? 'a single “…”: the ellipsis is two of them, “……” (GB/T 15834—2011 4.11)'
          : `“${found}”: the ellipsis is “……”, or “…………” for whole paragraphs left out (GB/T 15834—2011 4.11)`,
        params: { found, ...(certain ? { replacement: '……' } : {}) },
        ...(certain ? { fix: { replacement: '……' } } : {}),
      });
      continue;
    }
    // points in English text or in an address keep their form
    if (inAddress(text, start) || !chinese) continue;
    out.push({
      rule: 'ellipsis-form',
      start,
      end,
      message: `“${found}”: the ellipsis is written “……” (GB/T 15834—2011 4.11)`,
      params: { found, replacement: '……' },
      fix: { replacement: '……' },
    });
  }
  return out;
}

/**
 * GB/T 15834—2011 4.10: the dash (破折号) is “——”, two em dashes. Hyphens (--), full-width hyphens (－－) and the
 * horizontal bar of some GBK fonts (――) are made “——”; so is a single “—” beside a mark or at the line's edge. A
 * single “—” between two Chinese words is left alone: it may be the connecting mark (北京—上海, GB/T 15834 4.13);
 * between numbers it is a range.
 */
export function dashForm(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of text.matchAll(/-{2,}|－{2,}|―{1,2}|—+/gu)) {
    const found = m[0];
    const start = m.index;
    const end = start + found.length;
    const prev = text[start - 1];
    const next = text[end];
    if (found === '——') continue;
    let flagged = false;
    if (found[0] === '-') {
      // a command-line option (--only), an arrow (-->), or a line drawn in Latin text
      flagged = found.length <= 3 && !inAddress(text, start) && !/[A-Za-z0-9>-]/.test(next ?? '') && (isChinese(prev) || isChinese(next));
    } else if (found[0] === '－' || found[0] === '―') {
      flagged = isChinese(prev) || isChinese(next);
    } else if (found === '—') {
      const edge = (ch: string | undefined) => ch === undefined || (CHINESE_MARK.test(ch) && ch !== '—');
      flagged = (isHan(prev ?? '') && edge(next)) || (edge(prev) && isHan(next ?? ''));
    }
    if (!flagged) continue;
    out.push({
      rule: 'dash-form',
      start,
      end,
      message: `“${found}”: the dash is two em dashes, “——” (GB/T 15834—2011 4.10)`,
      params: { found, replacement: '——' },
      fix: { replacement: '——' },
    });
  }
  return out;
}

const NESTED: ReadonlyArray<{ open: string; close: string; inner: [string, string]; clause: string }> = [
  { open: '“', close: '”', inner: ['‘', '’'], clause: '4.8' },
  { open: '《', close: '》', inner: ['〈', '〉'], clause: '4.15' },
];

/**
 * GB/T 15834—2011 4.8.3.2 and 4.15.3.2: a quotation inside a quotation takes single marks (“…‘…’…”), a title
 * inside a title the single title marks (《…〈…〉…》). A double pair straight inside a double pair, both closed in
 * the line, is made single; deeper nesting and unpaired marks are left to `unpaired-mark`.
 */
export function nestedQuotes(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const kind of NESTED) {
    const open: number[] = [];
    const inner: Array<[number, number]> = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === kind.open) open.push(i);
      else if (text[i] === kind.close) {
        const at = open.pop();
        if (at === undefined) break; // unpaired: not a question of nesting
        // a double pair inside a single one inside a double one (“…‘…“…”…’…”) is the third level, rightly double
        const between = text.slice(open[0] ?? 0, at);
        const singleOpen = between.split(kind.inner[0]).length > between.split(kind.inner[1]).length;
        if (open.length === 1 && !singleOpen) inner.push([at, i]);
        // the outer pair closes: its inner pairs were nested in a closed pair
        if (open.length === 0) {
          for (const [a, b] of inner) {
            const found = text.slice(a, b + 1);
            const replacement = `${kind.inner[0]}${found.slice(1, -1)}${kind.inner[1]}`;
            out.push({
              rule: 'nested-quotes',
              start: a,
              end: b + 1,
              message: `“${found}” inside “${kind.open}${kind.close}”: the inner pair is “${kind.inner[0]}${kind.inner[1]}” (GB/T 15834—2011 ${kind.clause})`,
              params: { found, outer: `${kind.open}${kind.close}`, inner: kind.inner.join(''), clause: kind.clause, replacement },
              fix: { replacement },
            });
          }
          inner.length = 0;
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const NUMERAL = '一二三四五六七八九十';
/** Words after an estimate: measure words and units (三四个, 七八十岁); not 等/类/线/年级/月/号/层, which make a list. */
const ESTIMATE_WORD =
  /^(?:[十百千万亿]|个|人|名|位|次|回|遍|趟|天|周|岁|年(?!级)|小时|分钟|秒|元|块|角|米|公里|千米|里|吨|斤|公斤|克|倍|成|件|本|只|条|头|匹|辆|家|户|所|项|种|句|声|步|场|顿|碗|杯|张|棵|株|亩|间|座|栋|套|台|部|篇|首|片|批|份|口|行|字|页)/u;

/**
 * GB/T 15834—2011 4.5.3.5: two neighbouring numerals that give an estimate take no 顿号 (三、四个 → 三四个). Only
 * Chinese numerals one apart, before a measure word; a list (一、二等奖, 第三、四季度, 三、四年级) is left alone.
 */
export function estimateComma(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  // 九、十个 is left alone: 九十个 would read ninety
  for (const m of text.matchAll(/([一二三四五六七八])、([二三四五六七八九])/gu)) {
    const [found, a, b] = m as unknown as [string, string, string];
    const start = m.index;
    const prev = text[start - 1];
    const rest = text.slice(start + found.length);
    if (NUMERAL.indexOf(b) !== NUMERAL.indexOf(a) + 1) continue;
    if (prev !== undefined && (/[第、0-9]/u.test(prev) || NUMERAL.includes(prev))) continue;
    if (!ESTIMATE_WORD.test(rest)) continue;
    const replacement = `${a}${b}`;
    out.push({
      rule: 'estimate-comma',
      start,
      end: start + found.length,
      message: `“${found}” gives an estimate: neighbouring numerals take no 顿号, “${replacement}” (GB/T 15834—2011 4.5)`,
      params: { found, replacement },
      fix: { replacement },
    });
  }
  return out;
}

/** Points that stand for the interpunct in foreign names: katakana middle dot, bullets, dot operators. */
const WRONG_INTERPUNCT = /[・•‧∙･⋅.．]/gu;

/**
 * GB/T 15834—2011 4.14: the interpunct between the parts of a foreign name (and between a book and its chapter)
 * is “·”. Dots and bullets between Chinese characters are made “·”; a point (. or ．) only between two parts of a
 * transliterated name (约翰.史密斯), never in 3.5 or www.x.cn.
 */
export function interpunct(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of text.matchAll(WRONG_INTERPUNCT)) {
    const i = m.index;
    const found = m[0];
    const point = found === '.' || found === '．';
    if (point ? !isBetweenNameParts(text, i) || inAddress(text, i) : !(isHan(text[i - 1] ?? '') && isHan(text[i + 1] ?? ''))) continue;
    out.push({
      rule: 'interpunct',
      start: i,
      end: i + 1,
      message: `“${found}” between the parts of a name: the interpunct is “·” (GB/T 15834—2011 4.14)`,
      params: { found, replacement: '·' },
      fix: { replacement: '·' },
    });
  }
  return out;
}
