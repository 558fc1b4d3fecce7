// The checks of words: the built-in list of misused words, the house style's word pairs and never-use words, and 的/地/得 where a pattern is certain.
import { MISUSED_WORDS, type MisusedWord } from './misusedWords';
import type { RawFinding } from './types';

/** The house style's own word lists, and its name (each finding says which list it came from). */
export interface WordLists {
  /** The house style's name. */
  name?: string;
  /** Wrong → right, e.g. 二七区政府 → 二七区人民政府. */
  wordPairs?: Readonly<Record<string, string>>;
  /** Words the paper never prints → why (may be empty). */
  neverUse?: Readonly<Record<string, string>>;
}

/** Every place `word` stands in `text`, from left to right (overlaps included). */
function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  if (word === '') return out;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

/** True when the `wrong` at `at` is part of `right` written there (the right form may contain the wrong one). */
function insideRight(text: string, at: number, wrong: string, right: string): boolean {
  for (let k = right.indexOf(wrong); k >= 0; k = right.indexOf(wrong, k + 1)) {
    if (at - k >= 0 && text.startsWith(right, at - k)) return true;
  }
  return false;
}

/** The built-in list by each wrong form's first character: the text is read once, not once per pair. */
let byFirst: Map<string, MisusedWord[]> | undefined;
function misusedStartingWith(ch: string): MisusedWord[] | undefined {
  if (!byFirst) {
    byFirst = new Map();
    for (const entry of MISUSED_WORDS) {
      const first = entry.wrong[0] as string;
      byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
    }
  }
  return byFirst.get(ch);
}

/** `misused-word`: a word from the built-in list, wrong in every context; the fix is its right form. */
export function misusedWords(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (let at = 0; at < text.length; at++) {
    const entries = misusedStartingWith(text[at] as string);
    if (!entries) continue;
    for (const entry of entries) {
      if (!text.startsWith(entry.wrong, at)) continue;
      const end = at + entry.wrong.length;
      if (entry.notAfter && end < text.length && entry.notAfter.includes(text[end] as string)) continue;
      if (entry.notBefore && at > 0 && entry.notBefore.includes(text[at - 1] as string)) continue;
      if (insideRight(text, at, entry.wrong, entry.right)) continue;
      out.push({
        rule: 'misused-word',
        start: at,
        end,
        message: `“${entry.wrong}” is a misused word (the built-in list of common misused words): write “${entry.right}”`,
        params: { found: entry.wrong, replacement: entry.right },
        fix: { replacement: entry.right },
      });
    }
  }
  return out;
}

/** `house-word`: a word the house style writes otherwise; never the right form itself where it contains the wrong one. */
export function houseWords(text: string, lists: WordLists): RawFinding[] {
  const out: RawFinding[] = [];
  for (const [wrong, right] of Object.entries(lists.wordPairs ?? {})) {
    if (wrong === '' || wrong === right) continue;
    for (const at of occurrences(text, wrong)) {
      if (insideRight(text, at, wrong, right)) continue;
      out.push({
        rule: 'house-word',
        start: at,
        end: at + wrong.length,
        message: `“${wrong}”: the house style “${lists.name ?? ''}” writes “${right}”`,
        params: { found: wrong, replacement: right, style: lists.name ?? '' },
        fix: { replacement: right },
      });
    }
  }
  return out;
}

/** `never-use`: a word the house style says the paper never prints; no fix (the sentence needs rewording). */
export function neverUseWords(text: string, lists: WordLists): RawFinding[] {
  const out: RawFinding[] = [];
  for (const [word, reason] of Object.entries(lists.neverUse ?? {})) {
    for (const at of occurrences(text, word)) {
      out.push({
        rule: 'never-use',
        start: at,
        end: at + word.length,
        message: `“${word}” is on the house style “${lists.name ?? ''}”'s never-use list${reason ? `: ${reason}` : ''}`,
        params: { found: word, style: lists.name ?? '', ...(reason ? { reason } : {}) },
      });
    }
  }
  return out;
}

/**
 * Verbs after which 的 or 地 before a degree word and an adjective is certainly 得 (跑的很快 → 跑得很快). Only verbs
 * that do not make a noun with 的 in news copy (说的很对, 吃的很丰富, 新来的很热情, 打的很方便 are right, so 说, 吃, 来, 打 are
 * not here), and for 地 none that ends a noun (飞地, 扫地, 种地, 占地 …).
 */
const DE_VERBS = '跑|走|飞|游|睡|笑|哭|长|过|活|发展|进行|完成|表现|开展|落实|准备|布置|组织|安排|恢复|推进';
const DI_VERBS = '跑|走|游|睡|笑|哭|发展|进行|完成|表现|开展|落实|准备|布置|组织|安排|恢复|推进';
const DEGREE = '很|非常|十分|特别|相当|格外|比较|更加';
const ADJECTIVES =
  '快|慢|好|高|远|早|晚|香|久|出色|顺利|充分|扎实|到位|及时|迅速|认真|仔细|开心|高兴|伤心|精彩|热闹|圆满|成功|清楚|流利|熟练|漂亮|稳';
/** The adjective ends the clause: a mark, the end of the text, or 了. */
const CLAUSE_END = '(?=[，。！？；：、”’）…—]|了|$)';
const DE_DI = new RegExp(
  `(${DE_VERBS})(的)(?:${DEGREE})(?:${ADJECTIVES})${CLAUSE_END}|(${DI_VERBS})(地)(?:${DEGREE})(?:${ADJECTIVES})${CLAUSE_END}`,
  'gu',
);

/** `de-di-de`: 的 or 地 where a verb takes a complement of degree (跑的很快, 完成地非常顺利): 得. */
export function deDiDe(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of text.matchAll(DE_DI)) {
    const verb = (m[1] ?? m[3]) as string;
    const found = (m[2] ?? m[4]) as string;
    const at = m.index + verb.length;
    out.push({
      rule: 'de-di-de',
      start: at,
      end: at + 1,
      message: `“${verb}${found}” before a degree word: a complement of degree after a verb takes 得, “${verb}得”`,
      params: { found: `${verb}${found}`, replacement: `${verb}得` },
      fix: { replacement: '得' },
    });
  }
  return out;
}

/** Every word check of a line of copy. */
export function wordChecks(text: string, lists: WordLists): RawFinding[] {
  return [...misusedWords(text), ...houseWords(text, lists), ...neverUseWords(text, lists), ...deDiDe(text)];
}
