// Text to bytes and back for pages and exports: UTF-8, UTF-8 with BOM, GB18030, never a silent '?'.
import { createRequire } from 'node:module';
import type { Encoding } from '../../shared/houseStyle';
import type { Reason, ReasonParams } from '../../shared/apiError';
import { codePointOf } from '../../shared/characterSet';

type Iconv = typeof import('iconv-lite');
let iconvModule: Iconv | undefined;
/** iconv-lite, loaded on first use: UTF-8 work never pays for it. */
function iconv(): Iconv {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconvModule;
}

export class EncodingError extends Error {
  constructor(
    message: string,
    /** Why, for the interface to word (see shared/apiError.ts REASONS). */
    readonly reason: Extract<Reason, 'unencodable' | 'pageUtf16' | 'pageNul' | 'pageNotText'>,
    readonly char?: string,
    readonly index?: number,
    readonly params: ReasonParams = {},
  ) {
    super(message);
    this.name = 'EncodingError';
  }
}

export const ENCODING_NAMES: Record<Encoding, string> = { utf8: 'UTF-8', 'utf8-bom': 'UTF-8 with BOM', gb18030: 'GB18030' };

/** "𠀀 (U+20000)" */
export function describeChar(ch: string): string {
  return `“${ch}” (${codePointOf(ch)})`;
}

/** The first character the encoding cannot hold, with its index, or null when all can be written. */
export function findUnencodable(text: string, encoding: Encoding): { char: string; index: number } | null {
  // a lone surrogate is not a character any encoding can write
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u.exec(text);
  let first: { char: string; index: number } | null = lone ? { char: lone[0], index: lone.index } : null;
  if (encoding === 'gb18030') {
    const back = iconv().decode(iconv().encode(text, 'gb18030'), 'gb18030');
    if (back !== text) {
      let i = 0;
      for (const ch of text) {
        if (iconv().decode(iconv().encode(ch, 'gb18030'), 'gb18030') !== ch) {
          if (!first || i < first.index) first = { char: ch, index: i };
          break;
        }
        i += ch.length;
      }
    }
  }
  return first;
}

/** The text's bytes in the encoding; throws EncodingError naming a character the encoding cannot hold. */
export function encodeText(text: string, encoding: Encoding): Buffer {
  const bad = findUnencodable(text, encoding);
  if (bad) {
    throw new EncodingError(
      `${describeChar(bad.char)} cannot be written in ${ENCODING_NAMES[encoding]}`,
      'unencodable',
      bad.char,
      bad.index,
      {
        char: bad.char,
        code: codePointOf(bad.char),
        encoding,
      },
    );
  }
  if (encoding === 'gb18030') return iconv().encode(text, 'gb18030');
  const utf8 = Buffer.from(text, 'utf8');
  return encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8;
}

export interface DecodedPage {
  text: string;
  encoding: 'utf8' | 'utf8-bom' | 'gb18030';
}

/** Han characters, kana, hangul, CJK punctuation and full-width forms: a UTF-8 reading holding one is a Chinese page. */
const CJK =
  /[\u2e80-\u2fff\u3000-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;
/**
 * What a UTF-8 reading of GB18030 bytes is made of, and a page of the paper written in UTF-8 without Chinese
 * hardly ever is: C1 controls, Latin-1 symbols no text uses (¤ ¦ ¨ ª ¬ soft hyphen ¯ ´ ¸ ¹ º), IPA, spacing
 * modifiers, combining marks, Greek and Coptic, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana, NKo.
 * Accented Latin letters in a word with plain ones (café, pinyin Lǐ), common symbols in a text with plain
 * letters or digits (25°C, © 2026), punctuation and emoji are at home.
 */
const OUT_OF_PLACE = /[\u0080-\u009f\u00a4\u00a6\u00a8\u00aa\u00ac\u00ad\u00af\u00b4\u00b8\u00b9\u00ba\u0250-\u07ff]/u;

/** How plausible each reading of bytes that are both valid UTF-8 and valid GB18030 is, as a page of the paper. */
export interface ReadingScores {
  /** The UTF-8 reading holds a Chinese character or full-width punctuation. */
  utf8HasCjk: boolean;
  /** Share of the UTF-8 reading's non-ASCII characters that are at home in a page (1 with none). */
  utf8: number;
  /** Share of the GB18030 reading's characters that are GB2312's hanzi or its punctuation, full-width forms and pinyin (1 with none). */
  gb18030: number;
}

/** The GB18030 bytes' characters that are common: GB2312 rows A1–A3 (punctuation, numbers, full-width forms), A8 (pinyin), B0–F7 (hanzi). */
function commonGbShare(buf: Uint8Array): number {
  let all = 0;
  let common = 0;
  for (let i = 0; i < buf.length;) {
    const lead = buf[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    all++;
    const trail = buf[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4; // a four-byte character: none is common
      continue;
    }
    if (trail >= 0xa1 && trail <= 0xfe && ((lead >= 0xa1 && lead <= 0xa3) || lead === 0xa8 || (lead >= 0xb0 && lead <= 0xf7))) common++;
    i += 2;
  }
  return all === 0 ? 1 : common / all;
}

/** A letter with an accent (Latin-1 and Latin Extended A/B): at home in a word with plain letters (café, Lǐ), not alone. */
const ACCENTED = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/u;

/** Latin-1's symbols (° © « » · ½, × ÷): at home in a text with plain letters or digits (25°C), not alone. */
const LATIN1_SYMBOL = /[\u00a0-\u00bf\u00d7\u00f7]/u;

/** Scores both readings of the bytes (the UTF-8 one given as its text). */
export function scoreReadings(utf8Text: string, bytes: Uint8Array): ReadingScores {
  let all = 0;
  let atHome = 0;
  const withPlainText = /[A-Za-z0-9]/.test(utf8Text);
  for (const word of utf8Text.match(/\p{L}+|[^\p{L}]/gu) ?? []) {
    const withPlainLetters = /[A-Za-z]/.test(word);
    for (const ch of word) {
      if (ch < '\u0080') continue;
      all++;
      if (OUT_OF_PLACE.test(ch)) continue;
      if (ACCENTED.test(ch) ? withPlainLetters : !LATIN1_SYMBOL.test(ch) || withPlainText) atHome++;
    }
  }
  return { utf8HasCjk: CJK.test(utf8Text), utf8: all === 0 ? 1 : atHome / all, gb18030: commonGbShare(bytes) };
}

/**
 * The scored choice for bytes both encodings read: GB18030 only when the UTF-8 reading holds no Chinese, at
 * most half of its other characters are at home, and at least 90% of the GB18030 reading is common Chinese.
 * "通讯员" in GB18030 is valid UTF-8 ("ͨѶԱ": combining mark, Cyrillic, Armenian): GB18030. A Cyrillic name in
 * UTF-8 ("Иван Петров") reads as rare hanzi half the time: UTF-8. A page with Chinese in UTF-8: always UTF-8.
 */
export function prefersGb18030(scores: ReadingScores): boolean {
  return !scores.utf8HasCjk && scores.utf8 <= 0.5 && scores.gb18030 >= 0.9;
}

/** The bytes as GB18030 text, or null when they are not GB18030 (read back, they would not be the same bytes). */
function readGb18030(buf: Buffer): string | null {
  const text = iconv().decode(buf, 'gb18030');
  return Buffer.from(iconv().encode(text, 'gb18030')).equals(buf) ? text : null;
}

/**
 * A page's bytes to text: valid UTF-8 (with or without BOM) is UTF-8; otherwise GB18030 when the bytes are
 * valid GB18030; otherwise refused with a message. Never garbled text. Bytes without a BOM that are valid in
 * both (a few short Chinese texts in GB18030 are valid UTF-8 too) are read as the likelier one: see
 * `prefersGb18030`.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new EncodingError(
      'the file is UTF-16, which Bulletin Desk does not read; save it as UTF-8 or GB18030 and try again',
      'pageUtf16',
    );
  }
  if (buf.includes(0)) throw new EncodingError('the file holds NUL bytes: it is not a plain-text page', 'pageNul');
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  let utf8: string | undefined;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? buf.subarray(3) : buf);
  } catch {
    // not UTF-8: try GB18030
  }
  if (utf8 !== undefined) {
    // the cheap look first: a BOM, Chinese, or only ASCII in the UTF-8 reading settles it
    if (bom || CJK.test(utf8) || !/[^\u0000-\u007f]/u.test(utf8)) return { text: utf8, encoding: bom ? 'utf8-bom' : 'utf8' };
    // scored on the bytes first; only a likely GB18030 reading is decoded and checked (iconv-lite stays unloaded)
    const gb = prefersGb18030(scoreReadings(utf8, buf)) ? readGb18030(buf) : null;
    return gb !== null ? { text: gb, encoding: 'gb18030' } : { text: utf8, encoding: 'utf8' };
  }
  const text = readGb18030(buf);
  if (text === null) {
    throw new EncodingError('the file is neither UTF-8 nor GB18030 text; save it in one of these encodings and try again', 'pageNotText');
  }
  return { text, encoding: 'gb18030' };
}
