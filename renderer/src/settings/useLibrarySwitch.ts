// The desk's side of a library switch: every open story saved before it, and the page loaded again after it (in every window).
import { useCallback, useEffect } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { SessionManager } from '../session/sessions';
import { reloadForSwitch } from './switchNotice';

/** Answers the flush Settings runs before switching: true when every open story's edits are on disk (within `withinMs`). */
export function useLibrarySwitch(api: BulletinDeskApi, manager: SessionManager, withinMs: number): () => Promise<boolean> {
  const flush = useCallback(async () => {
    await Promise.race([manager.flushAll(), new Promise((resolve) => setTimeout(resolve, withinMs))]);
    return manager.getUnsavedKey() === '';
  }, [manager, withinMs]);

  // another library (from Settings, in this window or another): the page loads it from the start
  useEffect(
    () =>
      api.on('library.switched', (e) => {
        void reloadForSwitch(e, async () => {
          if (await flush()) return;
          // an edit typed here as another window switched has no story in the new library: it becomes a new story there
          for (const id of manager.unsaved()) {
            const story = manager.get(id)?.getView().latest;
            if (story) await api.call('story.saveAsNew', { story }).catch(() => undefined);
          }
        });
      }),
    [api, manager, flush],
  );
  return flush;
}
