// The story file's zod schema (format version 1) and the types it gives.
import { z } from 'zod';
import { BLOCK_TYPES, BYLINE_POSITIONS, ID_PATTERN, STATUSES, STORY_FORMAT, STORY_VERSION } from './story';

const oneLine = (what: string) =>
  z.string({ error: `expected ${what} as text` }).refine((s) => !/[\r\n\u2028\u2029]/.test(s), {
    message: `${what} must be one line (no line breaks)`,
  });

const contributorSchema = z.object({
  role: oneLine('a role word'),
  names: z.array(oneLine('a name'), { error: 'expected a list of names' }),
  credit: oneLine('a credit').default(''),
});

const blockSchema = z.object({
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
  id: z.string({ error: 'expected an id' }).regex(ID_PATTERN, { message: 'expected an id of letters, digits, "-" and "_"' }),
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
