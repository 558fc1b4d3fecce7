// The story: one news story (简讯) as the file format (version 1) holds it, with its zod schema and types.
import { z } from 'zod';

export const STORY_FORMAT = 'bulletin-desk/story';
export const STORY_VERSION = 1;

export const STATUSES = ['draft', 'ready', 'filed'] as const;
export const BYLINE_POSITIONS = ['end', 'inline', 'dateline', 'top'] as const;
export const BLOCK_TYPES = ['paragraph', 'subheading'] as const;

export type Status = (typeof STATUSES)[number];
export type BylinePosition = (typeof BYLINE_POSITIONS)[number];
export type BlockType = (typeof BLOCK_TYPES)[number];

/** The paper's usual source label, used for a new story unless the house style says otherwise. */
export const DEFAULT_DATELINE = '本报讯';

const oneLine = (what: string) =>
  z.string({ error: `expected ${what} as text` }).refine((s) => !/[\r\n\u2028\u2029]/.test(s), {
    message: `${what} must be one line (no line breaks)`,
  });

export const contributorSchema = z.object({
  role: oneLine('a role word'),
  names: z.array(oneLine('a name'), { error: 'expected a list of names' }),
  credit: oneLine('a credit').default(''),
});

export const blockSchema = z.object({
  type: z.enum(BLOCK_TYPES, { error: 'expected "paragraph" or "subheading"' }),
  text: oneLine('the block text'),
});

const isoTime = z.string({ error: 'expected an ISO-8601 time' }).refine((s) => !Number.isNaN(Date.parse(s)), {
  message: 'expected an ISO-8601 time',
});

/** The story file, format version 1. Unknown keys are kept (a later version may add fields). */
export const storySchema = z.looseObject({
  format: z.literal(STORY_FORMAT, { error: `expected "${STORY_FORMAT}"` }),
  version: z.literal(STORY_VERSION, { error: `expected ${STORY_VERSION}` }),
  id: z.string({ error: 'expected an id' }).min(1, { error: 'expected an id' }),
  createdAt: isoTime,
  updatedAt: isoTime,
  status: z.enum(STATUSES, { error: 'expected "draft", "ready" or "filed"' }),
  kicker: oneLine('the kicker'),
  headline: oneLine('the headline'),
  subheadline: oneLine('the subheadline'),
  dateline: oneLine('the dateline'),
  byline: z.array(contributorSchema, { error: 'expected a list of contributors' }),
  bylinePosition: z.enum(BYLINE_POSITIONS, { error: 'expected "end", "inline", "dateline" or "top"' }),
  body: z.array(blockSchema, { error: 'expected a list of blocks' }),
  notes: z.string({ error: 'expected notes as text' }),
});

export type Contributor = z.infer<typeof contributorSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Story = z.infer<typeof storySchema>;

/** The order of keys in a story file; unknown keys follow, sorted. */
export const STORY_KEY_ORDER = [
  'format', 'version', 'id', 'createdAt', 'updatedAt', 'status',
  'kicker', 'headline', 'subheadline', 'dateline', 'byline', 'bylinePosition', 'body', 'notes',
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
    notes: '',
    ...fields,
  };
}
