// Library file names: new stories `.bstory` and bulletins `.bbulletin` (one extension every system can match), older `.story.json` / `.bulletin.json` read and kept under their names.

export type LibraryFileKind = 'story' | 'bulletin';

/** A new story file's extension: Windows and macOS take a file's type from its last extension only. */
export const STORY_EXTENSION = '.bstory';
/** A new bulletin file's extension. */
export const BULLETIN_EXTENSION = '.bbulletin';
/** Stories written before `.bstory`: read, saved and listed under their own names, never renamed. */
export const OLD_STORY_EXTENSION = '.story.json';
/** Bulletins written before `.bbulletin`, kept the same way. */
export const OLD_BULLETIN_EXTENSION = '.bulletin.json';

const EXTENSIONS: ReadonlyArray<{ extension: string; kind: LibraryFileKind }> = [
  { extension: STORY_EXTENSION, kind: 'story' },
  { extension: BULLETIN_EXTENSION, kind: 'bulletin' },
  { extension: OLD_STORY_EXTENSION, kind: 'story' },
  { extension: OLD_BULLETIN_EXTENSION, kind: 'bulletin' },
];

/** Every extension a library file may end in, new ones first (`.bstory`, `.bbulletin`, `.story.json`, `.bulletin.json`). */
export const LIBRARY_EXTENSIONS: readonly string[] = EXTENSIONS.map((e) => e.extension);

/** The library extension a name ends in (with a name before it), or null. */
function extensionOf(name: string): { extension: string; kind: LibraryFileKind } | null {
  return EXTENSIONS.find((e) => name.endsWith(e.extension) && name.length > e.extension.length) ?? null;
}

/** Whether a file name is a story's or a bulletin's by its extension (new or old), or neither: null. */
export function fileKindOf(name: string): LibraryFileKind | null {
  return extensionOf(name)?.kind ?? null;
}

/** A story file's name: `x.bstory` or `x.story.json`. */
export function isStoryFile(name: string): boolean {
  return fileKindOf(name) === 'story';
}

/** A bulletin file's name: `x.bbulletin` or `x.bulletin.json`. */
export function isBulletinFile(name: string): boolean {
  return fileKindOf(name) === 'bulletin';
}

/** The name without its library extension (`a-1b2c.bstory`, `a-1b2c.story.json` → `a-1b2c`); a name of no library file as it is. */
export function baseNameOf(name: string): string {
  const found = extensionOf(name);
  return found ? name.slice(0, -found.extension.length) : name;
}

/** A new story file's name: `<base>.bstory`. */
export function withStoryExtension(base: string): string {
  return `${base}${STORY_EXTENSION}`;
}

/** A new bulletin file's name: `<base>.bbulletin`. */
export function withBulletinExtension(base: string): string {
  return `${base}${BULLETIN_EXTENSION}`;
}

/**
 * Whether a name's last extension is one a library file's name can end in (`.json`, `.bstory`, `.bbulletin`): sync
 * tools put their conflict marks before it (`x.sync-conflict-….bstory`, `x.story.sync-conflict-….json`).
 */
export function hasLibraryLastExtension(name: string): boolean {
  return name.endsWith('.json') || name.endsWith(STORY_EXTENSION) || name.endsWith(BULLETIN_EXTENSION);
}
