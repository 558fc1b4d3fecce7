// History: snapshots of each story in `.history/<id>/`, listed, read, restored, and pruned by the retention rule.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FolderLock } from './folderLock';
import { keptFolder } from './keptFolders';
import { readRegularFile } from './safeRead';
import type { Snapshot } from '../../../shared/api';
import { ApiError } from '../../../shared/api';
import { countStory } from '../../../shared/count';
import type { Story } from '../../../shared/story';
import { readStoryFile, serializeStory } from '../../../shared/storyFile';
import { createFile } from './storage';
import { OLD_STORY_EXTENSION } from '../../../shared/fileNames';

export const HISTORY_FOLDER = '.history';
export type SnapshotReason = Snapshot['reason'];
/**
 * Snapshots keep the older extension (`.history/<id>/<time>-<reason>.story.json`): the folder is hidden, nothing
 * opens a snapshot by a double-click, and an older copy of the app sharing the library still lists them.
 */
const SNAPSHOT_EXTENSION = OLD_STORY_EXTENSION;
/** A snapshot's id: `<time>-<reason>`; its file is named `<id>.story.json`. */
const SNAPSHOT_ID = /^(\d{8}T\d{6}\d{3}Z)-(export|status|interval|restore|manual)$/;
/** A snapshot file's time and reason, or null for another file. */
function snapshotName(name: string): RegExpExecArray | null {
  return name.endsWith(SNAPSHOT_EXTENSION) ? SNAPSHOT_ID.exec(name.slice(0, -SNAPSHOT_EXTENSION.length)) : null;
}
const DAY_MS = 24 * 60 * 60 * 1000;
/** While a story changes, at most one snapshot in this time. */
const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

/** "20240508T081500123Z" for 2024-05-08T08:15:00.123Z: sorts in time order and is safe in a file name. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function fromStamp(s: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  if (!m) return new Date(NaN);
  const [, y, mo, d, h, mi, se, ms] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${se}.${ms}Z`);
}

/** The local calendar day of a time, for "one a day". */
function dayOf(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

export class History {
  constructor(
    private readonly libraryFolder: string,
    private readonly lock?: FolderLock,
  ) {}

  /** A story's history folder, checked to be a real folder inside the library (a link there is refused). */
  private folderOf(id: string, create = false): Promise<string | null> {
    return keptFolder(this.libraryFolder, [HISTORY_FOLDER, id], create);
  }

  private locked<T>(task: (tempFolder?: string) => Promise<T>): Promise<T> {
    return this.lock ? this.lock.run((held) => task(held.tempFolder)) : task();
  }

  /** The snapshots' file names of a story, oldest first. */
  private async names(id: string): Promise<string[]> {
    const folder = await this.folderOf(id);
    if (!folder) return [];
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    return names.filter((n) => snapshotName(n) !== null).sort();
  }

  private async readSnapshot(id: string, name: string): Promise<string> {
    const folder = await this.folderOf(id);
    if (!folder) throw Object.assign(new Error('no history'), { code: 'ENOENT' });
    return (await readRegularFile(path.join(folder, name))).toString('utf8');
  }

  async lastTakenAt(id: string): Promise<Date | null> {
    const names = await this.names(id);
    const last = names[names.length - 1];
    return last ? fromStamp((snapshotName(last) as RegExpExecArray)[1] as string) : null;
  }

  /** Keeps a copy of the story as it is now. */
  async take(story: Story, reason: SnapshotReason, now = new Date()): Promise<string> {
    return this.locked(async (tempFolder) => {
      const folder = (await this.folderOf(story.id, true)) as string;
      let at = now.getTime();
      for (;;) {
        const snapshotId = `${stamp(new Date(at))}-${reason}`;
        const name = `${snapshotId}${SNAPSHOT_EXTENSION}`;
        if (await createFile(path.join(folder, name), serializeStory(story), tempFolder)) {
          await this.prune(story.id, now);
          return snapshotId;
        }
        at += 1; // two snapshots in the same millisecond
      }
    });
  }

  /** Takes an "interval" snapshot unless one was taken within the last five minutes. */
  async takeIfDue(story: Story, now = new Date()): Promise<boolean> {
    const last = await this.lastTakenAt(story.id);
    if (last && now.getTime() - last.getTime() < SNAPSHOT_INTERVAL_MS) return false;
    await this.take(story, 'interval', now);
    return true;
  }

  async list(id: string): Promise<Snapshot[]> {
    const out: Snapshot[] = [];
    for (const name of (await this.names(id)).reverse()) {
      const m = snapshotName(name) as RegExpExecArray;
      const r = readStoryFile(await this.readSnapshot(id, name).catch(() => ''));
      out.push({
        snapshotId: name.slice(0, -SNAPSHOT_EXTENSION.length),
        takenAt: fromStamp(m[1] as string).toISOString(),
        reason: m[2] as SnapshotReason,
        headline: r.ok ? r.value.headline : '',
        characters: r.ok ? countStory(r.value).story : 0,
      });
    }
    return out;
  }

  async read(id: string, snapshotId: string): Promise<Story> {
    const name = `${snapshotId}${SNAPSHOT_EXTENSION}`;
    if (!snapshotName(name))
      throw new ApiError({
        code: 'invalid',
        message: `no snapshot “${snapshotId}”`,
        reason: 'snapshotUnknown',
        params: { snapshot: snapshotId },
      });
    let text: string;
    try {
      text = await this.readSnapshot(id, name);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EUNSAFE') throw e;
      throw new ApiError({
        code: 'not-found',
        message: `the snapshot “${snapshotId}” of this story is not in the history`,
        reason: 'snapshotGone',
      });
    }
    const r = readStoryFile(text);
    if (!r.ok) throw new ApiError({ code: 'unreadable', message: `the snapshot cannot be read: ${r.error}`, reason: 'snapshotUnreadable' });
    return r.value;
  }

  /** The last seven days whole; before that, the last snapshot of each day. */
  async prune(id: string, now = new Date()): Promise<string[]> {
    return this.locked(() => this.pruneHeld(id, now));
  }

  private async pruneHeld(id: string, now: Date): Promise<string[]> {
    // never a link: pruning deletes files, and only ever inside the library's own history folder
    const folder = await this.folderOf(id);
    if (!folder) return [];
    const names = await this.names(id);
    const keepDays = new Set<string>();
    const removed: string[] = [];
    for (const name of [...names].reverse()) {
      const at = fromStamp((snapshotName(name) as RegExpExecArray)[1] as string);
      if (now.getTime() - at.getTime() <= 7 * DAY_MS) continue;
      const day = dayOf(at);
      if (!keepDays.has(day)) {
        keepDays.add(day);
        continue;
      }
      await fs.unlink(path.join(folder, name)).catch(() => undefined);
      removed.push(name);
    }
    return removed;
  }
}
