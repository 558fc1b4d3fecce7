// Character classes of Chinese newspaper copy: Han characters, sentence ends, white space.

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/u;

/** True when the character is a Han ideograph (CJK unified, extension A/B, compatibility). */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Number of Han characters in a text. */
export function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (isHan(ch)) n++;
  return n;
}

/** Length in characters (code points), not UTF-16 units. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** White space of any width, including the full-width space U+3000 and NBSP. */
const SPACE_CLASS = '\\s\\u3000\\u00a0\\ufeff';
const EDGE_SPACE = new RegExp(`^[${SPACE_CLASS}]+|[${SPACE_CLASS}]+$`, 'gu');
const ANY_SPACE = new RegExp(`[${SPACE_CLASS}]`, 'u');

export function trimAll(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

function isSpace(ch: string): boolean {
  return ANY_SPACE.test(ch);
}

/** Closing brackets that may follow a sentence's final mark. */
const CLOSERS = "’」』）)》'";
/** Marks that end a sentence, full- and half-width; a closing double quote ends one too. */
const FINALS = '。！？!?…．.”"';

/** True when a line ends a sentence: 。！？…… ” (and half-width forms), optionally followed by a closing bracket. */
export function endsSentence(text: string): boolean {
  const t = isSpace(text[text.length - 1] ?? '') ? trimAll(text) : text;
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.includes(t[i] as string)) i--;
  if (i < 0) return false;
  const ch = t[i] as string;
  if (!FINALS.includes(ch)) return false;
  // "3." or "No." is a number or an abbreviation cut by the column, not a sentence's end
  if (ch === '.' && i > 0 && /[0-9A-Za-z]/.test(t[i - 1] as string)) return false;
  return true;
}
