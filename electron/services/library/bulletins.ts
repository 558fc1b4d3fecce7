// Bulletins in the library: a page of stories in order, created, saved on their revision, and marked filed.
import path from 'node:path';
import { ApiError } from '../../../shared/api';
import { BULLETIN_FORMAT, BULLETIN_VERSION, type Bulletin } from '../../../shared/bulletin';
import { newId } from '../../../shared/story';
import { serializeBulletin } from '../../../shared/storyFile';
import { withBulletinExtension } from '../../../shared/fileNames';
import { fileBase } from '../storyFiles';
import type { Library } from './library';
import { readRegularFile } from './safeRead';
import { createFile, replaceFile, revisionOf } from './storage';

export interface BulletinWithRevision {
  bulletin: Bulletin;
  revision: string;
  file: string;
}

export class Bulletins {
  constructor(private readonly library: Library) {}

  /** Every window hears of a bulletin written here (the watcher leaves the library's own writes out). */
  private told({ entry }: Awaited<ReturnType<Library['readFile']>>, added: boolean): void {
    if (entry.kind === 'bulletin') this.library.onOwnChange({ kind: 'bulletin', added, summary: entry.summary });
  }

  async create(
    fields: { title: string; date: string; houseStyle: string; stories: string[] },
    now = new Date(),
  ): Promise<BulletinWithRevision> {
    const at = now.toISOString();
    for (let attempt = 0; attempt < 5; attempt++) {
      const bulletin: Bulletin = {
        format: BULLETIN_FORMAT,
        version: BULLETIN_VERSION,
        id: newId(),
        ...fields,
        createdAt: at,
        updatedAt: at,
      };
      const file = withBulletinExtension(fileBase(fields.title, bulletin.id));
      const text = serializeBulletin(bulletin);
      const revision = revisionOf(text);
      this.library.knownRevisions.set(file, revision);
      if (await createFile(path.join(this.library.folder, file), text)) {
        this.told(await this.library.readFile(file), true);
        await this.library.persistIndex();
        return { bulletin, revision, file };
      }
      this.library.knownRevisions.delete(file);
    }
    throw new ApiError({ code: 'io', message: 'no free file name for the new bulletin', reason: 'noFreeName' });
  }

  /** Saves over the bulletin's file when it is still at `baseRevision`; otherwise a conflict. */
  save(id: string, bulletin: Bulletin, baseRevision: string, now = new Date()): Promise<BulletinWithRevision> {
    if (bulletin.id !== id)
      return Promise.reject(new ApiError({ code: 'invalid', message: 'the bulletin does not match its id', reason: 'bulletinIdMismatch' }));
    return this.library.exclusive(`bulletin:${id}`, () =>
      this.library.lock.run(async (held) => {
        const file = this.library.findFile(id, 'bulletin');
        if (!file)
          throw new ApiError({ code: 'not-found', message: 'this bulletin is not in the library any more', reason: 'bulletinGone' });
        const target = path.join(this.library.folder, file);
        const onDisk = revisionOf(await readRegularFile(target));
        if (onDisk !== baseRevision)
          throw new ApiError({
            code: 'conflict',
            message: 'the bulletin was changed on disk by another program since you opened it',
            reason: 'bulletinChanged',
          });
        const saved: Bulletin = { ...bulletin, updatedAt: now.toISOString() };
        const text = serializeBulletin(saved);
        const revision = revisionOf(text);
        this.library.knownRevisions.set(file, revision);
        await replaceFile(target, text, held.tempFolder);
        this.told(await this.library.readFile(file), false);
        await this.library.persistIndex();
        return { bulletin: saved, revision, file };
      }),
    );
  }
}
