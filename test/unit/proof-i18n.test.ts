// The proof's message catalog: the same keys in English and Chinese, none empty, and the words of the issue.
import { describe, expect, it } from 'vitest';
import { proofMessages } from '../../renderer/src/i18n/proof';

describe('proofMessages', () => {
  it('has the same keys in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(proofMessages['zh-CN']).sort()).toEqual(Object.keys(proofMessages.en).sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(proofMessages.en)) {
      const zh = (proofMessages['zh-CN'] as Record<string, string>)[key] as string;
      expect(text.trim()).not.toBe('');
      expect(zh.trim()).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(text));
    }
  });
  it('says proof, print, save as PDF, back and story N as the paper does', () => {
    const zh = proofMessages['zh-CN'];
    expect([zh['proof.proof'], zh['proof.print'], zh['proof.savePdf'], zh['proof.back'], zh['proof.position'].replace('{n}', '2')]).toEqual(['校样', '打印…', '存为PDF…', '返回', '第2篇']);
  });
});
