// The trash: deleted stories move to `.trash/` inside the library and can be restored from there.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError, type StoryWithRevision, type TrashEntry } from '../../../shared/api';
import { newId } from '../../../shared/story';
import { readStoryFile, serializeStory } from '../../../shared/storyFile';
import { baseNameOf, isStoryFile, withStoryExtension } from '../../../shared/fileNames';
import { storyFileName } from '../storyFiles';
import type { Library } from './library';
import { keptFolder } from './keptFolders';
import { conflictOriginal } from './syncFiles';
import { readRegularFile } from './safeRead';
import { createFile, moveFile, revisionOf } from './storage';

export const TRASH_FOLDER = '.trash';
const TRASHED_AT = /^(\d{8}T\d{9}Z)-(.+)$/;

/** A trash entry's name: `<time>-<the story file's name>` (`.bstory` or `.story.json`); its time and that name, or null. */
function trashName(name: string): { at: string; original: string } | null {
  const m = TRASHED_AT.exec(name);
  return m && isStoryFile(m[2] as string) ? { at: m[1] as string, original: m[2] as string } : null;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export class Trash {
  constructor(private readonly library: Library) {}

  /** `.trash`, checked to be a real folder inside the library (a link or a file there is refused, nothing moved). */
  private folder(create = false): Promise<string | null> {
    return keptFolder(this.library.folder, [TRASH_FOLDER], create);
  }

  trash(id: string): Promise<string> {
    return this.library.exclusive(id, () => this.moveToTrash(id));
  }

  private async moveToTrash(id: string): Promise<string> {
    return this.moveFileToTrash(await this.library.fileOf(id));
  }

  /** Moves a library file (a story, or a sync tool's conflict copy of one) into the trash; its trash name ends in the story's extension (a conflict copy's in `.bstory`). */
  moveFileToTrash(name: string): Promise<string> {
    return this.library.lock.run(() => this.moveHeld(name));
  }

  private async moveHeld(name: string): Promise<string> {
    const folder = (await this.folder(true)) as string;
    // a sync tool's conflict copy is trashed under a plain name: restored, it is a story of its own, not a conflict again
    const original = conflictOriginal(name)?.original;
    const plain = original ? withStoryExtension(`${baseNameOf(original)}.other-copy`) : name;
    const trashId = `${stamp(new Date())}-${plain}`;
    this.library.ownRemovals.add(name);
    try {
      await moveFile(path.join(this.library.folder, name), path.join(folder, trashId));
    } catch (e) {
      this.library.ownRemovals.delete(name);
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new ApiError({ code: 'not-found', message: 'the story is not in the library any more', reason: 'storyGone' });
      throw e;
    }
    this.library.removedOwn(name);
    await this.library.persistIndex();
    return trashId;
  }

  async list(): Promise<TrashEntry[]> {
    const folder = await this.folder();
    if (!folder) return [];
    const names = (await fs.readdir(folder).catch(() => [] as string[]))
      .filter((n) => trashName(n) !== null)
      .sort()
      .reverse();
    const entries: TrashEntry[] = [];
    for (const trashId of names) {
      const m = trashName(trashId) as { at: string; original: string };
      const r = readStoryFile(
        await readRegularFile(path.join(folder, trashId)).then(
          (b) => b.toString('utf8'),
          () => '',
        ),
      );
      const at = m.at;
      entries.push({
        trashId,
        id: r.ok ? r.value.id : '',
        headline: r.ok ? r.value.headline : m.original,
        trashedAt: `${at.slice(0, 4)}-${at.slice(4, 6)}-${at.slice(6, 8)}T${at.slice(9, 11)}:${at.slice(11, 13)}:${at.slice(13, 15)}.${at.slice(15, 18)}Z`,
      });
    }
    return entries;
  }

  /** Puts a story back under its old name (a new one when that is taken, with a new id when the id is). */
  restore(trashId: string): Promise<StoryWithRevision> {
    return this.library.lock.run(() => this.restoreHeld(trashId));
  }

  private async restoreHeld(trashId: string): Promise<StoryWithRevision> {
    const m = trashName(trashId);
    if (!m || trashId !== path.basename(trashId))
      throw new ApiError({ code: 'invalid', message: `“${trashId}” is not in the trash`, reason: 'notInTrash', params: { trashId } });
    const folder = await this.folder();
    if (!folder) throw new ApiError({ code: 'not-found', message: 'that story is not in the trash any more', reason: 'trashGone' });
    const from = path.join(folder, trashId);
    let text: string;
    try {
      text = (await readRegularFile(from)).toString('utf8');
    } catch {
      throw new ApiError({ code: 'not-found', message: 'that story is not in the trash any more', reason: 'trashGone' });
    }
    const original = m.original;
    const r0 = readStoryFile(text);
    if (!r0.ok || !this.library.findFile(r0.value.id)) {
      try {
        // known before the move, so the watcher takes the file as the library's own
        this.library.knownRevisions.set(original, revisionOf(text));
        await moveFile(from, path.join(this.library.folder, original));
        return await this.library.adopt(original);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    // the name (or the id) is taken again: restore as a new story, then empty the trash entry
    const r = readStoryFile(text);
    if (!r.ok)
      throw new ApiError({ code: 'unreadable', message: `the trashed story cannot be read: ${r.error}`, reason: 'trashUnreadable' });
    const story = { ...r.value, id: newId() };
    const name = storyFileName(story);
    const restored = serializeStory(story);
    this.library.knownRevisions.set(name, revisionOf(restored));
    if (!(await createFile(path.join(this.library.folder, name), restored))) {
      this.library.knownRevisions.delete(name);
      throw new ApiError({ code: 'io', message: 'no free file name to restore the story under', reason: 'noFreeName' });
    }
    await fs.unlink(from);
    return this.library.adopt(name);
  }
}
