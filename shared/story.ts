// The story: one news story (简讯) as the file format (version 2: with photos) holds it: constants, types, a new draft.
// The zod schema lives in storySchema.ts, so that code which only builds stories does not load zod.
import type { Block, Contributor, Story } from './storySchema';
import type { Photo } from './photo';

export const STORY_FORMAT = 'bulletin-desk/story';
/** 1: text only; 2: `photos` added (version 1 files are read as version 2 with no photos). */
export const STORY_VERSION = 2;

export const STATUSES = ['draft', 'ready', 'filed'] as const;
export const BYLINE_POSITIONS = ['end', 'inline', 'dateline', 'top'] as const;
export const BLOCK_TYPES = ['paragraph', 'subheading'] as const;

export type Status = (typeof STATUSES)[number];
export type BylinePosition = (typeof BYLINE_POSITIONS)[number];

/** An id: letters, digits, "-" and "_", never a path (it names folders in the library's history). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** The paper's usual source label, used for a new story unless the house style says otherwise. */
export const DEFAULT_DATELINE = '本报讯';

// types only (the schema itself imports this file's constants): no cycle at run time
export type { Block, Contributor, Photo, Story };

/** The order of keys in a story file; unknown keys follow, sorted. */
export const STORY_KEY_ORDER = [
  'format',
  'version',
  'id',
  'createdAt',
  'updatedAt',
  'status',
  'kicker',
  'headline',
  'subheadline',
  'dateline',
  'byline',
  'bylinePosition',
  'body',
  'photos',
  'notes',
] as const;

/** A random id; `crypto.randomUUID` exists in every runtime the app runs in (Node 20, Chromium). */
export function newId(): string {
  return (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();
}

export interface NewStoryOptions {
  id?: string;
  now?: Date;
  dateline?: string;
  byline?: Contributor[];
}

/** The byline a new story starts with: the reporter's own name in Settings (none while no name is set). */
export function reporterByline(reporter: { name: string; role: string }): Contributor[] {
  return reporter.name ? [{ role: reporter.role || '记者', names: [reporter.name], credit: '' }] : [];
}

/** An empty draft: the house dateline, the reporter's own byline, one empty lead paragraph. */
export function newStory(fields: Partial<Omit<Story, 'format' | 'version'>> = {}, options: NewStoryOptions = {}): Story {
  const now = (options.now ?? new Date()).toISOString();
  return {
    format: STORY_FORMAT,
    version: STORY_VERSION,
    id: options.id ?? newId(),
    createdAt: now,
    updatedAt: now,
    status: 'draft',
    kicker: '',
    headline: '',
    subheadline: '',
    dateline: options.dateline ?? DEFAULT_DATELINE,
    byline: options.byline ?? [],
    bylinePosition: 'end',
    body: [{ type: 'paragraph', text: '' }],
    photos: [],
    notes: '',
    ...fields,
  };
}
