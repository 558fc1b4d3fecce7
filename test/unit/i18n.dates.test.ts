// The desk's times and dates are written without Intl at first (its first formatter costs a new page 13–22 ms), yet read exactly as Intl writes them.
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatClock, formatUpdated, written } from '../../renderer/src/i18n/dates';

const OPTIONS = {
  time: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  day: { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  date: { year: 'numeric', month: 'numeric', day: 'numeric' },
  calendar: { year: 'numeric', month: 'short', day: 'numeric' },
} as const;

/** Every hour of a day (midnight, noon, one-digit and two-digit hours) on dates with one- and two-digit months and days. */
function moments(): Date[] {
  const out: Date[] = [];
  for (const [y, m, d] of [
    [2026, 0, 5],
    [2026, 11, 31],
    [2025, 9, 1],
    [1999, 6, 14],
    ...Array.from({ length: 12 }, (_, m) => [2027, m, 9 + m] as const),
  ] as const)
    for (let h = 0; h < 24; h++) out.push(new Date(y, m, d, h, (h * 7) % 60, (h * 13) % 60));
  return out;
}

describe('times and dates as the interface writes them', () => {
  for (const language of ['en', 'zh-CN'] as const)
    for (const kind of ['time', 'day', 'date', 'calendar'] as const)
      it(`writes the ${kind} in ${language} as Intl.DateTimeFormat does`, () => {
        const intl = new Intl.DateTimeFormat(language, OPTIONS[kind]);
        for (const d of moments()) expect(written(d, language, kind), d.toString()).toBe(intl.format(d));
      });

  it('shows a story saved today by its hours and minutes, this year by day and time, earlier by its date', () => {
    const now = new Date(2026, 11, 6, 17, 30);
    expect(formatUpdated(new Date(2026, 11, 6, 16, 5, 9).toISOString(), 'en', now)).toBe('04:05 PM');
    expect(formatUpdated(new Date(2026, 11, 6, 16, 5, 9).toISOString(), 'zh-CN', now)).toBe('16:05');
    expect(formatUpdated(new Date(2026, 2, 4, 0, 30).toISOString(), 'en', now)).toBe('3/4, 12:30 AM');
    expect(formatUpdated(new Date(2026, 2, 4, 0, 30).toISOString(), 'zh-CN', now)).toBe('3/4 00:30');
    expect(formatUpdated(new Date(2024, 10, 20, 9, 0).toISOString(), 'en', now)).toBe('11/20/2024');
    expect(formatUpdated(new Date(2024, 10, 20, 9, 0).toISOString(), 'zh-CN', now)).toBe('2024/11/20');
    expect(formatUpdated('not a date', 'en', now)).toBe('');
  });

  it('writes a bulletin’s date with the month’s name, and nothing for what is not a date', () => {
    expect(formatCalendarDate('2026-01-05', 'en')).toBe('Jan 5, 2026');
    expect(formatCalendarDate('2026-12-31', 'zh-CN')).toBe('2026年12月31日');
    expect(formatCalendarDate('2026-1-5', 'en')).toBe('');
  });

  it('writes the status line’s clock with seconds', () => {
    expect(formatClock(new Date(2026, 11, 6, 12, 0, 5).toISOString(), 'en')).toBe('12:00:05 PM');
    expect(formatClock(new Date(2026, 11, 6, 12, 0, 5).toISOString(), 'zh-CN')).toBe('12:00:05');
  });
});
