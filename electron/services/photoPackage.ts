// "Export page with photos": the page text, the photos named by page order (or headline) and captions.txt, as a folder or a .zip.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { HouseStyle } from '../../shared/houseStyle';
import { captionLine, photosOf, type CaptionedPhoto } from '../../shared/layout/export';
import type { Story } from '../../shared/story';
import { encodeText } from './encoding';
import { exportBytes } from './exporting';
import { createFile, fsyncFolder, removeOldPartials, writeNewSynced } from './library/storage';
import { photoForSending } from './photos';
import { slugify } from './storyFiles';

/** One file of a package: its name in the folder or the zip, and its bytes. */
export interface PackageFile {
  name: string;
  bytes: Uint8Array;
  /** The page text's own text (the first file), for a mail's body. */
  text?: string;
}

export interface PackageInput {
  /** The page's stories in page order. */
  stories: readonly Story[];
  style: HouseStyle;
  /** The page text's name without `.txt` (二七报-第3版-2026-12-05). */
  pageName: string;
  /** A photo's original bytes by its file in the library (the story's `photos[].file`). */
  readPhoto(file: string): Promise<Uint8Array>;
  /** Where a story is, for a refusal (its place on the page, its file). */
  where?: (story: Story) => string;
}

const EXTENSIONS: Record<string, string> = { jpg: 'jpg', jpeg: 'jpg', png: 'png', webp: 'webp' };

/** The extension a photo is sent with: JPEG when it is resized for sending, its own otherwise. */
function extensionOf(photo: CaptionedPhoto, resized: boolean): string {
  if (resized) return 'jpg';
  return EXTENSIONS[path.extname(photo.file).slice(1).toLowerCase()] ?? 'jpg';
}

/** The names of the page's photos, in page order: 01-1.jpg, 01-2.jpg, 02-1.jpg, or after each story's headline. */
export function photoNames(stories: readonly Story[], style: HouseStyle, resized: boolean): string[][] {
  const taken = new Set<string>();
  return stories.map((story, s) =>
    photosOf(story).map((photo, p) => {
      const ext = extensionOf(photo, resized);
      const byOrder = `${String(s + 1).padStart(2, '0')}-${p + 1}`;
      let base = style.photoNames === 'headline' ? `${slugify(story.headline)}-${p + 1}` : byOrder;
      // two stories of one headline: the second's photos carry their place on the page too
      if (taken.has(`${base}.${ext}`)) base = `${base}-${byOrder}`;
      taken.add(`${base}.${ext}`);
      return `${base}.${ext}`;
    }),
  );
}

/** The text of captions.txt: each photo's name, then its caption and credit, a blank line between photos. */
function captionsText(stories: readonly Story[], names: string[][], style: HouseStyle): string {
  const nl = style.lineEnding === 'crlf' ? '\r\n' : '\n';
  const entries = stories.flatMap((story, s) =>
    photosOf(story).map((photo, p) => [names[s]?.[p] ?? '', captionLine(photo, style)].filter((l) => l !== '').join(nl)),
  );
  return entries.join(nl + nl) + nl;
}

/**
 * The files of a page with its photos: the page text in the house encoding, each photo (resized for sending when
 * the house style says so, never enlarged), and captions.txt unless the style keeps captions out. Throws the
 * export's refusals (CannotExportError) before any photo is read.
 */
export async function packageFiles(input: PackageInput): Promise<PackageFile[]> {
  const { stories, style } = input;
  const page = exportBytes(stories, style, input.where);
  const resized = style.photoLongEdge > 0;
  const names = photoNames(stories, style, resized);
  const files: PackageFile[] = [{ name: `${input.pageName}.txt`, bytes: page.bytes, text: page.text }];
  for (const [s, story] of stories.entries()) {
    for (const [p, photo] of photosOf(story).entries()) {
      const original = await input.readPhoto(photo.file);
      const bytes = resized ? await photoForSending(original, { longEdge: style.photoLongEdge, quality: style.photoQuality }) : original;
      files.push({ name: names[s]?.[p] as string, bytes });
    }
  }
  const photoCount = files.length - 1;
  if (photoCount > 0 && style.captions !== 'none') {
    files.push({ name: 'captions.txt', bytes: encodeText(captionsText(stories, names, style), style.encoding) });
  }
  return files;
}

/** Why a package was not written: the place is taken (never replaced), with the path. */
export class PackageExistsError extends Error {
  readonly code = 'EEXIST';
  constructor(readonly target: string) {
    super(`${target} exists already; choose another name (nothing is ever written over it)`);
    this.name = 'PackageExistsError';
  }
}

/**
 * Writes the files into a new folder `target`: into a hidden folder beside it first, every file fsynced, then
 * renamed into place whole, so no one sees half a package. An existing `target` is never replaced or added to.
 */
export async function writePackageFolder(target: string, files: readonly PackageFile[]): Promise<void> {
  const parent = path.dirname(target);
  if (await exists(target)) throw new PackageExistsError(target);
  // a package of ours half written when the program was killed is cleared away (only an old one)
  await removeOldPartials(parent, /^\..+\.partial-[0-9a-f]{8}$/);
  const partial = path.join(parent, `.${path.basename(target)}.partial-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(partial);
  try {
    for (const file of files) {
      await writeNewSynced(path.join(partial, file.name), file.bytes);
    }
    await fsyncFolder(partial);
    // a rename onto an existing empty folder would succeed: checked again just before
    if (await exists(target)) throw new PackageExistsError(target);
    await fs.rename(partial, target);
    await fsyncFolder(parent);
  } catch (e) {
    await fs.rm(partial, { recursive: true, force: true }).catch(() => undefined);
    throw e;
  }
}

/** The files as the bytes of one .zip: photos (compressed already) stored as they are, the texts deflated. */
export function packageZip(files: readonly PackageFile[]): Uint8Array {
  const entries = Object.fromEntries(
    files.map((f) => [f.name, [f.bytes, { level: f.name.endsWith('.txt') ? 6 : 0 }] as [Uint8Array, { level: 0 | 6 }]]),
  );
  return zipSync(entries, { mtime: new Date() });
}

/** Writes the files as one .zip at `target`, atomically and never over an existing file. */
export async function writePackageZip(target: string, files: readonly PackageFile[]): Promise<void> {
  if (!(await createFile(target, packageZip(files)))) throw new PackageExistsError(target);
}

async function exists(target: string): Promise<boolean> {
  return fs.lstat(target).then(
    () => true,
    () => false,
  );
}
