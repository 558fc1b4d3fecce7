// The library's bulletins in the sidebar, from the one live model of the library (useLibrary): open one.
import { useId, useMemo } from 'react';
import type { BulletinSummary } from '../../../shared/api';
import { counted, useLanguage, useT, type Language } from '../i18n/index';
import { newestFirst } from './pageOrder';
import './bulletin.css';

export interface BulletinListProps {
  /** As the library lists them (shown by date, newest first); undefined while the library is being listed. */
  bulletins: readonly BulletinSummary[] | undefined;
  /** Why the library could not be listed, if it could not. */
  error: string | undefined;
  openId: string | undefined;
  onOpen(id: string): void;
}

/** A bulletin's date (YYYY-MM-DD) as the interface's language writes a date. */
function formatBulletinDate(date: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return '';
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])),
  );
}

export function BulletinList({ bulletins: listed, error, openId, onOpen }: BulletinListProps) {
  const t = useT();
  const bulletins = useMemo(() => listed && newestFirst(listed), [listed]);
  const language = useLanguage();
  const ids = useId();

  return (
    <section className="bulletin-list" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('bulletin.list')}</h2>
      {error && <p className="problem">{t('bulletin.list.failed', { reason: error })}</p>}
      {bulletins && bulletins.length === 0 && <p className="quiet">{t('bulletin.list.empty')}</p>}
      {bulletins && bulletins.length > 0 && (
        <ul aria-labelledby={`${ids}-title`}>
          {bulletins.map((b) => (
            <li key={b.id}>
              <button type="button" aria-current={b.id === openId ? 'true' : undefined} onClick={() => onOpen(b.id)}>
                <span className="bulletin-list-title">{b.title || t('bulletin.untitled')}</span>
                <span className="quiet">
                  {formatBulletinDate(b.date, language) || t('bulletin.list.noDate')} ·{' '}
                  {counted(t, language, 'bulletin.list.stories', b.stories)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
