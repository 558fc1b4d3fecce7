// Pages in and exports out: UTF-8 (with and without BOM) and GB18030 detected, never garbled, never a silent '?'.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage, encodeText, EncodingError, findUnencodable } from '../../electron/services/encoding';

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
