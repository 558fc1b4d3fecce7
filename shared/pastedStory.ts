// A whole story pasted into an empty story (from a chat, an e-mail): whether to offer "Split into fields", read by the importer (parsePage), and the fields the split fills.
import { parsePage } from './parse/parsePage';
import type { ParsedPage } from './parse/types';
import { DEFAULT_DATELINE, type Block, type Story } from './story';
import { trimAll } from './text';

/** The parts of a story a split writes (and its undo puts back). */
const SPLIT_KEYS = ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'bylinePosition', 'body', 'notes'] as const;
export type SplitFields = Pick<Story, (typeof SPLIT_KEYS)[number]>;

/** What a paste into an empty story reads as: one story (offer the split), or several (say so, offer the import review). */
export type PastedStory =
  | {
      kind: 'story';
      /** The story's fields after the split. */
      fields: SplitFields;
      /** Blocks of the paste the importer placed in no field: they go to the notes. */
      unplaced: number;
    }
  | { kind: 'several'; stories: number };

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u000b\u000c\u0085]/u;

/** Lines with more than spaces (U+3000 included) on them. */
function filledLines(text: string): number {
  return text.split(LINE_BREAK).filter((line) => trimAll(line) !== '').length;
}

const blank = (text: string) => trimAll(text) === '';

/**
 * A story nobody has written in yet: no titles, no body text, no notes; the dateline empty or a bare label (本报讯,
 * the house style's); the byline empty or the one a new story gets (one contributor with at most one name and no credit).
 */
export function isEmptyStory(story: SplitFields, houseDateline: string): boolean {
  if (![story.kicker, story.headline, story.subheadline, story.notes].every(blank)) return false;
  if (!story.body.every((b) => blank(b.text))) return false;
  const dateline = trimAll(story.dateline);
  if (dateline !== '' && dateline !== DEFAULT_DATELINE && dateline !== trimAll(houseDateline)) return false;
  if (story.byline.length > 1) return false;
  const own = story.byline[0];
  return own === undefined || (own.names.length <= 1 && own.credit === '');
}

/**
 * The fields of the one story the importer read: titles, dateline, byline and its place, body blocks; what the
 * paste left out (no dateline, no byline) keeps the story's own (the house dateline, the reporter's byline); text
 * the importer placed nowhere is added to the notes, one block a paragraph.
 */
export function splitFields(story: Story, unplaced: readonly string[], before: SplitFields): SplitFields {
  const hasByline = story.byline.length > 0;
  const body: Block[] = story.body.length > 0 ? story.body.map((b) => ({ type: b.type, text: b.text })) : [{ type: 'paragraph', text: '' }];
  return {
    kicker: story.kicker,
    headline: story.headline,
    subheadline: story.subheadline,
    dateline: story.dateline !== '' ? story.dateline : before.dateline,
    byline: hasByline ? story.byline : before.byline,
    bylinePosition: hasByline ? story.bylinePosition : before.bylinePosition,
    body,
    notes: [before.notes, ...unplaced].filter((text) => !blank(text)).join('\n\n'),
  };
}

/** The texts the importer left out of every story. */
function unplacedTexts(page: ParsedPage): string[] {
  return page.decisions.flatMap((d) => (d.kind === 'unplaced' && d.text !== undefined ? [d.text] : []));
}

/**
 * What a paste offers. Null, the paste stays as it is and nothing is said: the story was not empty before it, the
 * paste is one line, or it reads as no story with a title (a lead with its dateline is the pasted-lead move's).
 * `before` is the story as it was just before the paste.
 */
export function readPastedStory(pasted: string, before: SplitFields, houseDateline: string): PastedStory | null {
  if (!isEmptyStory(before, houseDateline) || filledLines(pasted) < 2) return null;
  const page = parsePage(pasted, { newId: () => 'pasted', now: new Date(0) });
  if (page.stories.length > 1) return { kind: 'several', stories: page.stories.length };
  const story = page.stories[0];
  if (!story || [story.kicker, story.headline, story.subheadline].every(blank)) return null;
  const unplaced = unplacedTexts(page);
  return { kind: 'story', fields: splitFields(story, unplaced, before), unplaced: unplaced.length };
}

/** The split fields of a story. */
export function splitFieldsOf(story: Story): SplitFields {
  return Object.fromEntries(SPLIT_KEYS.map((key) => [key, story[key]])) as SplitFields;
}
