// Counting a story's characters per field: for now, every character other than white space.
import type { Story } from './story';
import { charLength, visibleChars } from './text';
import { formatByline } from './byline';

export type CountedField = 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline' | 'body';

export interface StoryCount {
  fields: Record<CountedField, number>;
  /** Everything that is exported (notes are not). */
  story: number;
}

/** Characters other than white space. */
export function countCharacters(text: string): number {
  return charLength(visibleChars(text));
}

export function countStory(story: Story): StoryCount {
  const fields: Record<CountedField, number> = {
    kicker: countCharacters(story.kicker),
    headline: countCharacters(story.headline),
    subheadline: countCharacters(story.subheadline),
    dateline: countCharacters(story.dateline),
    byline: countCharacters(formatByline(story.byline)),
    body: story.body.reduce((n, b) => n + countCharacters(b.text), 0),
  };
  return { fields, story: Object.values(fields).reduce((a, b) => a + b, 0) };
}
