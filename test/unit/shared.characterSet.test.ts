// Which characters an older typesetting system takes: GBK's and GB2312's, as GB18030 writes them in two bytes.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { charactersOutside, codePoints, takesCharacter } from '../../shared/characterSet';

const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');

describe('the characters a typesetting system takes', () => {
  it('takes everything under “all”', () => {
    expect(charactersOutside('消防😀𠀀', 'all')).toEqual([]);
  });

  it('takes common hanzi, full-width punctuation and ASCII under GBK and GB2312', () => {
    for (const ch of ['消', '防', '，', '“', '（', 'A', '1', ' ', '\n', '…', '—'])
      for (const set of ['gbk', 'gb2312'] as const) expect(takesCharacter(ch, set), `${ch} ${set}`).toBe(true);
  });

  it('tells GBK from GB2312: 镕 and 喆 are GBK only', () => {
    for (const ch of ['镕', '喆', '堃', '珺']) {
      expect(takesCharacter(ch, 'gbk'), ch).toBe(true);
      expect(takesCharacter(ch, 'gb2312'), ch).toBe(false);
    }
  });

  it('refuses emoji and GB18030’s four-byte characters under GBK, as iconv-lite writes them', () => {
    for (const ch of ['😀', '👍', '❤', '☀', '𠀀', '䶮', '\ufe0f', '𪚥', '龴', '︐']) {
      const bytes = iconv.encode(ch, 'gb18030').length;
      expect(takesCharacter(ch, 'gbk'), `${ch} (${bytes} bytes)`).toBe(bytes <= 2);
    }
  });

  it('agrees with iconv-lite on every CJK character: GBK is what GB18030 writes in two bytes', () => {
    const disagree: string[] = [];
    for (let cp = 0x3400; cp <= 0x9fff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (takesCharacter(ch, 'gbk') !== (iconv.encode(ch, 'gb18030').length === 2)) disagree.push(ch);
    }
    expect(disagree).toEqual([]);
  });

  it('names runs of characters outside the set with their offsets, emoji told apart', () => {
    expect(charactersOutside('开放日👍🏽来了，𠀀字', 'gbk')).toEqual([
      { found: '👍🏽', start: 3, end: 7, emoji: true },
      { found: '𠀀', start: 10, end: 12, emoji: false },
    ]);
    expect(codePoints('👍🏽')).toBe('U+1F44D U+1F3FD');
  });
});

describe('GBK as a whole', () => {
  it('refuses private-use characters: they stand for a character one system made up', () => {
    expect(takesCharacter('\ue78d', 'gbk')).toBe(false);
    expect(takesCharacter('\ue000', 'gb2312')).toBe(false);
  });

  it('is exactly what iconv-lite’s GB18030 writes in one or two bytes, across the Basic Multilingual Plane', () => {
    const disagree: string[] = [];
    for (let cp = 0x80; cp <= 0xffff; cp++) {
      // surrogates are no characters; private-use ones (a made-up character of one system) are never taken
      if ((cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xe000 && cp <= 0xf8ff)) continue;
      const ch = String.fromCodePoint(cp);
      if (takesCharacter(ch, 'gbk') !== iconv.encode(ch, 'gb18030').length <= 2) disagree.push(codePoints(ch));
    }
    expect(disagree).toEqual([]);
  });
});
