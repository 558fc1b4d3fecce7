// The editor's message catalog: the same keys in English and Chinese, and the field names of issue 4.
import { describe, expect, it } from 'vitest';
import { editorMessages } from '../../renderer/src/i18n/editor';

describe('editorMessages', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(editorMessages['zh-CN']).sort()).toEqual(Object.keys(editorMessages.en).sort());
    for (const catalog of Object.values(editorMessages)) for (const text of Object.values(catalog)) expect(text.trim()).not.toBe('');
  });
  it('names the fields as the paper does', () => {
    const names = (lang: 'en' | 'zh-CN') => ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'body', 'notes'].map((f) => (editorMessages[lang] as Record<string, string>)[`field.${f}`]);
    expect(names('en')).toEqual(['Kicker', 'Headline', 'Subheadline', 'Dateline', 'Byline', 'Body', 'Notes']);
    expect(names('zh-CN')).toEqual(['引题', '主题', '副题', '电头', '署名', '正文', '备注']);
  });
});
