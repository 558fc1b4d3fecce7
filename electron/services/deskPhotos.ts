// The desk's photo calls: a photo checked by the image service, stored in the library, and put on, changed on or taken off a story.
import path from 'node:path';
import { ApiError, type BulletinDeskService, type CallInput, type PhotoCheck, type StoryWithRevision } from '../../shared/api';
import { REASONS, type Reason } from '../../shared/apiError';
import { photoFormatOf, type Photo } from '../../shared/photo';
import type { Story } from '../../shared/story';
import {
  PhotoNotOnStory,
  suggestedCredit,
  withPhotoAdded,
  withPhotoChanged,
  withPhotoMoved,
  withPhotoRemoved,
} from '../../shared/storyPhotos';
import type { DeskOptions } from './deskTypes';
import { ioError, refusal } from './library/faults';
import type { Library } from './library/library';
import { MAX_PHOTO_BYTES } from './library/photoStore';
import { fileProblemOf, readRegularFile } from './library/safeRead';

type PhotoCalls = Pick<BulletinDeskService, 'photo.store' | 'photo.add' | 'photo.update' | 'photo.move' | 'photo.remove' | 'photo.read'>;
type Source = CallInput<'photo.add'>['source'];
type Refused = Extract<PhotoCheck, { ok: false }>;

/** The longest edge of a thumbnail, in pixels. */
const THUMBNAIL_EDGE = 320;

export interface PhotoDeskParts {
  library: Library;
  /** A story's save through the desk's saver (held and retried on a disk fault, like any save). */
  save: (id: string, story: Story, baseRevision: string) => Promise<{ revision: string; updatedAt: string; file: string }>;
  tools: Pick<DeskOptions, 'inspectPhoto' | 'photoThumbnail'>;
}

function refusalMessage(r: Refused): string {
  switch (r.reason) {
    case 'photoFormat':
      return `${r.fileName} is ${r.format ? `a ${r.format} file` : 'no photo the app can read'}, not a JPEG, PNG or WebP photo; convert it to JPEG and add it again`;
    case 'photoDamaged':
      return `${r.fileName} is damaged and cannot be shown; copy it from the camera or phone again`;
    case 'photoTooBig':
      return `${r.fileName} is too large to be a news photo; export a smaller copy and add that`;
    case 'photoEmpty':
      return `${r.fileName} is empty`;
  }
}

/** The image service's refusal as an error (its reasons are worded by the interface once REASONS holds them). */
function checkRefused(r: Refused): ApiError {
  const reason = (REASONS as readonly string[]).includes(r.reason) ? (r.reason as string as Reason) : undefined;
  return new ApiError({
    code: 'refused',
    message: refusalMessage(r),
    ...(reason ? { reason } : {}),
    params: { fileName: r.fileName, ...(r.format ? { format: r.format } : {}) },
  });
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

export function photoCalls({ library, save, tools }: PhotoDeskParts): PhotoCalls {
  /** Checks a photo and stores it: its entry for a story, with no caption and the credit given. */
  const store = async (source: Source, credit: string): Promise<Photo> => {
    const { bytes, fileName } = await bytesOf(source);
    if (!tools.inspectPhoto) throw refusal('refused', 'photoToolsMissing', 'photos cannot be checked here, so none was added');
    const check = await tools.inspectPhoto(bytes, fileName);
    if (!check.ok) throw checkRefused(check);
    const file = await library.photos.put(bytes, check.format, fileName);
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
      const bytes = await library.photos.read(file);
      if (size === 'thumbnail') {
        if (!tools.photoThumbnail) throw refusal('refused', 'photoToolsMissing', 'photos cannot be made smaller here');
        return { base64: (await tools.photoThumbnail(bytes, THUMBNAIL_EDGE)).toString('base64'), format: 'jpeg' as const };
      }
      return { base64: bytes.toString('base64'), format: photoFormatOf(file) ?? 'jpeg' };
    },
  };
}
