// The desk's photo calls: a photo checked by the image service, stored in the library, and put on, changed on or taken off a story.
import path from 'node:path';
import { ApiError, type BulletinDeskService, type CallInput, type StoryWithRevision } from '../../shared/api';
import { photoFileName, photoFormatOf, type Photo } from '../../shared/photo';
import type { Story } from '../../shared/story';
import {
  PhotoNotOnStory,
  suggestedCredit,
  withPhotoAdded,
  withPhotoChanged,
  withPhotoMoved,
  withPhotoRemoved,
} from '../../shared/storyPhotos';
import { ioError, refusal } from './library/faults';
import type { Library } from './library/library';
import { MAX_PHOTO_BYTES } from './library/photoStore';
import { fileProblemOf, readRegularFile } from './library/safeRead';
import type { HeldPhotos } from './heldPhotos';
import { checkPhoto, photoForSending, photoRefusal, photoThumbnail, THUMBNAIL_EDGE } from './photos';
import { sha256Hex } from './library/photoStore';

/** The long edge of a photo's copy for the proof's print: a column of A4 at about 300 dpi is narrower. */
const PRINT_EDGE = 1600;
const PRINT_QUALITY = 85;

type PhotoCalls = Pick<BulletinDeskService, 'photo.store' | 'photo.add' | 'photo.update' | 'photo.move' | 'photo.remove' | 'photo.read'>;
type Source = CallInput<'photo.add'>['source'];

export interface PhotoDeskParts {
  library: Library;
  /** A story's save through the desk's saver (held and retried on a disk fault, like any save). */
  save: (id: string, story: Story, baseRevision: string) => Promise<{ revision: string; updatedAt: string; file: string }>;
  /** Photos the disk refused for now, kept in memory and stored again by themselves. */
  held: HeldPhotos;
}

function unreadable(fileName: string, detail: string): ApiError {
  return refusal('refused', 'photoUnreadable', `${fileName} cannot be read as a photo (${detail})`, {
    fileName,
    max: MAX_PHOTO_BYTES / 1024 / 1024,
  });
}

/** A source's bytes and the name the reporter knows it by; a path is read as the reporter chose it (a link followed), never blocking. */
async function bytesOf(source: Source): Promise<{ bytes: Buffer; fileName: string }> {
  if ('base64' in source) {
    const bytes = Buffer.from(source.base64, 'base64');
    if (bytes.length > MAX_PHOTO_BYTES) throw unreadable(source.fileName, 'too large');
    return { bytes, fileName: source.fileName };
  }
  const fileName = path.basename(source.path);
  if (!path.isAbsolute(source.path)) throw unreadable(fileName, 'not a whole path');
  try {
    return { bytes: await readRegularFile(source.path, { followLinks: true, maxBytes: MAX_PHOTO_BYTES }), fileName };
  } catch (e) {
    if (fileProblemOf(e) || (e as NodeJS.ErrnoException).code === 'ENOENT') throw unreadable(fileName, (e as Error).message);
    throw ioError(e, fileName);
  }
}

export function photoCalls({ library, save, held }: PhotoDeskParts): PhotoCalls {
  /** Checks a photo and stores it: its entry for a story, with no caption and the credit given. */
  const store = async (source: Source, credit: string): Promise<Photo> => {
    const { bytes, fileName } = await bytesOf(source);
    const check = await checkPhoto(bytes, fileName);
    if (!check.ok) throw photoRefusal(check);
    // a full disk keeps the photo in memory and stores it by itself later: the story may refer to it at once
    const { file } = await held.store(bytes, check.format, fileName, photoFileName(sha256Hex(bytes), check.format));
    return { file, caption: '', credit, width: check.width, height: check.height, ...(check.taken ? { taken: check.taken } : {}) };
  };

  /** Changes the story as it is at `baseRevision` and saves it there. */
  const change = async (id: string, baseRevision: string, edit: (story: Story) => Story): Promise<StoryWithRevision> => {
    const current = await library.read(id);
    if (current.revision !== baseRevision)
      throw new ApiError({
        code: 'conflict',
        message: 'the story was changed on disk since you opened it',
        current,
        reason: 'storyChanged',
      });
    let next: Story;
    try {
      next = edit(current.story);
    } catch (e) {
      if (e instanceof PhotoNotOnStory) throw refusal('conflict', 'photoNotOnStory', e.message, { file: e.file });
      throw e;
    }
    const saved = await save(id, next, baseRevision);
    return { story: { ...next, updatedAt: saved.updatedAt }, revision: saved.revision, file: saved.file };
  };

  return {
    'photo.store': async ({ source, id }) => {
      const byline = id ? (await library.read(id)).story.byline : [];
      return { photo: await store(source, suggestedCredit(byline)) };
    },
    'photo.add': async ({ id, baseRevision, source, caption, credit }) => {
      const { story } = await library.read(id);
      // stored first: a photo the disk cannot take leaves the story as it was, its earlier photos and all
      const stored = await store(source, credit ?? suggestedCredit(story.byline));
      const photo = { ...stored, caption: caption ?? '' };
      return { ...(await change(id, baseRevision, (s) => withPhotoAdded(s, photo))), photo };
    },
    'photo.update': async ({ id, baseRevision, photo, caption, credit }) =>
      change(id, baseRevision, (s) => withPhotoChanged(s, photo.index, photo.file, { caption, credit })),
    'photo.move': async ({ id, baseRevision, photo, to }) =>
      change(id, baseRevision, (s) => withPhotoMoved(s, photo.index, photo.file, to)),
    'photo.remove': async ({ id, baseRevision, photo }) => change(id, baseRevision, (s) => withPhotoRemoved(s, photo.index, photo.file)),
    'photo.read': async ({ file, size }) => {
      const kept = held.bytesOf(file);
      const bytes = kept ? Buffer.from(kept) : await library.photos.read(file);
      if (size === 'thumbnail' || size === 'print') {
        let thumbnail: Buffer;
        try {
          // the proof prints a copy sharp enough for a column (about 1600 pixels), not the camera's 12 MB original
          thumbnail =
            size === 'print'
              ? await photoForSending(bytes, { longEdge: PRINT_EDGE, quality: PRINT_QUALITY })
              : await photoThumbnail(bytes, THUMBNAIL_EDGE);
        } catch {
          // stored whole (its hash holds) but no picture can be made of it: damaged before it was added
          const format = (photoFormatOf(file) ?? 'jpeg').toUpperCase();
          throw refusal('refused', 'photoDamaged', `${file} is damaged and cannot be shown; add the photo again from the camera or phone`, {
            file,
            format,
          });
        }
        return { base64: thumbnail.toString('base64'), format: 'jpeg' as const };
      }
      return { base64: bytes.toString('base64'), format: photoFormatOf(file) ?? 'jpeg' };
    },
  };
}
