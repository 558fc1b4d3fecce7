// Which characters a typesetting system takes (all, GBK's, GB2312's), read from the platform's own GB18030 decoder.
import type { CharacterSet } from './houseStyleDefaults';

/** WHATWG's TextDecoder, present in browsers and Node alike (shared/ is typed without either). */
type Decoder = new (label: string) => { decode(bytes: Uint8Array): string };

const sets = new Map<'gbk' | 'gb2312', ReadonlySet<string>>();

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Every character written in two bytes within the lead and trail ranges, decoded at once. */
function decodedPairs(leads: [number, number], trails: [number, number]): Set<string> {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (let trail = trails[0]; trail <= trails[1]; trail++) if (trail !== 0x7f) bytes.push(lead, trail);
  }
  const TextDecoder = (globalThis as unknown as { TextDecoder: Decoder }).TextDecoder;
  const found = new Set(new TextDecoder('gb18030').decode(new Uint8Array(bytes)));
  found.delete('\ufffd');
  // two-byte codes GB18030-2022 gives to characters that older systems (and GB18030-2005) keep as private-use ones
  for (const cp of [...range(0x9fb4, 0x9fbb), ...range(0xfe10, 0xfe19)]) found.delete(String.fromCodePoint(cp));
  return found;
}

/** GBK: GB18030's two-byte characters (81–FE, 40–FE). GB2312: rows A1–F7, cells A1–FE. ASCII belongs to both. */
function twoByteSet(set: 'gbk' | 'gb2312'): ReadonlySet<string> {
  let found = sets.get(set);
  if (!found) {
    found = set === 'gbk' ? decodedPairs([0x81, 0xfe], [0x40, 0xfe]) : decodedPairs([0xa1, 0xf7], [0xa1, 0xfe]);
    sets.set(set, found);
  }
  return found;
}

const PRIVATE_USE = /\p{Co}/u;

/** Whether the system takes the character (one code point). Line ends and ASCII always; a private-use character (made up by one system) never under GBK or GB2312. */
export function takesCharacter(ch: string, set: CharacterSet): boolean {
  if (set === 'all' || ch < '\u0080') return true;
  return !PRIVATE_USE.test(ch) && twoByteSet(set).has(ch);
}

/** A run of characters the system cannot take, with its code-unit offsets. */
export interface OutsideRun {
  found: string;
  start: number;
  end: number;
  /** Emoji (or an emoji's modifier and joiner) rather than a rare character. */
  emoji: boolean;
}

const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d|\ufe0f|\u20e3/u;

/** The runs of characters in the text that the system cannot take; none under "all". */
export function charactersOutside(text: string, set: CharacterSet): OutsideRun[] {
  if (set === 'all') return [];
  const out: OutsideRun[] = [];
  let at = 0;
  for (const ch of text) {
    if (!takesCharacter(ch, set)) {
      const last = out[out.length - 1];
      if (last && last.end === at) {
        last.found += ch;
        last.end += ch.length;
        last.emoji ||= EMOJI_PART.test(ch);
      } else out.push({ found: ch, start: at, end: at + ch.length, emoji: EMOJI_PART.test(ch) });
    }
    at += ch.length;
  }
  return out;
}

/** "U+1F600" for each code point of a run, joined by spaces. */
export function codePoints(text: string): string {
  return [...text].map(codePointOf).join(' ');
}

/** "U+20000": a character's code point as the interface shows it beside the character. */
export function codePointOf(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
