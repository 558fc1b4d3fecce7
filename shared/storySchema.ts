// The story file's zod schema (format version 2) and the types it gives.
import { z } from 'zod';
import { BLOCK_TYPES, BYLINE_POSITIONS, ID_PATTERN, STATUSES, STORY_FORMAT, STORY_VERSION } from './story';
import { PHOTO_FILE_PATTERN, type Photo } from './photo';

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

const pixels = (what: string) =>
  z
    .number({ error: `expected the ${what} in pixels` })
    .int({ message: `expected the ${what} in whole pixels` })
    .positive({
      message: `expected the ${what} in pixels, more than 0`,
    });

/** A photo: its file in the library's photo store (never a path), a one-line caption and credit, its size as shown. */
const photoSchema = z.object({
  file: z.string({ error: 'expected a photo file name' }).regex(PHOTO_FILE_PATTERN, {
    message: 'expected a photo file name: 64 hex digits, then .jpg, .png or .webp',
  }),
  caption: oneLine('the caption'),
  credit: oneLine('the credit'),
  width: pixels('width'),
  height: pixels('height'),
  taken: z.string({ error: 'expected when the photo was taken as text' }).max(40).optional(),
});

const isoTime = z.string({ error: 'expected an ISO-8601 time' }).refine((s) => !Number.isNaN(Date.parse(s)), {
  message: 'expected an ISO-8601 time',
});

/** The story file, format version 2. Unknown keys are kept (a later version may add fields). */
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
  photos: z.array(photoSchema, { error: 'expected a list of photos' }).max(100, { message: 'at most 100 photos on a story' }).default([]),
  notes: z.string({ error: 'expected notes as text' }),
});

export type Contributor = z.infer<typeof contributorSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Story = z.infer<typeof storySchema>;

/** The schema and the contract's plain type (shared/photo.ts) agree (checked at compile time). */
const _photoMatches: [z.infer<typeof photoSchema>] extends [Photo]
  ? [Photo] extends [z.infer<typeof photoSchema>]
    ? true
    : false
  : false = true;
