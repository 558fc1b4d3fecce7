// The strip's photos as the reporter arranges them: each with a key of its own (a photo may be on a story twice), captioned, moved, taken off and put back.
import type { Photo } from '../../../shared/photo';

/** One photo in the strip, with the key that follows it wherever it moves. */
export interface StripPhoto {
  key: number;
  photo: Photo;
}

/** A photo taken off the story, with the place it had: Undo puts it back there, caption and all. */
export interface RemovedPhoto {
  entry: StripPhoto;
  index: number;
}

export interface PhotoList {
  entries(): readonly StripPhoto[];
  /** Told after every change (the strip draws again). */
  subscribe(listener: () => void): () => void;
  /** A photo added after the others. */
  add(photo: Photo): StripPhoto;
  /** A photo's caption and/or credit changed (nothing is sent when they are as they were). */
  change(key: number, change: { caption?: string; credit?: string }): void;
  /** Moves a photo to place `to` (clamped); answers its new place, or undefined when it did not move. */
  move(key: number, to: number): number | undefined;
  remove(key: number): RemovedPhoto | undefined;
  /** Puts a removed photo back at its place (or at the end, when the strip is shorter now). */
  restore(removed: RemovedPhoto): void;
}

/** The list over a story's photos; `commit` gets the story's whole new photo list after each change (the form saves it with the story). */
export function createPhotoList(initial: readonly Photo[], commit: (photos: Photo[]) => void): PhotoList {
  let nextKey = 0;
  let entries: readonly StripPhoto[] = initial.map((photo) => ({ key: nextKey++, photo }));
  const listeners = new Set<() => void>();

  const set = (next: readonly StripPhoto[]) => {
    entries = next;
    commit(next.map((e) => e.photo));
    for (const l of [...listeners]) l();
  };
  const indexOf = (key: number) => entries.findIndex((e) => e.key === key);

  return {
    entries: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(photo) {
      const entry = { key: nextKey++, photo };
      set([...entries, entry]);
      return entry;
    },
    change(key, change) {
      const at = indexOf(key);
      const entry = entries[at];
      if (!entry) return;
      const photo = { ...entry.photo, ...(change.caption !== undefined ? { caption: change.caption } : {}) };
      if (change.credit !== undefined) photo.credit = change.credit;
      if (photo.caption === entry.photo.caption && photo.credit === entry.photo.credit) return;
      set(entries.map((e, i) => (i === at ? { key, photo } : e)));
    },
    move(key, to) {
      const from = indexOf(key);
      if (from < 0) return undefined;
      const place = Math.max(0, Math.min(to, entries.length - 1));
      if (place === from) return undefined;
      const next = [...entries];
      const [moved] = next.splice(from, 1);
      next.splice(place, 0, moved as StripPhoto);
      set(next);
      return place;
    },
    remove(key) {
      const index = indexOf(key);
      const entry = entries[index];
      if (!entry) return undefined;
      set(entries.filter((e) => e.key !== key));
      return { entry, index };
    },
    restore({ entry, index }) {
      if (indexOf(entry.key) >= 0) return;
      const next = [...entries];
      next.splice(Math.min(index, next.length), 0, entry);
      set(next);
    },
  };
}

/** Does this file look like a photo (by its type or its name), one the strip should take rather than the import review? */
export function looksLikePhoto(file: { name: string; type: string }): boolean {
  if (file.type.startsWith('image/')) return true;
  return /\.(jpe?g|png|webp|heic|heif|avif|gif|tiff?|bmp|dng|cr2|cr3|nef|arw|orf|rw2|raf)$/i.test(file.name);
}

/**
 * When the camera says the photo was taken, as it wrote it (its own wall-clock time, never moved into this computer's
 * time zone), in the interface's language: "2026年3月14日 09:26", "Mar 14, 2026, 9:26 AM". Undefined when unreadable.
 */
export function takenText(taken: string | undefined, language: string): string | undefined {
  const m = taken ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(taken) : null;
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (Number.isNaN(at.getTime())) return undefined;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(at);
}
