// A Word file's photos made the photos of the stories they sit in: each checked by the image service and stored in the photo store; a refused one is named with why, the rest go on.
import type { Photo, PhotoFormat } from '../../shared/photo';
import { storyOfLine } from '../../shared/parse/wordPage';
import { suggestedCredit } from '../../shared/storyPhotos';
import type { ReadPage } from './pageRead';
import { checkPhoto, photoRefusal } from './photos';

/** Stores a checked photo's bytes and answers its file (the library's or a folder's PhotoStore.put). */
export type PutPhoto = (bytes: Uint8Array, format: PhotoFormat, fileName: string) => Promise<string>;

type Refused = { reason: string; params: Record<string, string | number>; message: string };

function refusedOf(e: unknown): Refused {
  const o = (e ?? {}) as { reason?: unknown; params?: unknown; message?: unknown };
  return {
    reason: typeof o.reason === 'string' ? o.reason : 'photoUnreadable',
    params: (o.params && typeof o.params === 'object' ? o.params : {}) as Record<string, string | number>,
    message: typeof o.message === 'string' ? o.message : String(e),
  };
}

/**
 * The page with each photo of its Word file added, in order, after the photos of the story it sits in (credit
 * suggested from that story's byline, no caption yet), and each image extra telling what came of it: `photo` (its
 * file) or `refused` (the image service's or the store's refusal). `wordImages` is dropped from the answer.
 */
export async function withWordPhotos(page: ReadPage, put: PutPhoto): Promise<ReadPage> {
  const { wordImages, ...rest } = page;
  if (!rest.word || !wordImages) return rest;
  const stories = rest.stories.map((s) => ({ ...s, photos: [...(s.photos ?? [])] }));
  const word = [];
  let k = 0;
  for (const extra of rest.word) {
    if (extra.kind !== 'image') {
      word.push(extra);
      continue;
    }
    const bytes = wordImages[k++] ?? new Uint8Array();
    const story = stories[storyOfLine(rest, extra.line)];
    if (!story) {
      word.push(extra);
      continue;
    }
    const check = await checkPhoto(bytes, extra.name);
    if (!check.ok) {
      word.push({ ...extra, refused: refusedOf(photoRefusal(check)) });
      continue;
    }
    try {
      const file = await put(bytes, check.format, extra.name);
      const photo: Photo = {
        file,
        caption: '',
        credit: suggestedCredit(story.byline),
        width: check.width,
        height: check.height,
        ...(check.taken ? { taken: check.taken } : {}),
      };
      story.photos.push(photo);
      word.push({ ...extra, photo: file });
    } catch (e) {
      // the disk could not take it: the story goes on without it, the photo named in its notes
      word.push({ ...extra, refused: refusedOf(e) });
    }
  }
  return { ...rest, stories, word };
}
