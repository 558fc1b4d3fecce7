// When a snapshot was taken, as the interface's language writes a local date and time (seconds included: snapshots can be close).
import type { Language } from '../../../shared/api';

const formatters = new Map<Language, Intl.DateTimeFormat>();

export function formatTakenAt(iso: string, language: Language): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  let f = formatters.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
    formatters.set(language, f);
  }
  return f.format(at);
}
