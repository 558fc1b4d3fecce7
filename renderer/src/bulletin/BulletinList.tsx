// The library's bulletins in the sidebar: open one.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BulletinDeskApi, BulletinSummary } from '../../../shared/api';
import { counted, useLanguage, useT, type Language } from '../i18n/index';
import { failureText } from '../shell/errors';
import { onBulletinsChanged } from './bulletinNews';
import { newestFirst } from './pageOrder';
import './bulletin.css';

/** The list is read again on returning to the window at most this often. */
const RELIST_MIN_MS = 3000;

export interface BulletinListProps {
  api: BulletinDeskApi;
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

export function BulletinList({ api, openId, onOpen }: BulletinListProps) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const [bulletins, setBulletins] = useState<BulletinSummary[] | undefined>(undefined);
  const [error, setError] = useState('');

  const load = useCallback(
    () =>
      api.call('library.list', {}).then(
        (listing) => {
          setBulletins(newestFirst(listing.bulletins));
          setError('');
        },
        (e: unknown) => setError(failureText(e, t)),
      ),
    [api, t],
  );

  // read on showing, after a bulletin was made, saved or filed here, and on coming back to the window (at most every few seconds)
  useEffect(() => {
    let live = true;
    let lastLoad = Date.now();
    const again = () => {
      if (!live) return;
      lastLoad = Date.now();
      void load();
    };
    const back = () => Date.now() - lastLoad >= RELIST_MIN_MS && again();
    again();
    const off = onBulletinsChanged(again);
    window.addEventListener('focus', back);
    return () => {
      live = false;
      off();
      window.removeEventListener('focus', back);
    };
  }, [load]);

  // a bulletin opened that is not listed yet (made by an import) is looked for again, once
  const lookedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (openId === undefined || !bulletins || bulletins.some((b) => b.id === openId) || lookedFor.current === openId) return;
    lookedFor.current = openId;
    void load();
  }, [openId, bulletins, load]);

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
