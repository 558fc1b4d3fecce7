// Pages in and exports out: UTF-8 (with and without BOM) and GB18030 detected, never garbled, never a silent '?'.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage, encodeText, EncodingError, findUnencodable, prefersGb18030, scoreReadings } from '../../electron/services/encoding';
import { exportStories } from '../../shared/index';
import { storiesArb, trickyPageArb } from './arbitraries';

const TEXT = '本报讯 5月8日上午，东湖街道举办“邻里节”活动。𠮷 ä €\n';

describe('decodePage', () => {
  it('takes valid UTF-8 as UTF-8, with or without BOM', () => {
    expect(decodePage(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: 'utf8' });
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf8-bom' });
  });

  it('reads GB18030, four-byte characters included, exactly as its UTF-8 twin', () => {
    const bytes = iconv.encode(TEXT, 'gb18030');
    expect(bytes.includes(Buffer.from(TEXT))).toBe(false);
    expect(decodePage(bytes)).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('refuses bytes that are neither, UTF-16, and binary files, with a message', () => {
    expect(() => decodePage(Buffer.from([0x41, 0x80, 0x42]))).toThrow(/neither UTF-8 nor GB18030/);
    expect(() => decodePage(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toThrow(/UTF-16/);
    expect(() => decodePage(Buffer.from([0x41, 0x00, 0x42]))).toThrow(/NUL bytes/);
  });
});

describe('decodePage: bytes both encodings read', () => {
  /** Every GB2312 hanzi whose two GB18030 bytes are also one UTF-8 character (lead C2–DF, trail A1–BF). */
  const BOTH: string[] = [];
  for (let lead = 0xc2; lead <= 0xdf; lead++)
    for (let trail = 0xa1; trail <= 0xbf; trail++) BOTH.push(iconv.decode(Buffer.from([lead, trail]), 'gb18030'));

  it.each([['通讯员'], ['a通讯员'], ['通讯员\t'], ['通讯员\n\n>>a'], ['路'], ['农'], ['梅']])(
    'reads %j in GB18030 as GB18030, not as UTF-8',
    (text) => {
      const bytes = iconv.encode(text, 'gb18030');
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
      expect(decodePage(bytes)).toEqual({ text, encoding: 'gb18030' });
    },
  );

  it('reads every such hanzi alone, and any two of them, as GB18030', () => {
    for (const h of BOTH) expect(decodePage(iconv.encode(h, 'gb18030')).text).toBe(h);
    fc.assert(
      fc.property(fc.constantFrom(...BOTH), fc.constantFrom(...BOTH), fc.constantFrom('', ' ', '\n', '\u3000'), (a, b, gap) => {
        expect(decodePage(iconv.encode(a + gap + b, 'gb18030')).encoding).toBe('gb18030');
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['记者 李明 采访了 Иван Петров。'],
    ['Иван Петров'],
    ['Москва, 5 мая'],
    ['Ελλάδα'],
    ['مرحبا بالعالم'],
    ['café au lait'],
    ['Lǐ Míng, Zhāng Fāng'],
    ['25°C, © 2026, ½ cup, x × y'],
    ['😀 ok 👍'],
    ['Ü'],
    [TEXT],
  ])('reads %j in UTF-8 as UTF-8', (text) => {
    expect(decodePage(Buffer.from(text))).toEqual({ text, encoding: 'utf8' });
  });

  it('is a scored decision: GB18030 only when its reading is common Chinese and the UTF-8 one is out of place', () => {
    const gb = iconv.encode('通讯员', 'gb18030');
    const scores = scoreReadings(new TextDecoder().decode(gb), gb);
    expect(scores).toEqual({ utf8HasCjk: false, utf8: 0, gb18030: 1 });
    expect(prefersGb18030(scores)).toBe(true);
    // a Cyrillic name reads as rare hanzi half the time in GB18030
    const name = Buffer.from('Иван Петров');
    expect(scoreReadings('Иван Петров', name).gb18030).toBeLessThan(0.9);
    expect(prefersGb18030(scoreReadings('Иван Петров', name))).toBe(false);
    // Chinese in the UTF-8 reading settles it whatever the rest
    expect(prefersGb18030({ utf8HasCjk: true, utf8: 0, gb18030: 1 })).toBe(false);
  });

  it('reads a leading U+FEFF in UTF-8 as the byte-order mark and a second one as text', () => {
    expect(decodePage(encodeText('\ufeff\ufeff甲', 'utf8')).text).toBe('\ufeff甲');
    expect(decodePage(encodeText('\ufeff\ufeff甲', 'gb18030')).text).toBe('\ufeff\ufeff甲');
  });

  it("reads the importer fuzz's pages back exactly in either encoding", () => {
    const text = fc.oneof(
      trickyPageArb,
      storiesArb.map((stories) => exportStories(stories)),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('utf8' as const, 'gb18030' as const), (page, encoding) => {
        // A U+FEFF at the start of UTF-8 bytes is their byte-order mark, so the first one (only) is not text;
        // in GB18030 every character is text.
        const expected = encoding === 'utf8' ? page.replace(/^\ufeff/, '') : page;
        expect(decodePage(encodeText(page, encoding)).text).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('encodeText', () => {
  it('writes UTF-8, UTF-8 with BOM and GB18030', () => {
    expect(encodeText(TEXT, 'utf8').toString('utf8')).toBe(TEXT);
    const bom = encodeText(TEXT, 'utf8-bom');
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(iconv.decode(encodeText(TEXT, 'gb18030'), 'gb18030')).toBe(TEXT);
  });

  it('never turns a character into "?": it names the character instead', () => {
    expect(findUnencodable('甲\udc00乙', 'gb18030')).toEqual({ char: '\udc00', index: 1 });
    expect(() => encodeText('甲\ud800乙', 'utf8')).toThrow(EncodingError);
    expect(() => encodeText('甲\ud800乙', 'gb18030')).toThrow(/U\+D800.*GB18030/);
  });
});
