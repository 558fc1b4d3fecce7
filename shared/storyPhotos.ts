// A story's photos changed one at a time (added, captioned, moved, removed), and the credit a new photo starts with.
import { creditKind } from './byline';
import type { Contributor, Photo, Story } from './story';

/** The photo a change names is not (or no longer) at that place on the story: changed meanwhile elsewhere. */
export class PhotoNotOnStory extends Error {
  constructor(
    readonly index: number,
    readonly file: string,
  ) {
    super(`the story has no photo ${file} at place ${index + 1}`);
    this.name = 'PhotoNotOnStory';
  }
}

/**
 * The credit a new photo starts with, from the byline: the contributor credited with the photos (摄, 摄影, 图,
 * 文/图), else a photographer (摄影记者), else the first contributor; written as the paper does: "记者 张明 摄".
 */
export function suggestedCredit(byline: readonly Contributor[]): string {
  const named = byline.filter((c) => c.names.length > 0);
  const byCredit = named.find((c) => {
    const kind = creditKind(c.credit);
    return kind === 'photo' || kind === 'wordsAndPhotos';
  });
  const photographer = byCredit ?? named.find((c) => c.role.includes('摄影')) ?? named[0];
  if (!photographer) return '';
  return [photographer.role, ...photographer.names, '摄'].filter((part) => part !== '').join(' ');
}

/** The story with a photo added after its others. */
export function withPhotoAdded(story: Story, photo: Photo): Story {
  return { ...story, photos: [...story.photos, photo] };
}

function checkPlace(story: Story, index: number, file: string): void {
  if (story.photos[index]?.file !== file) throw new PhotoNotOnStory(index, file);
}

/** The story with the photo at `index` (which must hold `file`) given a new caption and/or credit. */
export function withPhotoChanged(story: Story, index: number, file: string, change: { caption?: string; credit?: string }): Story {
  checkPlace(story, index, file);
  const photos = story.photos.map((p, i) =>
    i === index
      ? {
          ...p,
          ...(change.caption !== undefined ? { caption: change.caption } : {}),
          ...(change.credit !== undefined ? { credit: change.credit } : {}),
        }
      : p,
  );
  return { ...story, photos };
}

/** The story with the photo at `index` (which must hold `file`) moved to place `to` (clamped to the list). */
export function withPhotoMoved(story: Story, index: number, file: string, to: number): Story {
  checkPlace(story, index, file);
  const photos = [...story.photos];
  const [moved] = photos.splice(index, 1);
  photos.splice(Math.max(0, Math.min(to, photos.length)), 0, moved as Photo);
  return { ...story, photos };
}

/** The story without the photo at `index` (which must hold `file`); the photo's file stays in the library. */
export function withPhotoRemoved(story: Story, index: number, file: string): Story {
  checkPlace(story, index, file);
  return { ...story, photos: story.photos.filter((_, i) => i !== index) };
}
