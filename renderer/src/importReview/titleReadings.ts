// The importer's two readings of a story's two title lines (kicker + headline, headline + subheadline): which one the story holds, and the flip between them as a correction (no DOM).
import type { AlternativeReading } from '../../../shared/parse/types';
import { normalizePunctuation } from '../../../shared/punctuation';
import type { Story } from '../../../shared/story';
import type { Review, ReviewStory } from './corrections';

/** What two title lines are read as: kicker + headline, or headline + subheadline. */
export type TitleReading = AlternativeReading['reading'];

export interface TitleReadings {
  /** The reading the importer took. */
  importers: TitleReading;
  /** The other reading, nearly as likely. */
  other: TitleReading;
  /** The page lines of the two title lines. */
  lines: number[];
  /** The reading the story's fields hold now; null once the reporter put other text in the titles. */
  current: TitleReading | null;
}

/** Two texts are the same line when they differ at most by the width of their marks (the page-wide correction). */
function sameLine(a: string, b: string): boolean {
  return a === b || normalizePunctuation(a) === normalizePunctuation(b);
}

/** The reading a story's titles hold, when they are the two lines in the page's order and nothing else. */
function readingOf(story: Story, upper: string, lower: string): TitleReading | null {
  const { kicker, headline, subheadline } = story;
  if (subheadline === '' && sameLine(kicker, upper) && sameLine(headline, lower)) return 'kickerHeadline';
  if (kicker === '' && sameLine(headline, upper) && sameLine(subheadline, lower)) return 'headlineSubheadline';
  return null;
}

/** The two readings of a story's title lines, when the importer found them close; null when it did not. */
export function titleReadingsOf(item: ReviewStory): TitleReadings | null {
  const alternative = item.decisions.find((d) => d.kind === 'title' && d.alternative)?.alternative;
  if (!alternative) return null;
  const other = alternative.reading;
  // the upper and lower title lines, as the other reading places them
  const [upper, lower] =
    other === 'kickerHeadline' ? [alternative.kicker, alternative.headline] : [alternative.headline, alternative.subheadline];
  const lines = [...new Set(item.decisions.filter((d) => d.kind === 'title').flatMap((d) => d.lines))].sort((a, b) => a - b);
  return {
    importers: other === 'kickerHeadline' ? 'headlineSubheadline' : 'kickerHeadline',
    other,
    lines,
    current: readingOf(item.story, upper, lower),
  };
}

/**
 * The story's two title lines read the other way: kicker + headline become headline + subheadline, or back. The
 * fields' own text moves (a correction made since, such as full-width marks, stays); the same review when the story
 * has no two readings, already holds that one, or holds titles the reporter changed otherwise (nothing is overwritten).
 */
export function readTitlesAs(review: Review, index: number, reading: TitleReading): Review {
  const item = review.stories[index];
  const readings = item ? titleReadingsOf(item) : null;
  if (!item || !readings || readings.current === null || readings.current === reading) return review;
  const s = item.story;
  const story: Story =
    reading === 'kickerHeadline'
      ? { ...s, kicker: s.headline, headline: s.subheadline, subheadline: '' }
      : { ...s, kicker: '', headline: s.kicker, subheadline: s.headline };
  return { stories: review.stories.map((x, i) => (i === index ? { ...x, story } : x)) };
}
