// Story and bulletin files on disk: names from the headline, safe new files that never overwrite, reading a folder.
import { randomUUID } from 'node:crypto';
import { fileProblemOf, readRegularFile } from './library/safeRead';
import { createFile } from './library/storage';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readBulletinFile, readStoryFile, serializeStory } from '../../shared/storyFile';
import type { Story } from '../../shared/story';
import type { Bulletin } from '../../shared/bulletin';
import { isStoryFile, withStoryExtension } from '../../shared/fileNames';

/** A file-name-safe slug of a headline: letters, digits and Han characters, at most 24 of them. */
export function slugify(headline: string): string {
  const slug = [...headline.normalize('NFKC')]
    .map((ch) => (/[\p{L}\p{N}]/u.test(ch) ? ch : '-'))
    .join('')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return [...slug].slice(0, 24).join('').replace(/-$/, '').toLowerCase() || 'story';
}

/** `<slug>-<short id>`: a new file's name before its extension (`.bstory`, `.bbulletin`). */
export function fileBase(title: string, id: string): string {
  return `${slugify(title)}-${id.replace(/-/g, '').slice(0, 8)}`;
}

/** A new story file's name: `<slug>-<short id>.bstory` */
export function storyFileName(story: Story): string {
  return withStoryExtension(fileBase(story.headline, story.id));
}

/** Writes a new story file in the folder, never over another file; returns its path. */
export async function writeNewStory(dir: string, story: Story): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  let current = story;
  for (let attempt = 0; attempt < 5; attempt++) {
    const target = path.join(dir, storyFileName(current));
    if (await createFile(target, serializeStory(current))) return target;
    current = { ...current, id: randomUUID() };
  }
  throw new Error(`could not find a free file name for “${story.headline}” in ${dir}`);
}

export interface StoryOnDisk {
  path: string;
  story: Story;
}

export interface Unreadable {
  path: string;
  error: string;
}

/** A file's text, or why it is not a file that can be read (a pipe, a device, a link where none is followed, too large). */
async function textAt(file: string, followLinks: boolean): Promise<{ text: string } | Unreadable> {
  try {
    return { text: (await readRegularFile(file, { followLinks })).toString('utf8') };
  } catch (e) {
    if (!fileProblemOf(e)) throw e;
    return { path: file, error: (e as Error).message.slice(file.length + 2) };
  }
}

/** Reads a story file: a link is followed only when named by the user (`followLinks`), never inside a folder. */
export async function readStoryAt(file: string, followLinks = false): Promise<StoryOnDisk | Unreadable> {
  const read = await textAt(file, followLinks);
  if (!('text' in read)) return read;
  const result = readStoryFile(read.text);
  return result.ok ? { path: file, story: result.value } : { path: file, error: result.error };
}

export async function readBulletinAt(file: string, followLinks = true): Promise<{ path: string; bulletin: Bulletin } | Unreadable> {
  const read = await textAt(file, followLinks);
  if (!('text' in read)) return read;
  const result = readBulletinFile(read.text);
  return result.ok ? { path: file, bulletin: result.value } : { path: file, error: result.error };
}

/** Every story file of a folder (`.bstory` and `.story.json`; not its hidden subfolders), oldest first by creation time, then by name. */
export async function readStoryFolder(dir: string): Promise<{ stories: StoryOnDisk[]; unreadable: Unreadable[] }> {
  const names = (await fs.readdir(dir)).filter((n) => isStoryFile(n) && !n.startsWith('.')).sort();
  const stories: StoryOnDisk[] = [];
  const unreadable: Unreadable[] = [];
  for (const name of names) {
    const r = await readStoryAt(path.join(dir, name));
    if ('story' in r) stories.push(r);
    else unreadable.push(r);
  }
  stories.sort((a, b) => Date.parse(a.story.createdAt) - Date.parse(b.story.createdAt) || a.path.localeCompare(b.path));
  return { stories, unreadable };
}
