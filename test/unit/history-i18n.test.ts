// The history's message catalog: the same keys in English and Chinese, none empty, a word for every snapshot reason.
import { describe, expect, it } from 'vitest';
import { snapshotSchema } from '../../shared/api';
import { historyMessages } from '../../renderer/src/i18n/history';

describe('historyMessages', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(historyMessages['zh-CN']).sort()).toEqual(Object.keys(historyMessages.en).sort());
    for (const catalog of Object.values(historyMessages)) for (const text of Object.values(catalog)) expect(text.trim()).not.toBe('');
  });

  it('says every reason a snapshot is taken for, in words', () => {
    for (const reason of snapshotSchema.shape.reason.options) {
      for (const catalog of Object.values(historyMessages)) expect((catalog as Record<string, string>)[`history.reason.${reason}`]).toBeTruthy();
    }
    expect(historyMessages['zh-CN']['history.reason.export']).toBe('导出时');
    expect(historyMessages['zh-CN']['history.restore']).toBe('恢复此版本');
  });
});
