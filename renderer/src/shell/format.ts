// Times and numbers as the interface's language writes them (Intl, formatters kept per language).
import type { Language } from '../../../shared/api';
import { formatNumber, warmCounted } from '../i18n/translate';
import { whenIdleAfter } from './whenIdle';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, kind: 'time' | 'day' | 'date'): Intl.DateTimeFormat {
  const key = `${language}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'time'
        ? { hour: '2-digit', minute: '2-digit', second: '2-digit' }
        : kind === 'day'
          ? { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }
          : { year: 'numeric', month: 'numeric', day: 'numeric' };
    f = new Intl.DateTimeFormat(language, options);
    cache.set(key, f);
  }
  return f;
}

function parse(iso: string): Date | undefined {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The time of day with seconds, for the status line ("Saved 14:32:05"). */
export function formatClock(iso: string, language: Language): string {
  const d = parse(iso);
  return d ? formatter(language, 'time').format(d) : '';
}

/** When a story was last saved, for the library: the time today, the day and time this year, else the date. */
export function formatUpdated(iso: string, language: Language, now: Date = new Date()): string {
  const d = parse(iso);
  if (!d) return '';
  if (d.toDateString() === now.toDateString())
    return formatter(language, 'time')
      .format(d)
      .replace(/:\d\d$/, '');
  if (d.getFullYear() === now.getFullYear()) return formatter(language, 'day').format(d);
  return formatter(language, 'date').format(d);
}

export function formatCount(n: number, language: Language): string {
  return formatNumber(n, language);
}

/** How long after the desk is drawn the formatters are made: the next new story's form is made first (usePreparedStory). */
const WARM_AFTER_MS = 600;

/**
 * Makes the language's formatters (times, numbers of a thousand and more) while the browser is idle after the desk is
 * drawn: the first of each costs ICU's data (15–20 ms in a new page), which the first status line would otherwise pay.
 */
export function warmFormats(language: Language): () => void {
  return whenIdleAfter(WARM_AFTER_MS, 1000, () => {
    formatter(language, 'time');
    formatter(language, 'day');
    warmCounted(language);
  });
}
