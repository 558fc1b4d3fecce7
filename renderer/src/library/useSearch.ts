// Search as the reporter types: debounced library.search, the newest answer only, run again when the library changes.
import { useEffect, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import { useT } from '../i18n/index';
import { failureText } from '../shell/errors';

const SEARCH_DEBOUNCE_MS = 200;
const MAX_QUERY = 200;

export interface SearchState {
  /** Ids of the stories found; undefined when no search is on. */
  hits: ReadonlySet<string> | undefined;
  searching: boolean;
  error: string | undefined;
}

export function useSearch(api: BulletinDeskApi, query: string, libraryChanges: number): SearchState {
  const t = useT();
  const [hits, setHits] = useState<ReadonlySet<string> | undefined>(undefined);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const wanted = query.trim().slice(0, MAX_QUERY);

  useEffect(() => {
    if (wanted === '') {
      setHits(undefined);
      setSearching(false);
      setError(undefined);
      return;
    }
    let live = true;
    setSearching(true);
    const timer = setTimeout(() => {
      api.call('library.search', { query: wanted }).then(
        ({ ids }) => {
          if (!live) return;
          setHits(new Set(ids));
          setError(undefined);
          setSearching(false);
        },
        (e: unknown) => {
          if (!live) return;
          setError(failureText(e, t));
          setSearching(false);
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, wanted, libraryChanges, t]);

  return { hits: wanted === '' ? undefined : hits, searching, error };
}
