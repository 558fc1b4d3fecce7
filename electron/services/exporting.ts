// Export to bytes: the paper's layout under a house style, encoded, with a refusal that names story and field.
import { ExportRefused, exportStories } from '../../shared/layout/export';
import type { Reason, ReasonParams } from '../../shared/apiError';
import type { HouseStyle } from '../../shared/houseStyle';
import type { Story } from '../../shared/story';
import { codePointOf, describeChar, encodeText, ENCODING_NAMES, findUnencodable } from './encoding';

const FIELDS = ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'body'] as const;

/** Why the stories cannot be exported as bytes (a story incomplete, a character the encoding cannot hold), for the reporter; nothing was written. */
export class CannotExportError extends Error {
  constructor(
    message: string,
    /** The story the problem is in, when it is in one. */
    readonly storyId: string | undefined,
    /** Why, with what the interface words it from (shared/apiError.ts REASONS). */
    readonly reason: Extract<Reason, 'incomplete' | 'unencodableInStory'>,
    readonly params: ReasonParams,
  ) {
    super(message);
    this.name = 'CannotExportError';
  }
}

function fieldText(story: Story, field: (typeof FIELDS)[number]): string {
  if (field === 'byline') return story.byline.flatMap((c) => [c.role, ...c.names, c.credit]).join(' ');
  if (field === 'body') return story.body.map((b) => b.text).join('\n');
  return story[field];
}

/** The first story and field holding a character the encoding cannot write, as a message; null when none. */
function findUnencodableField(
  stories: readonly Story[],
  style: HouseStyle,
  where: (s: Story) => string = () => '',
): CannotExportError | null {
  for (const story of stories) {
    for (const field of FIELDS) {
      const bad = findUnencodable(fieldText(story, field), style.encoding);
      if (!bad) continue;
      const place = where(story);
      return new CannotExportError(
        `${describeChar(bad.char)} in the ${field} of “${story.headline || story.id}”${place ? ` (${place})` : ''} cannot be written in ${ENCODING_NAMES[style.encoding]}; change or remove it, or export in UTF-8`,
        story.id,
        'unencodableInStory',
        { char: bad.char, code: codePointOf(bad.char), field, headline: story.headline.trim(), encoding: style.encoding },
      );
    }
  }
  return null;
}

/**
 * The stories as the bytes of one page. Throws CannotExportError (listing every story that lacks a headline or a
 * body, or naming a character the encoding cannot hold); nothing partial is ever returned.
 */
export function exportBytes(stories: readonly Story[], style: HouseStyle, where?: (s: Story) => string): { text: string; bytes: Buffer } {
  let text: string;
  try {
    text = exportStories(stories, style);
  } catch (e) {
    if (!(e instanceof ExportRefused)) throw e;
    const byId = new Map(stories.map((s) => [s.id, s]));
    const lines = e.problems.map((p) => {
      const s = byId.get(p.storyId);
      const place = s && where ? where(s) : '';
      return place ? `${place}: ${p.message}` : p.message;
    });
    const first = e.problems[0];
    const firstStory = first ? byId.get(first.storyId) : undefined;
    throw new CannotExportError(lines.join('\n'), first?.storyId, 'incomplete', {
      story: first ? stories.findIndex((s) => s.id === first.storyId) + 1 : 0,
      headline: firstStory?.headline.trim() ?? '',
      missing: first && first.missing.length > 1 ? 'both' : (first?.missing[0] ?? 'headline'),
      more: e.problems.length - 1,
    });
  }
  const bad = findUnencodableField(stories, style, where);
  if (bad) throw bad;
  return { text, bytes: encodeText(text, style.encoding) };
}
