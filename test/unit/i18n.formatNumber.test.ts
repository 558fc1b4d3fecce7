// Numbers as each language writes them, from one formatter per language (not a new one per call, as toLocaleString makes).
import { describe, expect, it } from 'vitest';
import { counted, formatNumber, translator, warmCounted } from '../../renderer/src/i18n/translate';
import { LANGUAGES } from '../../shared/api';

describe('formatNumber', () => {
  it('writes a number as toLocaleString does, in every language of the interface', () => {
    for (const language of LANGUAGES) {
      for (const n of [0, 1, 7, 1234, 10_000, 1_234_567]) expect(formatNumber(n, language)).toBe(n.toLocaleString(language));
    }
  });

  it('gives a counted text its number in the language’s writing, after the formatters are warmed or not', () => {
    expect(counted(translator('en'), 'en', 'library.characters', 1234)).toContain('1,234');
    warmCounted('zh-CN');
    expect(counted(translator('zh-CN'), 'zh-CN', 'library.characters', 1234)).toContain('1,234');
  });
});
