// Reading and writing story and bulletin files: schema check with field-named errors, migration, stable JSON.
import type { z } from 'zod';
import { BULLETIN_FORMAT, BULLETIN_KEY_ORDER, BULLETIN_VERSION, bulletinSchema, type Bulletin } from './bulletin';
import { hasOwn, keepProtoKeys } from './looseKeys';
import { STORY_FORMAT, STORY_KEY_ORDER, STORY_VERSION, type Story } from './story';
import { storySchema } from './storySchema';

/** Why a file cannot be read, for the interface to say in its language: not JSON, not ours, newer, or fields it cannot read. */
export type ReadProblem = 'not-json' | 'not-ours' | 'newer' | 'damaged';

export type ReadResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: string; newer?: boolean; problem?: ReadProblem; /** newer: the file's format version. */ version?: number };

type Doc = Record<string, unknown>;
/** A step that turns a document of version N (the key) into version N + 1. */
export type Migration = (doc: Doc) => Doc;

/** A version 1 file's own key `photos` (not the app's: version 1 had none) is kept under this name, never dropped. */
export const VERSION_1_PHOTOS_KEY = 'photosOfVersion1';

/**
 * Steps from each older version to the next, applied by `readStoryFile` in memory: the file itself is written in
 * the new version only by its next save, never by reading it. 1 → 2: a story gets its (empty) list of photos.
 */
export const STORY_MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (doc) => {
    const { photos, ...rest } = doc;
    return { ...rest, ...(hasOwn(doc, 'photos') ? { [VERSION_1_PHOTOS_KEY]: photos } : {}), photos: [] };
  },
};

/** "byline[1].names: expected a list of names" */
export function describeIssue(issue: z.core.$ZodIssue): string {
  let path = '';
  for (const key of issue.path) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path === '' ? String(key) : `.${String(key)}`;
  }
  let message = issue.message;
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) message = `expected ${issue.expected}`;
  return path === '' ? message : `${path}: ${message}`;
}

function parseJson(text: string): ReadResult<Doc> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return { ok: false, problem: 'not-json', error: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: 'not-ours', error: 'not a Bulletin Desk file: expected a JSON object' };
  }
  return { ok: true, value: data as Doc };
}

function checkVersion(doc: Doc, format: string, current: number): ReadResult<number> {
  if (doc.format !== format) {
    const found = typeof doc.format === 'string' ? `"${doc.format}"` : 'none';
    return { ok: false, problem: 'not-ours', error: `format: expected "${format}", found ${found}` };
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'damaged', error: 'version: expected a whole number from 1' };
  }
  if (version > current) {
    return {
      ok: false,
      newer: true,
      problem: 'newer',
      version,
      error: `made by a newer Bulletin Desk, version ${version}; this one reads up to version ${current}. Update Bulletin Desk to open it.`,
    };
  }
  return { ok: true, value: version };
}

/** Applies the migration steps from `from` up to `to`. */
export function migrate(doc: Doc, from: number, to: number, steps: Readonly<Record<number, Migration>>): ReadResult<Doc> {
  let current = doc;
  for (let v = from; v < to; v++) {
    const step = steps[v];
    if (!step) return { ok: false, problem: 'damaged', error: `version ${v} cannot be read: no migration to version ${v + 1}` };
    current = { ...step(current), version: v + 1 };
  }
  return { ok: true, value: current };
}

function validate<T>(schema: z.ZodType<T>, doc: Doc): ReadResult<T> {
  const result = schema.safeParse(doc);
  if (result.success) return { ok: true, value: keepProtoKeys(schema, doc, result.data) };
  return { ok: false, problem: 'damaged', error: result.error.issues.slice(0, 5).map(describeIssue).join('; ') };
}

/** Reads a story file's text: a story, or an error that names the field and what was wrong. */
export function readStoryFile(text: string, steps: Readonly<Record<number, Migration>> = STORY_MIGRATIONS): ReadResult<Story> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const version = checkVersion(json.value, STORY_FORMAT, STORY_VERSION);
  if (!version.ok) return version;
  const migrated = migrate(json.value, version.value, STORY_VERSION, steps);
  if (!migrated.ok) return migrated;
  return validate(storySchema, migrated.value);
}

/** Reads a bulletin file's text, like `readStoryFile`. */
export function readBulletinFile(text: string): ReadResult<Bulletin> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const version = checkVersion(json.value, BULLETIN_FORMAT, BULLETIN_VERSION);
  if (!version.ok) return version;
  return validate(bulletinSchema, json.value);
}

/**
 * The document with the keys of `order` first, then every other own key sorted. Built with Object.fromEntries
 * (which defines, never assigns) and own-key checks, so keys such as `constructor` and `__proto__` stay data.
 */
function ordered(doc: Doc, order: readonly string[]): Doc {
  const known = order.filter((key) => hasOwn(doc, key));
  const rest = Object.keys(doc)
    .filter((key) => !order.includes(key))
    .sort();
  return Object.fromEntries([...known, ...rest].map((key) => [key, doc[key]]));
}

const PHOTO_KEY_ORDER = ['file', 'caption', 'credit', 'width', 'height', 'taken'];

/** The file text of a story: pretty-printed JSON in a stable key order, ending in a newline. */
export function serializeStory(story: Story): string {
  const doc = ordered(story, STORY_KEY_ORDER);
  doc.byline = story.byline.map((c) => ordered(c, ['role', 'names', 'credit']));
  doc.body = story.body.map((b) => ordered(b, ['type', 'text']));
  if (Array.isArray(story.photos)) doc.photos = story.photos.map((p) => ordered(p, PHOTO_KEY_ORDER));
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The file text of a bulletin, like `serializeStory`. */
export function serializeBulletin(bulletin: Bulletin): string {
  return `${JSON.stringify(ordered(bulletin, BULLETIN_KEY_ORDER), null, 2)}\n`;
}
