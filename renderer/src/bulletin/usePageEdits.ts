// Changes to a bulletin's page order (a story moved, removed or added): each said aloud, and the story the focus goes to next.
import { useCallback, useState, type RefObject } from 'react';
import { counted, useLanguage, useT } from '../i18n/index';
import { formatCount } from '../shell/format';
import { addStories, moveTo, removeStory } from './pageOrder';
import type { BulletinState } from './useBulletin';

interface PageEditsInput {
  update: BulletinState['update'];
  stories: BulletinState['stories'];
  /** The page's story ids as last shown (a change is made on the newest version). */
  latestIds: RefObject<readonly string[]>;
  /** Add stories…: it has the focus once the page is emptied. */
  addButton: RefObject<HTMLButtonElement | null>;
}

export function usePageEdits({ update, stories, latestIds, addButton }: PageEditsInput) {
  const t = useT();
  const language = useLanguage();
  const [said, setSaid] = useState('');
  const [focusId, setFocusId] = useState<string | undefined>(undefined);

  const headlineOf = useCallback(
    (storyId: string) => {
      const s = stories.get(storyId);
      return s?.kind === 'ok' ? s.story.headline.trim() || t('bulletin.noHeadline') : t('bulletin.noHeadline');
    },
    [stories, t],
  );

  const move = useCallback(
    (from: number, to: number) => {
      const current = latestIds.current;
      const moved = current[from];
      if (moved === undefined || to < 0 || to >= current.length) return;
      // by the story, not its place: a change made again on a newer version moves the same story
      update((b) => ({ ...b, stories: [...moveTo(b.stories, b.stories.indexOf(moved), to)] }));
      setFocusId(moved);
      setSaid(
        t('bulletin.moved', {
          headline: headlineOf(moved),
          position: formatCount(to + 1, language),
          total: formatCount(current.length, language),
        }),
      );
    },
    [update, headlineOf, t, language, latestIds],
  );

  const remove = useCallback(
    (storyId: string) => {
      const index = latestIds.current.indexOf(storyId);
      const rest = latestIds.current.filter((s) => s !== storyId);
      update((b) => ({ ...b, stories: [...removeStory(b.stories, storyId)] }));
      setSaid(t('bulletin.removed', { headline: headlineOf(storyId) }));
      const next = rest[Math.min(index, rest.length - 1)];
      if (next !== undefined) setFocusId(next);
      else addButton.current?.focus();
    },
    [update, headlineOf, t, latestIds, addButton],
  );

  const add = useCallback(
    (chosen: string[]) => {
      const fresh = chosen.filter((s) => !latestIds.current.includes(s));
      if (fresh.length === 0) return;
      update((b) => ({ ...b, stories: [...addStories(b.stories, fresh)] }));
      setFocusId(fresh[0]);
      setSaid(counted(t, language, 'bulletin.addedCount', fresh.length));
    },
    [update, t, language, latestIds],
  );

  const clearFocus = useCallback(() => setFocusId(undefined), []);

  return { said, focusId, clearFocus, move, remove, add };
}
