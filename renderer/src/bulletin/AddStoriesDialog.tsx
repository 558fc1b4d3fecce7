// The chooser of library stories not yet on the page: a filter, a checkbox per story (added in the order ticked), Add.
import { useCallback, useMemo, useState } from 'react';
import type { BulletinDeskApi, StorySummary } from '../../../shared/api';
import { useLanguage, useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import { formatCount } from '../shell/format';
import { ModalDialog } from '../shell/ModalDialog';

interface Props {
  api: BulletinDeskApi;
  open: boolean;
  /** Ids already on the page: not offered. */
  onPage: readonly string[];
  onAdd(ids: string[]): void;
  onClose(): void;
}

type Listing = { kind: 'loading' } | { kind: 'ok'; stories: StorySummary[] } | { kind: 'failed'; reason: string };

export function AddStoriesDialog({ api, open, onPage, onAdd, onClose }: Props) {
  const t = useT();
  const language = useLanguage();
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [filter, setFilter] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);

  const opened = useCallback(() => {
    setFilter('');
    setTicked([]);
    setListing({ kind: 'loading' });
    api.call('library.list', {}).then(
      (answer) => setListing({ kind: 'ok', stories: answer.stories.slice().sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)) }),
      (e: unknown) => setListing({ kind: 'failed', reason: failureText(e, t) }),
    );
  }, [api, t]);

  const offered = useMemo(() => {
    if (listing.kind !== 'ok') return [];
    const page = new Set(onPage);
    const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return listing.stories.filter((s) => !page.has(s.id) && words.every((w) => `${s.kicker} ${s.headline}`.toLowerCase().includes(w)));
  }, [listing, onPage, filter]);
  const anyOffered = listing.kind === 'ok' && listing.stories.some((s) => !onPage.includes(s.id));

  const toggle = (id: string, on: boolean) => setTicked((old) => (on ? [...old.filter((x) => x !== id), id] : old.filter((x) => x !== id)));

  let note = '';
  if (listing.kind === 'loading') note = t('bulletin.add.loading');
  else if (listing.kind === 'failed') note = t('bulletin.add.failed', { reason: listing.reason });
  else if (!anyOffered) note = t('bulletin.add.none');
  else if (offered.length === 0) note = t('bulletin.add.noMatch');

  return (
    <ModalDialog
      open={open}
      title={t('bulletin.add.title')}
      className="export-dialog bulletin-add"
      cancelLabel={t('bulletin.cancel')}
      primary={{
        label: t('bulletin.add.confirm', { count: formatCount(ticked.length, language) }),
        disabled: ticked.length === 0,
        closes: true,
        onClick: () => onAdd(ticked),
      }}
      onOpen={opened}
      onClose={onClose}
    >
      <p className="quiet">{t('bulletin.add.help')}</p>
      <input
        type="search"
        className="bulletin-add-filter"
        aria-label={t('bulletin.add.filter')}
        placeholder={t('bulletin.add.filterHint')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={(e) => {
          // Escape clears the filter first; a second Escape closes the dialog
          if (e.key === 'Escape' && filter !== '') {
            e.preventDefault();
            setFilter('');
          }
        }}
      />
      <p className={listing.kind === 'failed' ? 'problem' : 'quiet'} aria-live="polite">
        {note}
      </p>
      {offered.length > 0 && (
        <ul className="bulletin-add-list" aria-label={t('bulletin.add.list')}>
          {offered.map((s) => (
            <li key={s.id}>
              <label>
                <input type="checkbox" checked={ticked.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
                <span>
                  {s.kicker.trim() !== '' && <span className="bulletin-story-kicker">{s.kicker.trim()} </span>}
                  <span className="bulletin-story-headline">{s.headline.trim() || t('bulletin.noHeadline')}</span>
                  <span className="quiet">
                    {' · '}
                    {t(`library.status.${s.status}`)} · {t('bulletin.characters', { count: formatCount(s.characters, language) })}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
