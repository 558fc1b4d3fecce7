// Photos the disk could not take: kept in memory, stored again with a growing delay, and read from memory meanwhile.
import { ApiError, type EventPayload } from '../../shared/api';
import type { PhotoFormat } from '../../shared/photo';

/** Stores a photo's bytes in the library and answers its file (PhotoStore.put). */
export type PutPhoto = (bytes: Uint8Array, format: PhotoFormat, fileName: string) => Promise<string>;

interface Held {
  bytes: Uint8Array;
  format: PhotoFormat;
  fileName: string;
  attempts: number;
  timer?: ReturnType<typeof setTimeout>;
  running?: Promise<boolean>;
}

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 15_000;

/** A refusal of the disk that may pass (full, read-only for a while, unplugged): the photo is kept and tried again. */
function mayPass(e: unknown): e is ApiError {
  return e instanceof ApiError && e.code === 'io';
}

/** The status of a photo kept after a refusal of the disk: its words, and what the interface words it from. */
function retrying(file: string, fileName: string, e: ApiError): EventPayload<'photo.status'> {
  return {
    file,
    fileName,
    state: 'retrying',
    message: e.message,
    ...(e.fault ? { fault: e.fault } : {}),
    ...(e.reason ? { reason: e.reason } : {}),
    ...(e.params ? { params: e.params } : {}),
  };
}

export class HeldPhotos {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly put: PutPhoto,
    private readonly report: (payload: EventPayload<'photo.status'>) => void,
    private readonly firstRetryMs = FIRST_RETRY_MS,
  ) {}

  pending(): number {
    return this.held.size;
  }

  /**
   * Stores the photo now. When the disk refuses for a reason that may pass, the bytes are kept here and stored again
   * by themselves (`photo.status` says so, as `save.status` does for text); the answer is the file all the same, so
   * the story can refer to it at once. Other refusals are thrown.
   */
  async store(bytes: Uint8Array, format: PhotoFormat, fileName: string, file: string): Promise<{ file: string; held: boolean }> {
    if (this.held.has(file)) return { file, held: true };
    try {
      return { file: await this.put(bytes, format, fileName), held: false };
    } catch (e) {
      if (!mayPass(e)) throw e;
      const entry: Held = { bytes, format, fileName, attempts: 0 };
      this.held.set(file, entry);
      this.schedule(file, entry);
      this.report(retrying(file, fileName, e));
      return { file, held: true };
    }
  }

  /** A kept photo's bytes (its thumbnail and the proof are made from them until it is on disk). */
  bytesOf(file: string): Uint8Array | undefined {
    return this.held.get(file)?.bytes;
  }

  private schedule(file: string, entry: Held): void {
    clearTimeout(entry.timer);
    const delay = Math.min(LONGEST_RETRY_MS, this.firstRetryMs * 2 ** Math.min(entry.attempts, 4));
    entry.timer = setTimeout(() => void this.retry(file), delay);
    entry.timer.unref?.();
  }

  /** Stores a kept photo again; true once it is on disk. */
  private retry(file: string): Promise<boolean> {
    const entry = this.held.get(file);
    if (!entry) return Promise.resolve(true);
    if (entry.running) return entry.running;
    entry.attempts++;
    entry.running = (async () => {
      try {
        await this.put(entry.bytes, entry.format, entry.fileName);
        clearTimeout(entry.timer);
        this.held.delete(file);
        this.report({ file, fileName: entry.fileName, state: 'saved' });
        return true;
      } catch (e) {
        if (!mayPass(e)) {
          this.held.delete(file);
          this.report({ file, fileName: entry.fileName, state: 'failed', message: (e as Error).message });
          return false;
        }
        this.report(retrying(file, entry.fileName, e));
        this.schedule(file, entry);
        return false;
      } finally {
        entry.running = undefined;
      }
    })();
    return entry.running;
  }

  /** Tries every kept photo now; rejects naming those still kept (the window asks before it closes). */
  async flush(): Promise<void> {
    for (const file of [...this.held.keys()]) await this.retry(file);
    if (this.held.size > 0) {
      const names = [...this.held.values()].map((h) => `“${h.fileName}”`);
      throw new Error(`${names.length} ${names.length === 1 ? 'photo is' : 'photos are'} not saved: ${names.join(', ')}`);
    }
  }

  stop(): void {
    for (const h of this.held.values()) clearTimeout(h.timer);
  }
}
