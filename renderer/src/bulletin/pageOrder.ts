// The page's order of stories as pure moves (keys, buttons and dragging all move one story to a place; add, remove) and the bulletins newest first.
import type { BulletinSummary } from '../../../shared/api';

/** The ids with the one at `from` moved to `to` (both clamped to the list); the same array when nothing moves. */
export function moveTo(ids: readonly string[], from: number, to: number): readonly string[] {
  if (from < 0 || from >= ids.length) return ids;
  const target = Math.max(0, Math.min(ids.length - 1, to));
  if (target === from) return ids;
  const next = ids.slice();
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved as string);
  return next;
}

/** Stories added at the end, in the order given, each once (one already on the page stays where it is). */
export function addStories(ids: readonly string[], added: readonly string[]): readonly string[] {
  const seen = new Set(ids);
  const next = ids.slice();
  for (const id of added) {
    if (seen.has(id)) continue;
    seen.add(id);
    next.push(id);
  }
  return next;
}

/** Every place of this story taken off the page. */
export function removeStory(ids: readonly string[], id: string): readonly string[] {
  return ids.filter((s) => s !== id);
}

/** The library's bulletins newest first: by date (a bulletin without one last), then by last change. */
export function newestFirst(bulletins: readonly BulletinSummary[]): BulletinSummary[] {
  return bulletins.slice().sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === '') return 1;
      if (b.date === '') return -1;
      return a.date < b.date ? 1 : -1;
    }
    return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
  });
}

/** Today in local time as an `<input type=date>` value (YYYY-MM-DD). */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
