// What the preview shows: the story exactly as export writes it, or what it has and why export would refuse it.
import type { HouseStyle } from '../../../shared/houseStyle';
import { exportProblems, exportStories, storyLines } from '../../../shared/layout/export';
import type { Story } from '../../../shared/story';

export interface PreviewText {
  /** The exported text (line ends as the house style has them). */
  text: string;
  /** What export would refuse for: empty when the story can be exported. */
  missing: Array<'headline' | 'body'>;
}

export function previewText(story: Story, style: HouseStyle): PreviewText {
  const problems = exportProblems([story]);
  if (problems.length === 0) return { text: exportStories([story], style), missing: [] };
  const nl = style.lineEnding === 'crlf' ? '\r\n' : '\n';
  const lines = storyLines(story, style);
  return { text: lines.length > 0 ? lines.join(nl + nl) + nl : '', missing: problems[0]?.missing ?? [] };
}
