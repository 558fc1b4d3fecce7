// The whole page as export writes it (the shared exporter, so it matches export byte for byte) and its character count.
import { countStory } from '../../../shared/count';
import type { HouseStyle } from '../../../shared/houseStyle';
import { exportProblems, exportStories, storyLines } from '../../../shared/layout/export';
import type { Story } from '../../../shared/story';

export interface PagePreview {
  /** The page's text; when export would refuse, every story's lines all the same, so the reporter sees what is there. */
  text: string;
  /** Stories export would refuse, with their position among the stories given and what they lack. */
  refused: Array<{ position: number; storyId: string; headline: string; missing: Array<'headline' | 'body'> }>;
  /** Characters of every story (countStory), notes never counted. */
  characters: number;
}

export function pagePreview(stories: readonly Story[], style: HouseStyle): PagePreview {
  const characters = stories.reduce((n, s) => n + countStory(s).story, 0);
  const problems = exportProblems(stories);
  if (problems.length === 0) return { text: exportStories(stories, style), refused: [], characters };
  const nl = style.lineEnding === 'crlf' ? '\r\n' : '\n';
  const between = nl.repeat(style.blankLinesBetweenStories + 1);
  const parts = stories.map((s) => storyLines(s, style).join(nl + nl)).filter((p) => p !== '');
  const refused = problems.map((p) => {
    const position = stories.findIndex((s) => s.id === p.storyId) + 1;
    return { position, storyId: p.storyId, headline: stories[position - 1]?.headline.trim() ?? '', missing: p.missing };
  });
  return { text: parts.length > 0 ? parts.join(between) + nl : '', refused, characters };
}
