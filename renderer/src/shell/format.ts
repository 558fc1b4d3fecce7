// Numbers as the interface's language writes them, and the number formatter made while the desk is idle.
import type { Language } from '../../../shared/api';
import { formatNumber, warmCounted } from '../i18n/translate';
import { whenIdleAfter } from './whenIdle';

export function formatCount(n: number, language: Language): string {
  return formatNumber(n, language);
}

/** How long after the desk is drawn the number formatter is made: the next new story's form is made first (usePreparedStory). */
const WARM_AFTER_MS = 600;

/**
 * Makes the language's number formatter (for counts of a thousand and more) while the browser is idle after the desk
 * is drawn: the first costs ICU's data (15–20 ms in a new page), which the first such count would otherwise pay.
 * Times and dates need no warming: they are written without Intl (i18n/dates.ts).
 */
export function warmFormats(language: Language): () => void {
  return whenIdleAfter(WARM_AFTER_MS, 1000, () => warmCounted(language));
}
