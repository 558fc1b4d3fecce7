// The usual dateline forms offered beside the dateline field.
import { describe, expect, it } from 'vitest';
import { datelineForms } from '../../renderer/src/editor/datelineForms';

describe('datelineForms', () => {
  const may8 = new Date(2025, 4, 8);
  it('offers 本报讯 first, then dated and dispatch forms with the place marked', () => {
    const forms = datelineForms('本报讯', may8, '〈地名〉');
    expect(forms.map((f) => f.value)).toEqual(['本报讯', '本报5月8日讯', '本报5月8日电', '本报电', '新华社5月8日电']);
    expect(forms[2]).toEqual({ value: '本报5月8日电', label: '本报〈地名〉5月8日电', caret: 2 });
  });
  it('offers a house label that differs from 本报讯 too', () => {
    expect(datelineForms('本报综合消息', may8, '<place>').map((f) => f.value)).toContain('本报综合消息');
  });
  it('puts the cursor where the place name is typed', () => {
    for (const form of datelineForms('本报讯', may8, 'P')) {
      if (form.caret !== undefined) expect(form.label.slice(form.caret, form.caret + 1)).toBe('P');
    }
  });
});
