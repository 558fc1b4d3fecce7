// A story's summary as the library lists it: what the sidebar shows without opening the file.
import type { StorySummary } from './api';
import { countStory, type StoryCount } from './count';
import type { Story } from './story';

/** `count` may be a `storyCounter()`'s, which counts again only the texts changed since the story's last version. */
export function summarizeStory(
  story: Story,
  file: string,
  revision: string,
  count: (story: Story) => StoryCount = countStory,
): StorySummary {
  return {
    id: story.id,
    file,
    headline: story.headline,
    kicker: story.kicker,
    status: story.status,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
    characters: count(story).story,
    revision,
    ...(story.photos?.length ? { photos: story.photos.length } : {}),
  };
}
