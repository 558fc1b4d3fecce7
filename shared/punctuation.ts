// Half-width punctuation inside Chinese text, found and made full-width (never in numbers, Latin words, URLs or e-mail).
import { isBetweenNameParts } from './copyDesk/foreignNames';
import { isHan } from './text';

const FULL: Record<string, string> = {
  ',': '，',
  '.': '。',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '~': '～',
};

/** Full-width marks that count as Chinese context for a neighbouring half-width mark. */
const CHINESE_MARKS = /[，。：；？！（）～、“”‘’《》【】……—]/u;

export interface HalfwidthMark {
  /** Index in the text (UTF-16 units). */
  index: number;
  /** The half-width mark as found ("..." for an ellipsis). */
  found: string;
  /** Its full-width replacement. */
  replacement: string;
}

function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || CHINESE_MARKS.test(ch));
}

/** Spans of URLs and e-mail addresses, which keep their punctuation. */
function protectedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /(?:https?:\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    // a sentence's own mark after a URL is not part of it; a closing bracket is, when the URL opened it (wiki/Foo_(bar))
    for (;;) {
      const last = text[end - 1] as string;
      const span = text.slice(m.index, end);
      const unopened = last === ')' && span.split('(').length < span.split(')').length;
      if (end > m.index && (/[.,;:!?]/.test(last) || unopened)) end--;
      else break;
    }
    spans.push([m.index, end]);
  }
  return spans;
}

/** Nearest character before `i` that is not a space. */
function before(text: string, i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (text[j] !== ' ') return text[j];
  return undefined;
}

/** Nearest character from `i` on that is not a space. */
function after(text: string, i: number): string | undefined {
  for (let j = i; j < text.length; j++) if (text[j] !== ' ') return text[j];
  return undefined;
}

/** Nearest letter (Han or Latin) or Chinese mark before `i`, looking past digits, %, a time's colon and spaces: "达66.3%," → 达, "至18:00," → 至. */
function wordBefore(text: string, i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const ch = text[j] as string;
    if (/[0-9%.:\s]/.test(ch)) continue;
    return ch;
  }
  return undefined;
}

/** True when the clause that ends at `i` (back to the previous Chinese mark or the start) holds a Han character. */
function clauseHasHan(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const ch = text[j] as string;
    if (/[，。：；？！]/u.test(ch)) return false;
    if (isHan(ch)) return true;
  }
  return false;
}

/** Pairs of half-width brackets outside URLs, matched innermost first; unmatched ones pair with -1. */
function bracketPairs(text: string, inSpan: (i: number) => boolean): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (inSpan(i)) continue;
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')') {
      const o = open.pop();
      if (o === undefined) pairs.set(i, -1);
      else {
        pairs.set(o, i);
        pairs.set(i, o);
      }
    }
  }
  for (const o of open) pairs.set(o, -1);
  return pairs;
}

/** True when a pair of brackets (or a lone one) stands in Chinese text: a Chinese neighbour or Han inside. */
function chineseBrackets(text: string, o: number, c: number): boolean {
  // Latin or code: f(x), print(x) (a letter or digit right before, no Han inside) keep their brackets
  if (o >= 0 && c >= 0 && /[A-Za-z0-9_]/.test(text[o - 1] ?? '') && ![...text.slice(o + 1, c)].some((ch) => isHan(ch))) return false;
  if (o >= 0 && (isChinese(before(text, o)) || isChinese(after(text, o + 1)))) return true;
  if (c >= 0 && (isChinese(before(text, c)) || isChinese(text[c + 1]))) return true;
  if (o >= 0 && c >= 0) for (let j = o + 1; j < c; j++) if (isHan(text[j] as string)) return true;
  return false;
}

/**
 * Every half-width mark that stands in Chinese text, with its full-width form. A run of marks is followed to its end:
 * in ",;:(?!...东" the comma stands beside a mark that becomes Chinese, so it is found too (a fix is done in one pass).
 */
export function findHalfwidthPunctuation(text: string): HalfwidthMark[] {
  const all: HalfwidthMark[] = [];
  let seen = text;
  for (let found = marksBesideChinese(seen); found.length > 0; found = marksBesideChinese(seen)) {
    all.push(...found);
    seen = withSameLengthMarks(seen, found);
  }
  return all.sort((a, b) => a.index - b.index);
}

/** The text with the marks replaced by full-width ones of the same length, so that every index stays where it was. */
function withSameLengthMarks(text: string, marks: readonly HalfwidthMark[]): string {
  let out = '';
  let last = 0;
  for (const m of [...marks].sort((a, b) => a.index - b.index)) {
    const filler = m.replacement.slice(-1);
    out += text.slice(last, m.index) + (m.replacement + filler.repeat(m.found.length)).slice(0, m.found.length);
    last = m.index + m.found.length;
  }
  return out + text.slice(last);
}

/** The half-width marks with Chinese beside them as the text stands (one pass). */
function marksBesideChinese(text: string): HalfwidthMark[] {
  const marks: HalfwidthMark[] = [];
  const spans = protectedSpans(text);
  const inSpan = (i: number) => spans.some(([a, b]) => i >= a && i < b);
  const brackets = bracketPairs(text, inSpan);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '.' && text.startsWith('...', i)) {
      let j = i;
      while (text[j] === '.') j++;
      if (!inSpan(i) && (isChinese(before(text, i)) || isChinese(after(text, j)))) {
        marks.push({ index: i, found: text.slice(i, j), replacement: '……' });
      }
      i = j - 1;
      continue;
    }
    const full = FULL[ch];
    if (!full || inSpan(i)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    // inside a number: 66.3%, 3:00, 1,000 (a comma only before a group of exactly three digits: 18:00,7月1日 is a sentence's)
    if ((ch === '.' || ch === ':' || ch === ',') && prev !== undefined && /[0-9]/.test(prev) && next !== undefined && /[0-9]/.test(next))
      if (ch !== ',' || /^[0-9]{3}(?![0-9])/.test(text.slice(i + 1))) continue;
    if (ch === '(' || ch === ')') {
      const other = brackets.get(i) ?? -1;
      const [o, c] = ch === '(' ? [i, other] : [other, i];
      if (chineseBrackets(text, o, c)) marks.push({ index: i, found: ch, replacement: full });
      continue;
    }
    // a list number: "1." at the start of a line or a sentence is written so (GB/T 15835); "一." becomes "一、"
    if (ch === '.') {
      const ordinal = /(?:^|[\s\u3000。；：！？，、（(:;!?,])([0-9]{1,3}|[一二三四五六七八九十]{1,3})$/u.exec(text.slice(0, i));
      if (ordinal && next !== undefined && !/[0-9]/.test(next)) {
        if (!/[0-9]/.test(ordinal[1] as string)) marks.push({ index: i, found: ch, replacement: '、' });
        continue;
      }
    }
    // a point between the parts of a transliterated name (约翰.史密斯) is a wrong interpunct, not a full stop
    if (ch === '.' && isBetweenNameParts(text, i)) continue;
    // the full stop of a Latin abbreviation (U.S., M.I.T.) belongs to the word
    if (ch === '.' && /(?:^|[^A-Za-z])(?:[A-Za-z]\.)+[A-Za-z]$/.test(text.slice(0, i))) continue;
    const latinBefore = prev !== undefined && /[A-Za-z]/.test(prev);
    const following = after(text, i + 1);
    // a Chinese sentence that ends in a Latin word or a number: 使用了Python. / 版本为v1.2. (not U.S.政府)
    const endsChineseClause = (following === undefined || (!isHan(following) && isChinese(following))) && clauseHasHan(text, i);
    if (isChinese(before(text, i)) || isChinese(wordBefore(text, i)) || (isChinese(following) && !latinBefore) || endsChineseClause) {
      marks.push({ index: i, found: ch, replacement: full });
    }
  }
  return marks;
}

/** The text with every half-width mark in Chinese text made full-width; nothing else changes. */
export function normalizePunctuation(text: string): string {
  const marks = findHalfwidthPunctuation(text);
  if (marks.length === 0) return text;
  let out = '';
  let last = 0;
  for (const m of marks) {
    out += text.slice(last, m.index) + m.replacement;
    last = m.index + m.found.length;
  }
  return out + text.slice(last);
}
