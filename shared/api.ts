// The one contract between the renderer and the privileged side: every call and event, with zod schemas and typed errors.
import { z } from 'zod';
import { houseStyleSchema } from './houseStyle';
import { storySchema } from './storySchema';
import { bulletinSchema } from './bulletin';
import { keepProtoKeys } from './looseKeys';
import { ApiError, FAULTS, REASONS } from './apiError';
import {
  idSchema,
  revisionSchema,
  storySummarySchema,
  bulletinSummarySchema,
  unreadableSchema,
  syncConflictSchema,
  storyWithRevisionSchema,
  snapshotSchema,
  trashEntrySchema,
  LANGUAGES,
  preferencesSchema,
  decisionSchema,
  FOLDER_PROBLEMS,
  preferencesChangeSchema,
  wordExtraSchema,
} from './apiSchemas';
import { PACKAGE_CALLS } from './apiPackageCalls';
import { PHOTO_CALLS } from './apiPhotoCalls';
import { OUTBOX_CALLS, OUTBOX_EVENTS } from './apiOutboxCalls';

// the pieces, for whoever imports them from the contract
export { snapshotSchema, LANGUAGES, preferencesSchema } from './apiSchemas';
export type {
  StorySummary,
  BulletinSummary,
  UnreadableFile,
  SyncConflict,
  StoryWithRevision,
  Snapshot,
  TrashEntry,
  Language,
  Preferences,
  FolderProblem,
} from './apiSchemas';

// ---------------------------------------------------------------- errors

// the error codes, faults and ApiError live apart (no zod) so the renderer's first script can throw them
export { ApiError, type ApiErrorData, type ErrorCode, type Fault } from './apiError';

import type { Result } from './apiSchemas';
export { resultSchema, type Result } from './apiSchemas';

// ---------------------------------------------------------------- calls

const none = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();

/** Fields a new story may start with. */
const storyFieldsSchema = storySchema
  .pick({
    kicker: true,
    headline: true,
    subheadline: true,
    dateline: true,
    byline: true,
    bylinePosition: true,
    body: true,
    notes: true,
    status: true,
  })
  .partial();

/**
 * Files the system asked the app to open (a double-click, a second launch, macOS open-file), in order, absolute
 * paths; and the launch's arguments that name no story or bulletin file that exists (said in the window).
 */
const openedFilesSchema = z.object({
  files: z.array(z.object({ path: z.string(), kind: z.enum(['story', 'bulletin']) })),
  unopenable: z.array(z.string()),
});

const calls = {
  /**
   * The files the system asked the app to open before the page could take them (held by Electron's main process
   * until the page has its library and asks); later ones come as the app.openFiles event. Other hosts: none.
   */
  'app.takeOpenedFiles': { input: none, output: openedFilesSchema },
  'app.info': {
    input: none,
    output: z.object({
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      language: z.enum(LANGUAGES),
      libraryFolder: z.string(),
      /** Set for this session by the command line (`bulletin serve --drafts` / `--lang`): Settings shows it, cannot change it. */
      fixed: z.object({ libraryFolder: z.boolean(), language: z.boolean() }).optional(),
    }),
  },
  /** Electron: the system's folder dialog to choose a library folder (nothing chosen: cancelled). Other hosts refuse: the path is typed. */
  'library.chooseFolder': {
    input: none,
    output: z.object({ folder: z.string().optional(), cancelled: z.boolean() }),
  },
  /**
   * Switches the desk to another library folder (made when missing): held saves are written to the old one first,
   * then every window hears `library.switched`. A folder the desk cannot use is refused with the reason, nothing changed.
   */
  'library.switch': {
    input: z.object({ folder: z.string().min(1).max(4096) }).strict(),
    output: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('switched'), folder: z.string(), previous: z.string() }),
      z.object({ outcome: z.literal('refused'), folder: z.string(), problem: z.enum(FOLDER_PROBLEMS), detail: z.string().optional() }),
    ]),
  },
  'library.list': {
    input: none,
    output: z.object({
      folder: z.string(),
      stories: z.array(storySummarySchema),
      bulletins: z.array(bulletinSummarySchema),
      unreadable: z.array(unreadableSchema),
      /** Sync tools' conflict copies, each offered for resolution against its original, never listed as a story. */
      conflicts: z.array(syncConflictSchema),
    }),
  },
  /** Both sides of a sync conflict: the copy and, when it is still there, the original story. */
  'conflict.read': {
    input: z.object({ file: z.string().min(1).max(255) }).strict(),
    output: z.object({ conflict: syncConflictSchema, copy: storyWithRevisionSchema, original: storyWithRevisionSchema.optional() }),
  },
  /**
   * Resolves a sync conflict. `original`: the original stays, the copy goes to the trash. `copy`: the copy's text
   * is saved over the original (on `originalRevision`; a conflict when it changed meanwhile), the copy goes to the
   * trash. `both`: the copy becomes a story of its own (a new id), the original stays. Nothing is ever deleted.
   */
  'conflict.resolve': {
    input: z
      .object({
        file: z.string().min(1).max(255),
        keep: z.enum(['original', 'copy', 'both']),
        copyRevision: revisionSchema,
        originalRevision: revisionSchema.optional(),
      })
      .strict(),
    output: z.object({ story: storyWithRevisionSchema.optional(), trashId: z.string().optional() }),
  },
  'library.search': {
    input: z.object({ query: z.string().max(200) }).strict(),
    output: z.object({ ids: z.array(z.string()) }),
  },
  'unreadable.moveAside': {
    input: z.object({ file: z.string().min(1).max(255) }).strict(),
    output: z.object({ movedTo: z.string() }),
  },
  /**
   * A new story. `id`: the one the window already shows it under (New story draws the form before the file is
   * written); refused when a story of the library has it.
   */
  'story.create': {
    input: z.object({ id: storySchema.shape.id.optional(), fields: storyFieldsSchema.optional() }).strict(),
    output: storyWithRevisionSchema,
  },
  'story.read': { input: byId, output: storyWithRevisionSchema },
  'story.save': {
    input: z.object({ id: idSchema, story: storySchema, baseRevision: revisionSchema }).strict(),
    output: z.object({ revision: z.string(), updatedAt: z.string(), file: z.string() }),
  },
  /** Keep both after a conflict: the given text becomes a new story beside the one on disk. */
  'story.saveAsNew': { input: z.object({ story: storySchema }).strict(), output: storyWithRevisionSchema },
  'story.duplicate': { input: byId, output: storyWithRevisionSchema },
  'story.trash': { input: byId, output: z.object({ trashId: z.string() }) },
  /**
   * A new story the reporter left with nothing typed: removed without a trace (not to the trash), but only while its
   * file still holds exactly what `story.create` wrote at `revision` and nothing saved it since. `removed` says whether it was.
   */
  'story.discardUntouched': {
    input: z.object({ id: idSchema, revision: revisionSchema }).strict(),
    output: z.object({ removed: z.boolean() }),
  },
  'trash.list': { input: none, output: z.object({ entries: z.array(trashEntrySchema) }) },
  'trash.restore': { input: z.object({ trashId: z.string().min(1).max(255) }).strict(), output: storyWithRevisionSchema },
  'history.list': { input: byId, output: z.object({ snapshots: z.array(snapshotSchema) }) },
  'history.read': {
    input: z.object({ id: idSchema, snapshotId: z.string().min(1).max(100) }).strict(),
    output: z.object({ story: storySchema }),
  },
  'history.restore': {
    input: z.object({ id: idSchema, snapshotId: z.string().min(1).max(100), baseRevision: revisionSchema }).strict(),
    output: storyWithRevisionSchema,
  },
  'export.text': {
    input: z.object({ ids: z.array(idSchema).min(1).max(1000), houseStyle: z.string().optional() }).strict(),
    output: z.object({ text: z.string() }),
  },
  'export.save': {
    input: z
      .object({
        ids: z.array(idSchema).min(1).max(1000),
        houseStyle: z.string().optional(),
        encoding: houseStyleSchema.shape.encoding.optional(),
        lineEnding: houseStyleSchema.shape.lineEnding.optional(),
        /** The bulletin whose page this is: the file is named after it (title and date). */
        bulletin: idSchema.optional(),
      })
      .strict(),
    /** Electron asks where with a file dialog and answers the path (none when cancelled); the browser host answers the bytes to download. */
    output: z.object({ path: z.string().optional(), base64: z.string().optional(), fileName: z.string(), cancelled: z.boolean() }),
  },
  // the page with its photos (shared/apiPackageCalls.ts)
  ...PACKAGE_CALLS,
  'bulletin.read': { input: byId, output: z.object({ bulletin: bulletinSchema, revision: z.string() }) },
  /** A new bulletin (a page of stories), e.g. "二七报 6月21日 第3版". */
  'bulletin.create': {
    input: z
      .object({
        title: z.string().max(200),
        date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'expected a date as YYYY-MM-DD' }),
        houseStyle: z.string().max(100).optional(),
        stories: z.array(idSchema).max(1000).optional(),
      })
      .strict(),
    output: z.object({ bulletin: bulletinSchema, revision: z.string(), file: z.string() }),
  },
  /** Saves a bulletin (title, date, house style, the stories' order) on the revision it was based on. */
  'bulletin.save': {
    input: z.object({ id: idSchema, bulletin: bulletinSchema, baseRevision: revisionSchema }).strict(),
    output: z.object({ revision: z.string(), updatedAt: z.string(), file: z.string() }),
  },
  /**
   * Reads a page (its bytes: UTF-8 or GB18030 text, or a Word .docx, told by its bytes) into stories and the
   * importer's decisions, writing nothing. A Word file's answer carries the lines the importer numbered and what
   * is not a line (tables, photos, notes); its photos, checked by the image service, are already the photos of the
   * stories they sit in (an image extra's `photo`; held by the desk, stored by `import.write`), or refused by name
   * (`refused`).
   */
  'import.parse': {
    input: z.object({ base64: z.string().max(28_000_000), fileName: z.string().max(255).optional() }).strict(),
    output: z.object({
      stories: z.array(storySchema),
      decisions: z.array(decisionSchema),
      encoding: z.enum(['utf8', 'utf8-bom', 'gb18030', 'docx']),
      lines: z.array(z.string()).optional(),
      word: z.array(wordExtraSchema).optional(),
    }),
  },
  /**
   * Writes the reviewed stories as new drafts (never over a file), optionally with a bulletin in the page's order;
   * the photos `import.parse` held for them are stored first (`photoMissing` when one is no longer held).
   */
  'import.write': {
    input: z
      .object({
        stories: z.array(storySchema).min(1).max(1000),
        bulletin: z
          .object({ title: z.string().max(200), date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/) })
          .strict()
          .optional(),
      })
      .strict(),
    output: z.object({
      written: z.array(z.object({ id: z.string(), file: z.string() })),
      bulletin: z.object({ id: z.string(), file: z.string() }).optional(),
    }),
  },
  /** Marks every story of the bulletin filed, and the bulletin with the time. */
  'bulletin.markFiled': {
    input: byId,
    output: z.object({ bulletin: bulletinSchema, revision: z.string(), filedStories: z.number().int() }),
  },
  /**
   * Saves the calling window's proof (its print layout) as a PDF. Electron asks where with a save dialog (no path
   * when cancelled); a host that cannot print the page itself refuses: the browser's own Print… saves as PDF there.
   */
  'proof.savePdf': {
    input: z.object({ fileName: z.string().min(1).max(200) }).strict(),
    output: z.object({ path: z.string().optional(), cancelled: z.boolean() }),
  },
  // photos on a story (shared/apiPhotoCalls.ts)
  ...PHOTO_CALLS,
  // sending to the desk: destinations and the outbox (shared/apiOutboxCalls.ts)
  ...OUTBOX_CALLS,
  'preferences.get': { input: none, output: preferencesSchema },
  'preferences.set': { input: preferencesChangeSchema, output: preferencesSchema },
} as const;

export type CallName = keyof typeof calls;
export type CallInput<N extends CallName> = z.input<(typeof calls)[N]['input']>;
export type CallOutput<N extends CallName> = z.infer<(typeof calls)[N]['output']>;

// ---------------------------------------------------------------- events

export const events = {
  /**
   * A story file was added, changed or removed: by this app (a save, a new story, an import, a copy, a restore, mark
   * filed, the trash; `summary.revision` tells a window its own save) or by another program.
   */
  'story.added': z.object({ summary: storySummarySchema }),
  'story.changed': z.object({ summary: storySummarySchema }),
  'story.removed': z.object({ id: z.string(), file: z.string() }),
  /** A bulletin file was added, changed or removed, by this app or by another program. */
  'bulletin.added': z.object({ summary: bulletinSummarySchema }),
  'bulletin.changed': z.object({ summary: bulletinSummarySchema }),
  'bulletin.removed': z.object({ id: z.string(), file: z.string() }),
  /** A file in the library cannot be read. */
  'file.unreadable': unreadableSchema,
  /** A sync tool left a conflict copy of a story (or it changed). */
  'conflict.found': syncConflictSchema,
  /** A conflict copy is gone (resolved here or elsewhere). */
  'conflict.gone': z.object({ file: z.string() }),
  /** A save the service kept after a fault has now reached the disk, or failed again. */
  'save.status': z.object({
    id: z.string(),
    /** saved: on disk now; retrying: the disk still refuses; conflict: the file changed meanwhile (read it again); failed: given up. */
    state: z.enum(['saved', 'retrying', 'conflict', 'failed']),
    revision: z.string().optional(),
    /** saved: the story's time and file as written. */
    updatedAt: z.string().optional(),
    file: z.string().optional(),
    message: z.string().optional(),
    /** retrying: the kind of disk fault. */
    fault: z.enum(FAULTS).optional(),
    /** failed: why the desk refused the save, for the interface to word in its language (with `params`). */
    reason: z.enum(REASONS).optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
  /**
   * A photo the disk refused for a reason that may pass (full): kept in memory and stored again by itself
   * (`retrying`), on disk at last (`saved`), or given up (`failed`). The story already refers to it by `file`.
   */
  'photo.status': z.object({
    file: z.string(),
    fileName: z.string(),
    state: z.enum(['saved', 'retrying', 'failed']),
    message: z.string().optional(),
    fault: z.enum(FAULTS).optional(),
    reason: z.enum(REASONS).optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
  /** The desk now uses another library folder (Settings, in any window): every window reads the library again. */
  'library.switched': z.object({ folder: z.string(), previous: z.string() }),
  /** Preferences changed (in another window, or by hand). */
  'preferences.changed': preferencesSchema,
  // the outbox (shared/apiOutboxCalls.ts)
  ...OUTBOX_EVENTS,
  /** The Electron menu's commands (the renderer's own shortcuts do the same in the browser host). */
  'menu.newStory': z.object({}).strict(),
  'menu.openLibrary': z.object({}).strict(),
  'menu.importPage': z.object({}).strict(),
  'menu.export': z.object({}).strict(),
  'menu.settings': z.object({}).strict(),
  /** Story or bulletin files the system asked the app to open once the page had taken the first ones (app.takeOpenedFiles). */
  'app.openFiles': openedFilesSchema,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]>;

/** The service object both transports bind: one async function per call. */
export type BulletinDeskService = { [N in CallName]: (input: z.infer<(typeof calls)[N]['input']>) => Promise<CallOutput<N>> };

/** What the renderer sees as `window.bulletinDesk`. */
export interface BulletinDeskApi {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
}

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);
}

/** Validates a call's input on the privileged side; throws ApiError('invalid') with the field named. */
function parseInput<N extends CallName>(name: N, input: unknown): z.infer<(typeof calls)[N]['input']> {
  const schema = calls[name].input;
  const result = schema.safeParse(input ?? {});
  // a story's (or bulletin's) unknown keys are kept, a `__proto__` key too (zod leaves that one out)
  if (result.success) return keepProtoKeys(schema, input ?? {}, result.data) as z.infer<(typeof calls)[N]['input']>;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new ApiError({
    code: 'invalid',
    message: `${name}: ${where}${issue?.message ?? 'invalid input'}`,
    reason: 'invalidInput',
    params: { call: name },
  });
}

/** Runs a call against the service with its input validated, and answers with a Result, never a throw. */
export async function dispatch(service: BulletinDeskService, name: unknown, input: unknown): Promise<Result> {
  try {
    if (!isCallName(name)) {
      const call = String(name).slice(0, 60);
      throw new ApiError({ code: 'invalid', message: `no such call: ${call}`, reason: 'noSuchCall', params: { call } });
    }
    const parsed = parseInput(name, input);
    const value = await (service[name] as (i: unknown) => Promise<unknown>)(parsed);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ApiError) return { ok: false, error: e.toData() };
    return { ok: false, error: { code: 'io', message: (e as Error).message || 'an unexpected failure', reason: 'unexpected' } };
  }
}
