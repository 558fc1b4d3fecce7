// A story's summary as the library lists it: what the sidebar shows without opening the file.
import type { StorySummary } from './api';
import { countStory } from './count';
import type { Story } from './story';

export function summarizeStory(story: Story, file: string, revision: string): StorySummary {
  return {
    id: story.id,
    file,
    headline: story.headline,
    kicker: story.kicker,
    status: story.status,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
    characters: countStory(story).story,
    revision,
  };
}
