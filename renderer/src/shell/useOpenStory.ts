// The story open on the desk: opened from the library (a later choice wins over one still opening), or a story just made shown at once.
import { useCallback, useRef, useState } from 'react';
import type { StoryWithRevision } from '../../../shared/api';
import type { SessionManager } from '../session/sessions';
import type { StorySession } from '../session/storySession';
import { useT } from '../i18n/index';
import { failureText } from './errors';
import type { Workspace } from './workspace';

type OpenState =
  | { kind: 'none' }
  | { kind: 'opening'; id: string }
  | { kind: 'open'; session: StorySession }
  | { kind: 'failed'; id: string; message: string };

export function useOpenStory(manager: SessionManager, setWorkspace: (workspace: Workspace) => void) {
  const t = useT();
  const [open, setOpen] = useState<OpenState>({ kind: 'none' });
  const openToken = useRef(0);
  const session = open.kind === 'open' ? open.session : undefined;

  const show = useCallback(
    (next: StorySession) => {
      openToken.current++;
      manager.activate(next.id);
      setOpen({ kind: 'open', session: next });
    },
    [manager],
  );

  const openStory = useCallback(
    async (id: string) => {
      setWorkspace({ kind: 'story' });
      if (session?.id === id) return;
      const token = ++openToken.current;
      manager.activate(id);
      setOpen({ kind: 'opening', id });
      try {
        const opened = await manager.open(id);
        if (token === openToken.current) setOpen({ kind: 'open', session: opened });
        else manager.release(id);
      } catch (e) {
        if (token === openToken.current) setOpen({ kind: 'failed', id, message: failureText(e, t) });
      }
    },
    [manager, session, setWorkspace, t],
  );

  /** A story just made here (its file's event puts it in the list); `fresh`: New story, not kept if left untouched. */
  const adoptNew = useCallback(
    (created: StoryWithRevision, fresh = false) => {
      setWorkspace({ kind: 'story' });
      show(manager.adopt(created, fresh));
    },
    [manager, show, setWorkspace],
  );

  /** A new story shown at once, its file still being written (New story). */
  const showNew = useCallback(
    (created: StorySession) => {
      setWorkspace({ kind: 'story' });
      show(created);
    },
    [show, setWorkspace],
  );

  return { open, session, openStory, adoptNew, showNew };
}
