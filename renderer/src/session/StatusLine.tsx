// The status line (role="status"): whether every edit of the open story is on disk, and what is wrong when not.
import { useLanguage, useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import { formatClock, formatUpdated } from '../i18n/dates';
import type { SessionView } from './saveTypes';
import { statusMessage, type StatusMessage } from './statusText';

export function StatusLine({ view }: { view: SessionView | undefined }) {
  const t = useT();
  const language = useLanguage();
  // today's saves with the second; older ones (a story just opened) with their day
  const time = (iso: string) =>
    new Date(iso).toDateString() === new Date().toDateString() ? formatClock(iso, language) : formatUpdated(iso, language);
  const message = view ? statusMessage(view, time) : undefined;
  return (
    <footer className="statusbar">
      <p role="status" className={message?.alert ? 'status-text is-alert' : 'status-text'}>
        {message ? t(message.key, reasonIn(message, t)) : ''}
      </p>
    </footer>
  );
}

/** The status message's values with its reason in the interface's language: a disk fault's words, a refusal's, or the desk's own. */
function reasonIn(message: StatusMessage, t: ReturnType<typeof useT>): Record<string, string> | undefined {
  if (message.reasonKey) return { ...message.values, reason: t(message.reasonKey) };
  if (message.failure) return { ...message.values, reason: failureText(message.failure, t) };
  return message.values;
}
