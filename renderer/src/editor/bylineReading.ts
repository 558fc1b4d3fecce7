// The byline field's live reading: what the typed byline says (role, names, credit), what was not understood, what the story keeps.
import { contributorsKeepingUnread, readByline } from '../../../shared/byline';
import type { Contributor } from '../../../shared/story';

export interface BylineUnderstanding {
  /** Contributors as read, in order, for the list under the field. */
  read: Contributor[];
  /** Pieces that could not be read, in order: flagged under the field and kept in the story. */
  unread: string[];
  /** What the story keeps: the contributors read, then the unread pieces as a contributor without a role. */
  keep: Contributor[];
}

/** Reads the byline as typed; an empty field is an empty byline. */
export function understandByline(text: string): BylineUnderstanding {
  if (text.trim() === '') return { read: [], unread: [], keep: [] };
  const reading = readByline(text);
  return { read: reading.contributors, unread: reading.unread, keep: contributorsKeepingUnread(reading) };
}

/** True when two readings show the same thing (so the list under the field need not be drawn again). */
export function sameUnderstanding(a: BylineUnderstanding, b: BylineUnderstanding): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
