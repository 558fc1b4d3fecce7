// Whether two versions of a story say the same thing: a canonical text of every field but the save time.
import type { Story } from '../../../shared/story';
import { sameValue } from '../editor/sameValue';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The story's content as one string, key order and `updatedAt` left out: equal strings, equal stories. */
export function contentKey(story: Story): string {
  const { updatedAt: _savedAt, ...content } = story;
  return canonical(content);
}

const SAVE_TIME = new Set(['updatedAt']);

/**
 * Whether two versions say the same thing (`contentKey(a) === contentKey(b)`) without writing either out: fields
 * and blocks the form left alone are the same objects, so comparing a keystroke's story costs one paragraph.
 */
export function sameContent(a: Story, b: Story): boolean {
  return sameValue(a, b, SAVE_TIME);
}
