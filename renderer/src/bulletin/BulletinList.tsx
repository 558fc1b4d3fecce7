// The library's bulletins in the sidebar, from the one live model of the library (useLibrary): open one.
import { useId, useMemo } from 'react';
import type { BulletinSummary } from '../../../shared/api';
import { counted, useLanguage, useT } from '../i18n/index';
import { formatCalendarDate } from '../i18n/dates';
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
                  {formatCalendarDate(b.date, language) || t('bulletin.list.noDate')} ·{' '}
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
