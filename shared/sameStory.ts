// Whether two versions say the same thing: plain data compared by one walk, and the two story comparisons built on it.
import type { Story } from './story';

/**
 * Deep equality of JSON-like data (a story, one of its fields, a house style): the same object is equal at once,
 * arrays element by element, objects key by key in any order (a key holding `undefined` counts as absent, as in
 * JSON). It stops at the first difference and copies nothing. `skip` names top-level keys left out.
 */
export function samePlainData(a: unknown, b: unknown, skip?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) {
    if (skip?.has(key) || !Object.hasOwn(x, key)) continue;
    if (!samePlainData(x[key], y[key])) return false;
  }
  for (const key in y) {
    if (skip?.has(key) || !Object.hasOwn(y, key)) continue;
    if (y[key] !== undefined && !Object.hasOwn(x, key)) return false;
  }
  return true;
}

const SAVE_TIME: ReadonlySet<string> = new Set(['updatedAt']);

/**
 * The same story but for when it was saved: every field (id, creation time, status, the text, keys the app does not
 * know) except `updatedAt`. Saving one over the other would change nothing a reporter sees. Fields and blocks left
 * alone by an edit are the same objects, so comparing a keystroke's version costs about one paragraph.
 */
export function sameStoryContent(a: Story, b: Story): boolean {
  return samePlainData(a, b, SAVE_TIME);
}

/** The fields a reporter writes (the photos and their captions too), in the file's order. */
const STORY_TEXT_FIELDS = ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'bylinePosition', 'body', 'photos', 'notes'] as const;

/** The same text in every field a reporter writes (`STORY_TEXT_FIELDS`): ids, times and status aside. */
export function sameStoryText(a: Story, b: Story): boolean {
  return STORY_TEXT_FIELDS.every((field) => samePlainData(a[field], b[field]));
}
