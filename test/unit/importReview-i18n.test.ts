// The import review's message catalog: the same keys in English and Chinese, none empty, the same placeholders, the Chinese words.
import { describe, expect, it } from 'vitest';
import { importReviewMessages } from '../../renderer/src/i18n/importReview';

type Key = keyof (typeof importReviewMessages)['en'];
/** The catalog's text with its placeholders filled, as the interface's translator does (i18n/index.tsx is JSX, outside this type-check). */
const translator = (language: 'en' | 'zh-CN') => (key: Key, values: Record<string, string | number> = {}) =>
  Object.entries(values).reduce<string>((text, [name, value]) => text.split(`{${name}}`).join(String(value)), importReviewMessages[language][key]);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('import review messages', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(importReviewMessages['zh-CN']).sort()).toEqual(Object.keys(importReviewMessages.en).sort());
    for (const catalog of Object.values(importReviewMessages)) for (const text of Object.values(catalog)) expect(text.trim()).not.toBe('');
  });

  it('fills the placeholders a message needs in both languages', () => {
    const zh = importReviewMessages['zh-CN'] as Record<string, string>;
    for (const [key, text] of Object.entries(importReviewMessages.en)) {
      if (key.startsWith('importReview.decision.')) continue; // English shows the importer's own message
      expect(placeholders(zh[key] as string), key).toEqual(placeholders(text));
    }
  });

  it('says it in the paper’s words in Chinese', () => {
    const t = translator('zh-CN');
    expect([t('importReview.title'), t('importReview.source'), t('importReview.stories'), t('importReview.swap'), t('importReview.moveChoose')]).toEqual(['导入版面', '原文', '稿件', '交换引题与副题', '移到…']);
    expect([t('importReview.split'), t('importReview.bylineReading'), t('importReview.writeMany', { n: 3 }), t('importReview.withBulletin')]).toEqual(['拆分', '署名读法', '写入3篇稿件', '同时按版面顺序建立版面']);
    expect(t('importReview.merge')).toContain('合并');
    expect(translator('en')('importReview.writeMany', { n: 3 })).toBe('Write 3 drafts');
  });
});
