// Times and dates as the interface's language writes them: the text Intl writes, mostly written without asking Intl.
import type { Language } from '../../../shared/api';

const cache = new Map<string, Intl.DateTimeFormat>();

type Kind = 'time' | 'day' | 'date' | 'calendar';

function formatter(language: Language, kind: Kind): Intl.DateTimeFormat {
  const key = `${language}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'time'
        ? { hour: '2-digit', minute: '2-digit', second: '2-digit' }
        : kind === 'day'
          ? { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }
          : kind === 'date'
            ? { year: 'numeric', month: 'numeric', day: 'numeric' }
            : { year: 'numeric', month: 'short', day: 'numeric' };
    f = new Intl.DateTimeFormat(language, options);
    cache.set(key, f);
  }
  return f;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The time of day as Intl writes it with 2-digit hours and minutes (English: 04:05 PM, 12:30 AM; Chinese: 16:05). */
function clock(d: Date, language: Language, seconds: boolean): string {
  const rest = `${two(d.getMinutes())}${seconds ? `:${two(d.getSeconds())}` : ''}`;
  if (language === 'zh-CN') return `${two(d.getHours())}:${rest}`;
  return `${two(d.getHours() % 12 || 12)}:${rest} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
}

/**
 * A date in one of the kinds below, with the very text Intl.DateTimeFormat gives for it, written here: the first
 * DateTimeFormat of a page costs 13–22 ms of ICU's data, which the desk's first frame paid for its story list.
 * `test/unit/i18n.dates.test.ts` checks every kind against Intl; a year Intl may write otherwise goes to Intl.
 */
export function written(d: Date, language: Language, kind: Kind): string {
  const year = d.getFullYear();
  if (year < 1000 || year > 9999) return formatter(language, kind).format(d);
  const month = d.getMonth() + 1;
  const day = d.getDate();
  const zh = language === 'zh-CN';
  if (kind === 'time') return clock(d, language, true);
  if (kind === 'day') return zh ? `${month}/${day} ${clock(d, language, false)}` : `${month}/${day}, ${clock(d, language, false)}`;
  if (kind === 'calendar') return zh ? `${year}年${month}月${day}日` : `${SHORT_MONTHS[month - 1]} ${day}, ${year}`;
  return zh ? `${year}/${month}/${day}` : `${month}/${day}/${year}`;
}

function parse(iso: string): Date | undefined {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The time of day with seconds, for the status line ("Saved 14:32:05"). */
export function formatClock(iso: string, language: Language): string {
  const d = parse(iso);
  return d ? written(d, language, 'time') : '';
}

/** When a story was last saved, for the library: the time today, the day and time this year, else the date. */
export function formatUpdated(iso: string, language: Language, now: Date = new Date()): string {
  const d = parse(iso);
  if (!d) return '';
  // today: hours and minutes (Intl's English time kept its seconds after the minutes, where a regex looked for them last)
  if (d.toDateString() === now.toDateString()) return clock(d, language, false);
  if (d.getFullYear() === now.getFullYear()) return written(d, language, 'day');
  return written(d, language, 'date');
}

/** A calendar date (YYYY-MM-DD, a bulletin's) with the month's name: Jan 5, 2026; 2026年1月5日. '' when it is not one. */
export function formatCalendarDate(date: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? written(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), language, 'calendar') : '';
}
