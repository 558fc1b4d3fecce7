// The bulletin: a page of stories in order, as its `.bbulletin` (or older `.bulletin.json`) file holds it.
import { z } from 'zod';
import { ID_PATTERN } from './story';

export const BULLETIN_FORMAT = 'bulletin-desk/bulletin';
export const BULLETIN_VERSION = 1;

export const bulletinSchema = z.looseObject({
  format: z.literal(BULLETIN_FORMAT, { error: `expected "${BULLETIN_FORMAT}"` }),
  version: z.literal(BULLETIN_VERSION, { error: `expected ${BULLETIN_VERSION}` }),
  id: z.string({ error: 'expected an id' }).regex(ID_PATTERN, { message: 'expected an id of letters, digits, "-" and "_"' }),
  title: z.string({ error: 'expected a title' }),
  date: z.string({ error: 'expected a date (YYYY-MM-DD)' }).regex(/^(\d{4}-\d{2}-\d{2})?$/, {
    message: 'expected a date as YYYY-MM-DD',
  }),
  houseStyle: z.string({ error: 'expected the name of a house style' }),
  stories: z.array(z.string({ error: 'expected a story id' }).regex(ID_PATTERN, { message: 'expected a story id' }), {
    error: 'expected a list of story ids',
  }),
  createdAt: z.string({ error: 'expected an ISO-8601 time' }),
  updatedAt: z.string({ error: 'expected an ISO-8601 time' }),
  /** When its stories were marked filed (absent until then). */
  filedAt: z.string({ error: 'expected an ISO-8601 time' }).optional(),
});

export type Bulletin = z.infer<typeof bulletinSchema>;

export const BULLETIN_KEY_ORDER = [
  'format',
  'version',
  'id',
  'title',
  'date',
  'houseStyle',
  'stories',
  'createdAt',
  'updatedAt',
  'filedAt',
] as const;
