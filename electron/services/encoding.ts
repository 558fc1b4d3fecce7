// Text to bytes and back for pages and exports: UTF-8, UTF-8 with BOM, GB18030, never a silent '?'.
import { createRequire } from 'node:module';
import type { Encoding } from '../../shared/houseStyle';

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
    readonly char?: string,
    readonly index?: number,
  ) {
    super(message);
    this.name = 'EncodingError';
  }
}

export const ENCODING_NAMES: Record<Encoding, string> = { utf8: 'UTF-8', 'utf8-bom': 'UTF-8 with BOM', gb18030: 'GB18030' };

/** "𠀀 (U+20000)" */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `“${ch}” (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
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
    throw new EncodingError(`${describeChar(bad.char)} cannot be written in ${ENCODING_NAMES[encoding]}`, bad.char, bad.index);
  }
  if (encoding === 'gb18030') return iconv().encode(text, 'gb18030');
  const utf8 = Buffer.from(text, 'utf8');
  return encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8;
}

export interface DecodedPage {
  text: string;
  encoding: 'utf8' | 'utf8-bom' | 'gb18030';
}

/**
 * A page's bytes to text: valid UTF-8 (with or without BOM) is UTF-8; otherwise GB18030 when the bytes are
 * valid GB18030; otherwise refused with a message. Never garbled text.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new EncodingError('the file is UTF-16, which Bulletin Desk does not read; save it as UTF-8 or GB18030 and try again');
  }
  if (buf.includes(0)) throw new EncodingError('the file holds NUL bytes: it is not a plain-text page');
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? buf.subarray(3) : buf);
    return { text, encoding: bom ? 'utf8-bom' : 'utf8' };
  } catch {
    // not UTF-8: try GB18030
  }
  const text = iconv().decode(buf, 'gb18030');
  if (!Buffer.from(iconv().encode(text, 'gb18030')).equals(buf)) {
    throw new EncodingError('the file is neither UTF-8 nor GB18030 text; save it in one of these encodings and try again');
  }
  return { text, encoding: 'gb18030' };
}
