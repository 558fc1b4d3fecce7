// The contract's pieces (shared/api.ts): ids, revisions, summaries, snapshots, preferences, the importer's decisions and a call's result as zod schemas.
import { z } from 'zod';
import { storySchema } from './storySchema';
import { ID_PATTERN, STATUSES } from './story';
import { ERROR_CODES, FAULTS, REASONS, type ApiErrorData } from './apiError';
import { houseStyleSchema } from './houseStyle';
import { libraryDestinationsSchema } from './destinations';

/** A story id: a uuid-like token, never a path. */
export const idSchema = z.string().regex(ID_PATTERN, { message: 'an id is letters, digits, "-" and "_" only' });

/** A revision is the hash of a file's bytes. */
export const revisionSchema = z.string().regex(/^[0-9a-f]{16,64}$/, { message: 'expected a revision (hex hash)' });

export const storySummarySchema = z.object({
  id: z.string(),
  file: z.string(),
  headline: z.string(),
  kicker: z.string(),
  status: z.enum(STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  characters: z.number().int(),
  revision: z.string(),
  /** How many photos the story carries; absent when none. */
  photos: z.number().int().positive().optional(),
});
export type StorySummary = z.infer<typeof storySummarySchema>;

export const bulletinSummarySchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  date: z.string(),
  stories: z.number().int(),
  updatedAt: z.string(),
  revision: z.string(),
});
export type BulletinSummary = z.infer<typeof bulletinSummarySchema>;

export const unreadableSchema = z.object({
  file: z.string(),
  reason: z.string(),
  /** Made by a newer Bulletin Desk: never opened, never touched. */
  newer: z.boolean(),
  /**
   * What is wrong, said in the reporter's language (`reason` stays for logs): not a file that can be read at all (a
   * link, a pipe or device, a folder, too large, refused by the system), or a file whose content is not a story or
   * bulletin it can read (not UTF-8 text, not JSON, not Bulletin Desk's, made by a newer version, fields it cannot read).
   */
  problem: z
    .enum(['link', 'special', 'folder', 'too-large', 'cannot-read', 'not-text', 'not-json', 'not-ours', 'newer', 'damaged'])
    .optional(),
  /** newer: the file's format version. */
  version: z.number().optional(),
  /** The size in bytes, for `too-large`. */
  size: z.number().optional(),
});
export type UnreadableFile = z.infer<typeof unreadableSchema>;

/** A sync tool's conflict copy of a story (Syncthing, Nextcloud, Dropbox): the other side of a conflict on `original`. */
export const syncConflictSchema = z.object({
  /** The conflict copy's file name in the library. */
  file: z.string(),
  /** The story file it is a copy of (it may be gone). */
  original: z.string(),
  tool: z.enum(['syncthing', 'nextcloud', 'dropbox', 'other']),
  id: z.string(),
  headline: z.string(),
  updatedAt: z.string(),
  revision: z.string(),
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

export const storyWithRevisionSchema = z.object({ story: storySchema, revision: z.string(), file: z.string() });
export type StoryWithRevision = z.infer<typeof storyWithRevisionSchema>;

export const snapshotSchema = z.object({
  snapshotId: z.string(),
  takenAt: z.string(),
  reason: z.enum(['export', 'status', 'interval', 'restore', 'manual']),
  headline: z.string(),
  characters: z.number().int(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const trashEntrySchema = z.object({
  trashId: z.string(),
  id: z.string(),
  headline: z.string(),
  trashedAt: z.string(),
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const preferencesSchema = z.object({
  reporter: z.object({ name: z.string().default(''), role: z.string().default('记者') }).default({ name: '', role: '记者' }),
  /** The reporter's own house styles; the built-in ones are always there besides. */
  houseStyles: z.array(houseStyleSchema).default([]),
  defaultHouseStyle: z.string().default('default'),
  /** '' = the default folder (~/Documents/Bulletin Desk). */
  libraryFolder: z.string().default(''),
  /** 'system' = from the operating system's language. */
  language: z.enum(['system', ...LANGUAGES]).default('system'),
  /** Where pages are sent, per library folder (its whole path): e-mail addresses and drop folders, never a password. */
  destinations: z.record(z.string(), libraryDestinationsSchema).default({}),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** A change of some settings: only what is given, no defaults (a default here would reset the settings left out). */
export const preferencesChangeSchema = z
  .object({
    reporter: z.object({ name: z.string(), role: z.string() }),
    houseStyles: z.array(houseStyleSchema),
    defaultHouseStyle: z.string(),
    libraryFolder: z.string(),
    language: z.enum(['system', ...LANGUAGES]),
  })
  .partial()
  .strict();

/**
 * Why a folder cannot be the library: not a whole path; a file (or a file on the way to it); one of a library's own
 * folders (.trash, .history …); not writable; the library already in use; fixed for this session (`--drafts`);
 * changes not yet saved to the library in use; or it could not be opened (`detail` says why).
 */
export const FOLDER_PROBLEMS = [
  'not-absolute',
  'not-a-folder',
  'inside-kept-folder',
  'not-writable',
  'same-folder',
  'fixed',
  'unsaved',
  'cannot-open',
] as const;
export type FolderProblem = (typeof FOLDER_PROBLEMS)[number];

/** One decision of the importer (shared/parse/types.ts), as it crosses the boundary. */
export const decisionSchema = z.object({
  kind: z.enum(['story', 'title', 'dateline', 'byline', 'lead', 'join', 'subheading', 'paragraph', 'removed', 'unplaced']),
  story: z.number().int().nullable(),
  lines: z.array(z.number().int()),
  message: z.string(),
  field: z.enum(['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'body']).optional(),
  removed: z.string().optional(),
  text: z.string().optional(),
  how: z.enum(['bracketedByline', 'boxedKicker', 'wordCut', 'toldInLead']).optional(),
  alternative: z
    .object({
      reading: z.enum(['kickerHeadline', 'headlineSubheadline']),
      kicker: z.string(),
      headline: z.string(),
      subheadline: z.string(),
    })
    .optional(),
});

/** Something of a Word file that is not a line of the page (shared/parse/wordPage.ts WordExtra): a table, a photo, a note. */
export const wordExtraSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), line: z.number().int(), text: z.string() }),
  z.object({
    kind: z.literal('image'),
    line: z.number().int(),
    name: z.string(),
    type: z.string(),
    bytes: z.number().int(),
    photo: z.string().optional(),
    refused: z
      .object({ reason: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])), message: z.string() })
      .optional(),
  }),
  z.object({ kind: z.enum(['footnote', 'endnote']), line: z.number().int(), text: z.string() }),
  z.object({ kind: z.literal('comment'), line: z.number().int(), author: z.string(), text: z.string() }),
  z.object({ kind: z.literal('headersFooters'), line: z.number().int(), count: z.number().int() }),
]);

/** Where a photo to add comes from: a path (Electron's file chooser or a drop) or its bytes (a paste or drop in the browser). */
export const photoSourceSchema = z.union([
  z.object({ path: z.string().min(1).max(4096) }).strict(),
  z.object({ base64: z.string().min(1).max(28_000_000), fileName: z.string().min(1).max(255) }).strict(),
]);

/** A photo on a story, as `story.photos` holds it. */
export const photoSchema = storySchema.shape.photos.unwrap().element;

/** A photo of a story named by its place (from 0) and its file, so a change made meanwhile elsewhere is refused, not misapplied. */
export const photoPlaceSchema = z.object({ index: z.number().int().min(0).max(99), file: photoSchema.shape.file }).strict();

/** A failure as it crosses the boundary. */
const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** For the user: what is wrong and what to do. */
  message: z.string(),
  /** conflict: the version on disk now. */
  current: storyWithRevisionSchema.optional(),
  /** io: the service keeps the edit and retries the save by itself. */
  retrying: z.boolean().optional(),
  /** io: the kind of disk fault. */
  fault: z.enum(FAULTS).optional(),
  /** Why, for the interface to say in its language. */
  reason: z.enum(REASONS).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
/** The schema and the plain type agree (checked at compile time). */
const _apiErrorDataMatches: [z.infer<typeof apiErrorSchema>] extends [ApiErrorData]
  ? [ApiErrorData] extends [z.infer<typeof apiErrorSchema>]
    ? true
    : false
  : false = true;

export const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);
export type Result = { ok: true; value: unknown } | { ok: false; error: ApiErrorData };
