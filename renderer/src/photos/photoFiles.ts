// Files handed to the story (dropped, pasted, chosen): which of them are meant as photos, and their bytes as base64 for photo.store.
import { looksLikePhoto } from './photoList';

/** What the file chooser offers: every image (HEIC too, so that it gets its advice rather than being hidden). */
export const PHOTO_CHOOSER_ACCEPT = 'image/*,.heic,.heif,.dng,.cr2,.cr3,.nef,.arw';

/** The photos among dropped or pasted files; none when only other files came (a page of text goes to the import review). */
export function photoFilesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  return [...data.files].filter(looksLikePhoto);
}

/** A clipboard that holds a picture and no text (a screenshot, an image copied): pasted as a photo, never over typed text. */
export function pastedPhotos(data: DataTransfer | null): File[] {
  if (!data || data.getData('text/plain').trim() !== '') return [];
  return photoFilesOf(data);
}

/** A file's bytes as base64 (without the data: prefix); refused when the disk or the browser cannot read it. */
export function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}
