// An outbox item's state and last failure in the reporter's words (the reason worded by the refusals' catalog, the server's own words beside).
import type { Language } from '../../../shared/api';
import type { OutboxItemView } from '../../../shared/apiOutboxCalls';
import { REASONS, type Reason } from '../../../shared/apiError';
import type { Translate } from '../i18n/translate';
import { failureText } from '../shell/errors';

const timeFormats = new Map<Language, Intl.DateTimeFormat>();

/** A time as the reporter's language writes it, with the day (an item may wait overnight). */
export function itemTime(iso: string, language: Language): string {
  let f = timeFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    timeFormats.set(language, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

/** What became of the last try, in the reporter's words: nothing when it was sent or never tried. */
export function failureLine(item: OutboxItemView, t: Translate, language: Language): string {
  const last = item.lastError;
  if (!last || item.state === 'sent') return '';
  if (last.reason === 'smtpPasswordNeeded') return t('outbox.waitingPassword');
  if (item.state === 'queued' && item.nextAt) return t('outbox.retryAt', { time: itemTime(item.nextAt, language) });
  const reason = (REASONS as readonly string[]).includes(last.reason ?? '') ? (last.reason as Reason) : undefined;
  if (reason) return failureText({ code: 'refused', message: last.message, reason, params: { host: item.destination.name } }, t);
  return t('outbox.lastError', { message: last.message });
}
