// Export to bytes: the paper's layout under a house style, encoded, with a refusal that names story and field.
import { charactersOutside, codePointOf, codePoints } from '../../shared/characterSet';
import { storyCharactersOutside } from '../../shared/copyDesk/characterRules';
import { ExportRefused, exportStories, photosOf } from '../../shared/layout/export';
import type { Reason, ReasonParams } from '../../shared/apiError';
import type { HouseStyle } from '../../shared/houseStyle';
import type { Story } from '../../shared/story';
import { describeChar, encodeText, ENCODING_NAMES, findUnencodable } from './encoding';
import { slugify } from './storyFiles';

const FIELDS = ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'body', 'caption'] as const;

/** Why the stories cannot be exported as bytes (a story incomplete, a character the encoding cannot hold), for the reporter; nothing was written. */
export class CannotExportError extends Error {
  constructor(
    message: string,
    /** The story the problem is in, when it is in one. */
    readonly storyId: string | undefined,
    /** Why, with what the interface words it from (shared/apiError.ts REASONS). */
    readonly reason: Extract<Reason, 'incomplete' | 'unencodableInStory' | 'outsideCharacterSet'>,
    readonly params: ReasonParams,
  ) {
    super(message);
    this.name = 'CannotExportError';
  }
}

function fieldText(story: Story, field: (typeof FIELDS)[number]): string {
  if (field === 'byline') return story.byline.flatMap((c) => [c.role, ...c.names, c.credit]).join(' ');
  if (field === 'body') return story.body.map((b) => b.text).join('\n');
  if (field === 'caption')
    return photosOf(story)
      .map((p) => `${p.caption}\n${p.credit}`)
      .join('\n');
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

/** Every character the house style's typesetting system cannot take (emoji, outside GBK or GB2312), with story and field; null when none. */
function findOutsideCharacterSet(
  stories: readonly Story[],
  style: HouseStyle,
  where: (s: Story) => string = () => '',
): CannotExportError | null {
  const lines: string[] = [];
  const found: string[] = [];
  let first: Story | undefined;
  for (const story of stories) {
    // a photo's caption and credit go to the typesetter too (in the text or in captions.txt)
    const captions = photosOf(story).flatMap((photo, i) =>
      charactersOutside(`${photo.caption}\n${photo.credit}`, style.characterSet).map((r) => ({
        found: r.found,
        field: `caption of photo ${i + 1}`,
        block: undefined,
      })),
    );
    for (const p of [...storyCharactersOutside(story, style.characterSet), ...captions]) {
      first ??= story;
      found.push(`“${p.found}” (${codePoints(p.found)})`);
      const field = typeof p.block === 'number' ? `body paragraph ${p.block + 1}` : p.field;
      const place = where(story);
      lines.push(`“${p.found}” (${codePoints(p.found)}) in the ${field} of “${story.headline || story.id}”${place ? ` (${place})` : ''}`);
    }
  }
  if (lines.length === 0) return null;
  const set = style.characterSet === 'gbk' ? 'GBK' : 'GB2312';
  return new CannotExportError(
    `the typesetting system of house style “${style.name}” takes ${set} characters only; replace or remove these, then export again:\n${lines.join('\n')}`,
    first?.id,
    'outsideCharacterSet',
    { characterSet: set, headline: first?.headline.trim() ?? '', found: found.slice(0, 8).join(' '), count: found.length },
  );
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
  const bad = findUnencodableField(stories, style, where) ?? findOutsideCharacterSet(stories, style, where);
  if (bad) throw bad;
  return { text, bytes: encodeText(text, style.encoding) };
}

/**
 * The name an exported file is offered under, safe on every system: a page after its bulletin (二七报-第3版-2026-12-05.txt),
 * one story after its headline, other stories by the day.
 */
export function exportFileName(stories: readonly Story[], page?: { title: string; date: string }): string {
  if (page) {
    const title = slugify(page.title);
    const name = [title === 'story' ? 'bulletin' : title, /^\d{4}-\d{2}-\d{2}$/.test(page.date) ? page.date : ''].filter((p) => p !== '');
    return `${name.join('-')}.txt`;
  }
  if (stories.length === 1) return `${slugify((stories[0] as Story).headline)}.txt`;
  return `bulletin-${new Date().toISOString().slice(0, 10)}.txt`;
}
