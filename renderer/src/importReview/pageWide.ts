// Corrections of the whole page at once (no DOM): the old page's half-width marks made full width, and which stories are written.
import { findHalfwidthPunctuation, normalizePunctuation } from '../../../shared/punctuation';
import type { Story } from '../../../shared/story';
import type { Review, ReviewStory } from './corrections';

/** The stories the review will write (those the reporter has not left out), in the page's order. */
export function storiesToWrite(review: Review): ReviewStory[] {
  return review.stories.filter((s) => !s.leftOut);
}

/** A story's text with its half-width marks in Chinese text made full width, and how many marks that changed. */
function fullWidthStory(story: Story): { story: Story; marks: number } {
  let marks = 0;
  const fix = (text: string) => {
    const found = findHalfwidthPunctuation(text).length;
    if (found === 0) return text;
    marks += found;
    return normalizePunctuation(text);
  };
  const next: Story = {
    ...story,
    kicker: fix(story.kicker),
    headline: fix(story.headline),
    subheadline: fix(story.subheadline),
    body: story.body.map((b) => {
      const text = fix(b.text);
      return text === b.text ? b : { ...b, text };
    }),
  };
  return { story: marks === 0 ? story : next, marks };
}

/**
 * The old page's marks made full width (，。；：？！（） as the copy desk's rule reads them: never in numbers, Latin
 * words, URLs or e-mail) in the titles and bodies of every story that will be written. The same review when none changed.
 */
export function withFullWidthMarks(review: Review): { review: Review; marks: number } {
  let marks = 0;
  const stories = review.stories.map((item) => {
    if (item.leftOut) return item;
    const fixed = fullWidthStory(item.story);
    marks += fixed.marks;
    return fixed.marks === 0 ? item : { ...item, story: fixed.story };
  });
  return { review: marks === 0 ? review : { stories }, marks };
}

/** One story (by index) or every story written or left out; the same review when nothing changes. */
export function withWritten(review: Review, which: number | 'all', write: boolean): Review {
  let changed = false;
  const stories = review.stories.map((item, i) => {
    if ((which !== 'all' && i !== which) || !item.leftOut === write) return item;
    changed = true;
    const { leftOut: _leftOut, ...rest } = item;
    return write ? rest : { ...rest, leftOut: true as const };
  });
  return changed ? { stories } : review;
}
