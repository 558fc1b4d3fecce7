// One term for each thing across the interface, in both languages: the filed status, a story with no headline, a count of characters.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api';
import { AREA_CATALOGS } from '../../renderer/src/i18n/catalogs';

const LANGUAGES = ['en', 'zh-CN'] as const satisfies readonly Language[];

/** Every text of the interface in a language, by key. */
function textsOf(language: Language): Array<[string, string]> {
  return Object.values(AREA_CATALOGS).flatMap((catalog) => Object.entries((catalog as Record<Language, Record<string, string>>)[language]));
}

/** Keys that name the same thing in different areas: each family says it in one way per language. */
const FAMILIES: Array<{ thing: string; keys: RegExp; en: string; 'zh-CN': string }> = [
  { thing: 'the filed status', keys: /^(library|editor)\.status\.filed$/, en: 'Filed', 'zh-CN': '已交稿' },
  { thing: 'the ready status', keys: /^(library|editor)\.status\.ready$/, en: 'Ready', 'zh-CN': '待交' },
  { thing: 'the draft status', keys: /^(library|editor)\.status\.draft$/, en: 'Draft', 'zh-CN': '草稿' },
  {
    thing: 'a story with no headline',
    keys: /^(library|bulletin|history)\.noHeadline$|^proof\.untitled$/,
    en: '(no headline)',
    'zh-CN': '（无主题）',
  },
  {
    thing: 'a bulletin with no title',
    keys: /^(bulletin\.untitled|proof\.untitledBulletin)$/,
    en: '(untitled bulletin)',
    'zh-CN': '（未命名版面）',
  },
];

/** Words that must not name these things, whatever the key: [language, what it is, pattern]. */
const NEVER: Array<[Language, string, RegExp]> = [
  ['zh-CN', 'the filed status is 已交稿, never 已交 or 已发稿 alone', /已交(?!稿)|已发稿|发稿/],
  ['zh-CN', 'a story with no headline is （无主题）: 主题 is the paper’s word for the headline', /无标题|标题字数|标题 \{n\} 字/],
  ['en', 'a count of characters says “characters”, never “chars” or “words”', /\{(?:n|count)\} (?:chars?|words?)\b|\bchars\b/],
  ['en', 'a story with no headline is “(no headline)”', /\buntitled story\b/i],
  ['en', 'the first paragraph is the lead, never the intro', /\bintro\b/i],
  ['zh-CN', 'the reporter is addressed as 你 throughout, never 您', /您/],
];

describe('one term for each thing', () => {
  it.each(FAMILIES)('$thing is said one way in each language', (family) => {
    for (const language of LANGUAGES) {
      const texts = textsOf(language).filter(([key]) => family.keys.test(key));
      expect(texts.length, `${family.thing}: keys found`).toBeGreaterThanOrEqual(2);
      for (const [key, text] of texts) expect(text, `${language} ${key}`).toBe(family[language]);
    }
  });

  it.each(NEVER)('%s: %s', (language, _rule, pattern) => {
    expect(textsOf(language).filter(([, text]) => pattern.test(text))).toEqual([]);
  });

  it('calls a count of characters 字 in Chinese and “characters” in English wherever a count is shown', () => {
    const counts = (language: Language) =>
      textsOf(language).filter(([key]) => /\.(characters|count\.words)(_one|_other)?$|^bulletin\.total_/.test(key));
    for (const [key, text] of counts('zh-CN')) expect(text, key).toMatch(/字/);
    for (const [key, text] of counts('en')) expect(text, key).toMatch(/characters?\b/);
    expect(counts('en').length).toBeGreaterThanOrEqual(6);
  });
});
