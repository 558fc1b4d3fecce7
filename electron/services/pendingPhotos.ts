// A Word file's photos between the import's reading and its writing: held in memory, named as the photo store will name them, stored only when the reviewed stories are written.
import { createHash } from 'node:crypto';
import { photoFileName, type PhotoFormat } from '../../shared/photo';
import type { Story } from '../../shared/story';
import { refusal } from './library/faults';
import type { PhotoStore } from './library/photoStore';

/** How many bytes of photos waiting for their review are held at most; the oldest are let go first. */
const MAX_HELD_BYTES = 256 * 1024 * 1024;

interface Held {
  bytes: Uint8Array;
  format: PhotoFormat;
  fileName: string;
}

/**
 * The photos `import.parse` found, by the file name the store will give them (their SHA-256): nothing is written
 * while the reporter reviews. `storeFor` writes the ones the written stories refer to, before any story is written.
 */
export class PendingPhotos {
  private readonly held = new Map<string, Held>();
  private heldBytes = 0;

  /** Holds a checked photo and answers its file name in the store. */
  hold(bytes: Uint8Array, format: PhotoFormat, fileName: string): string {
    const file = photoFileName(createHash('sha256').update(bytes).digest('hex'), format);
    if (this.held.has(file)) return file;
    this.held.set(file, { bytes, format, fileName });
    this.heldBytes += bytes.byteLength;
    for (const [name, photo] of this.held) {
      if (this.heldBytes <= MAX_HELD_BYTES || name === file) break;
      this.held.delete(name);
      this.heldBytes -= photo.bytes.byteLength;
    }
    return file;
  }

  /**
   * Stores every photo of the stories that is held (the store writes a photo it has already only once). A photo
   * neither held nor in the store (the app was restarted during the review) is refused by name before anything is
   * written: the reporter opens the Word file again.
   */
  async storeFor(stories: readonly Story[], store: PhotoStore): Promise<void> {
    for (const photo of stories.flatMap((s) => s.photos ?? [])) {
      const held = this.held.get(photo.file);
      if (held) await store.put(held.bytes, held.format, held.fileName);
      else if (!(await store.has(photo.file)))
        throw refusal('refused', 'photoMissing', `the photo ${photo.file} of the review is no longer held; open the Word file again`, {
          file: photo.file,
        });
    }
  }
}
