// What a Word file tells the importer beyond its text: a short bold paragraph in a story's body is a subheading (a post-step after parsePage).
import { charLength, trimAll } from '../text';
import type { ParsedPage } from './types';

/** A bold paragraph up to this many characters is a subheading candidate. */
const SHORT_BOLD = 30;

/** The story whose lines hold this line, or undefined. */
export function storyHolding(page: ParsedPage, line: number): number | undefined {
  for (const d of page.decisions) {
    if (d.kind !== 'story' || d.story === null) continue;
    const first = d.lines[0] ?? 0;
    if (line >= first && line <= (d.lines[d.lines.length - 1] ?? first)) return d.story;
  }
  return undefined;
}

/**
 * The page with each short bold paragraph of a story's body taken as a subheading (never the lead nor the last
 * block, as for a plain-text page), each with its decision. A bold paragraph the importer joined to the next one
 * (it ends with no sentence mark) is taken apart again: the Word file says where its paragraphs end. Only blocks
 * change: no character moves to another field.
 */
export function withBoldSubheadings(page: ParsedPage, lines: readonly string[], boldLines: readonly number[]): ParsedPage {
  const stories = [...page.stories];
  let decisions = [...page.decisions];
  for (const no of boldLines) {
    const text = trimAll(lines[no - 1] ?? '');
    const index = storyHolding(page, no);
    const story = index === undefined ? undefined : stories[index];
    if (index === undefined || !story || text === '' || charLength(text) > SHORT_BOLD) continue;
    const whole = story.body.findIndex((b, i) => i > 0 && i < story.body.length - 1 && b.type === 'paragraph' && b.text === text);
    // joined to the next line: the join that starts at this line is undone
    const join = decisions.find((d) => d.kind === 'join' && d.story === index && d.lines[0] === no);
    const joined = join
      ? story.body.findIndex((b, i) => i > 0 && b.type === 'paragraph' && b.text.startsWith(text) && b.text !== text)
      : -1;
    if (whole >= 0) {
      stories[index] = { ...story, body: story.body.map((b, i) => (i === whole ? { type: 'subheading', text: b.text } : b)) };
    } else if (joined >= 0) {
      const rest = (story.body[joined]?.text ?? '').slice(text.length).replace(/^ /, '');
      const body = [...story.body];
      body.splice(joined, 1, { type: 'subheading', text }, { type: 'paragraph', text: rest });
      stories[index] = { ...story, body };
      decisions = decisions.filter((d) => d !== join);
    } else continue;
    decisions.push({
      kind: 'subheading',
      story: index,
      lines: [no],
      field: 'body',
      message: `line ${no} taken as a subheading: a short bold paragraph in the Word file`,
    });
  }
  return { stories, decisions };
}
