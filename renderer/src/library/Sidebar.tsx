// The library sidebar: search (Ctrl/⌘+F), the status filter, sync conflicts, the windowed story list, the bulletins and the unreadable files.
import { useMemo, useState, type Ref } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import { STATUSES } from '../../../shared/story';
import { BulletinList } from '../bulletin/BulletinList';
import { useLanguage, useT } from '../i18n/index';
import { formatCount } from '../shell/format';
import { shownStories, type StatusFilter } from './libraryModel';
import { StoryList } from './StoryList';
import { SyncConflicts } from './SyncConflicts';
import { UnreadableFiles } from './UnreadableFiles';
import type { LibraryState } from './useLibrary';
import { useSearch } from './useSearch';
import './library.css';

interface Props {
  api: BulletinDeskApi;
  library: LibraryState;
  openId: string | undefined;
  unsaved: ReadonlySet<string>;
  onOpen(id: string): void;
  /** The bulletin shown, if one is. */
  openBulletinId: string | undefined;
  onOpenBulletin(id: string): void;
  /** The sync conflict shown, if one is. */
  openConflict: string | undefined;
  onOpenConflict(file: string): void;
  searchRef: Ref<HTMLInputElement>;
  listRef: Ref<HTMLDivElement>;
}

export function Sidebar({
  api,
  library,
  openId,
  unsaved,
  onOpen,
  openBulletinId,
  onOpenBulletin,
  openConflict,
  onOpenConflict,
  searchRef,
  listRef,
}: Props) {
  const t = useT();
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const search = useSearch(api, query, library.changes);
  const all = library.model?.stories;
  const shown = useMemo(() => (all ? shownStories(all, status, search.hits) : []), [all, status, search.hits]);
  const conflicts = library.model?.conflicts;
  const conflicted = useMemo(() => new Set((conflicts ?? []).map((c) => c.id)), [conflicts]);
  const filtering = status !== 'all' || search.hits !== undefined;

  let note = '';
  if (library.error) note = t('library.loadFailed', { reason: library.error });
  else if (search.error) note = t('library.searchFailed', { reason: search.error });
  else if (search.searching) note = t('library.searching');
  else if (all && all.length === 0) note = t('library.empty');
  else if (all && shown.length === 0) note = t('library.noMatch');
  else if (all && filtering)
    note = t('library.shown', { shown: formatCount(shown.length, language), total: formatCount(all.length, language) });

  return (
    <aside className="library" aria-label={t('shell.library')}>
      <div className="library-tools">
        <input
          ref={searchRef}
          type="search"
          className="search"
          aria-label={t('library.search')}
          placeholder={t('library.searchHint')}
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query !== '') {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
        <select aria-label={t('library.status')} value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
          <option value="all">{t('library.filter.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`library.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="library-note quiet" aria-live="polite">
        {note}
      </p>
      {conflicts && <SyncConflicts conflicts={conflicts} openFile={openConflict} onOpen={onOpenConflict} />}
      <StoryList stories={shown} openId={openId} unsaved={unsaved} conflicted={conflicted} onOpen={onOpen} listRef={listRef} />
      <BulletinList bulletins={library.model?.bulletins} error={library.error} openId={openBulletinId} onOpen={onOpenBulletin} />
      {library.model && <UnreadableFiles api={api} files={library.model.unreadable} />}
    </aside>
  );
}
