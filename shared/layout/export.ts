// The exporter: stories and bulletins written as the paper's plain-text layout (LAYOUT.md) under a house style.
import { formatByline } from '../byline';
import type { HouseStyle } from '../houseStyle';
import type { Photo } from '../photo';
import { DEFAULT_HOUSE_STYLE } from '../houseStyleDefaults';
import { normalizePunctuation } from '../punctuation';
import { DEFAULT_DATELINE, type Block, type BylinePosition, type Story } from '../story';
import { trimAll } from '../text';

/** A story that cannot be exported yet: what it lacks, for the reporter. */
export interface IncompleteStory {
  storyId: string;
  /** The story as a person knows it: its headline, or its position in the bulletin. */
  story: string;
  missing: Array<'headline' | 'body'>;
  message: string;
}

/** The exporter's refusal: every story of the export that is incomplete. */
export class ExportRefused extends Error {
  constructor(readonly problems: IncompleteStory[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'ExportRefused';
  }
}

function label(story: Story, index: number): string {
  const headline = trimAll(story.headline);
  return headline !== '' ? `“${headline}”` : `story ${index + 1}`;
}

/** What a story lacks for export: a headline, a body with some text. Empty when it can be exported. */
export function exportProblems(stories: readonly Story[]): IncompleteStory[] {
  const problems: IncompleteStory[] = [];
  stories.forEach((story, i) => {
    const missing: IncompleteStory['missing'] = [];
    if (trimAll(story.headline) === '') missing.push('headline');
    if (!story.body.some((b) => trimAll(b.text) !== '')) missing.push('body');
    if (missing.length > 0) {
      const name = label(story, i);
      const has = missing.map((m) => `no ${m}`).join(' and ');
      const add = missing.map((m) => `a ${m}`).join(' and ');
      problems.push({
        storyId: story.id,
        story: name,
        missing,
        message: `${name} cannot be exported: it has ${has}. Add ${add}, then export again.`,
      });
    }
  });
  return problems;
}

/** One field as a line: trimmed, punctuation normalised when the house style asks. */
function line(text: string, style: HouseStyle): string {
  const t = trimAll(text);
  return style.normalizePunctuation ? normalizePunctuation(t) : t;
}

function positionFor(story: Story, style: HouseStyle): BylinePosition {
  const wanted = style.bylinePosition === 'keep' ? story.bylinePosition : style.bylinePosition;
  // a byline in the dateline needs a dateline to stand in
  if (wanted === 'dateline' && trimAll(story.dateline) === '') return 'end';
  // an inline byline needs a paragraph to end: a body of subheadings alone would lose it
  if (wanted === 'inline' && !story.body.some((b) => b.type === 'paragraph' && trimAll(b.text) !== '')) return 'end';
  return wanted;
}

function datelineLabel(story: Story, style: HouseStyle): string {
  const own = trimAll(story.dateline);
  return own === DEFAULT_DATELINE ? style.datelineLabel : own;
}

/** A story's photo as the export reads it: its file in the library, its caption and its credit. */
export type CaptionedPhoto = Pick<Photo, 'file' | 'caption' | 'credit'>;

/** The story's photos, in their order. */
export function photosOf(story: Story): readonly Photo[] {
  return story.photos ?? [];
}

/** A photo's caption as printed: the caption, then its credit (社区志愿者为老人测量血压。 记者 张明 摄); '' when it has neither. */
export function captionLine(photo: CaptionedPhoto, style: HouseStyle = DEFAULT_HOUSE_STYLE): string {
  return [line(photo.caption, style), line(photo.credit, style)].filter((t) => t !== '').join(' ');
}

/** The story's blocks as lines, without line endings or blank lines. */
export function storyLines(story: Story, style: HouseStyle = DEFAULT_HOUSE_STYLE): string[] {
  const indent = style.paragraphIndent === 'fullwidth2' ? '\u3000\u3000' : '';
  const byline = line(formatByline(story.byline, { roleWords: style.roleWords, nameSeparator: style.nameSeparator }), style);
  const position = positionFor(story, style);
  const body: Block[] = story.body.filter((b) => trimAll(b.text) !== '');
  const texts = body.map((b) => line(b.text, style));

  if (byline !== '' && position === 'inline') {
    const firstSub = body.findIndex((b) => b.type === 'subheading');
    const end = firstSub === -1 ? body.length : firstSub;
    let target = -1;
    for (let i = end - 1; i >= 0; i--)
      if (body[i]?.type === 'paragraph') {
        target = i;
        break;
      }
    if (target === -1) target = body.findLastIndex((b) => b.type === 'paragraph');
    if (target >= 0) texts[target] = `${texts[target]}${byline}`;
  }

  const lines: string[] = [];
  for (const field of [story.kicker, story.headline, story.subheadline]) {
    const text = line(field, style);
    if (text !== '') lines.push(text);
  }
  if (byline !== '' && position === 'top') lines.push(byline);

  const dateline = line(datelineLabel(story, style), style);
  body.forEach((block, i) => {
    let text = texts[i] as string;
    if (i === 0 && dateline !== '') {
      if (byline !== '' && position === 'dateline') {
        const [open, close] = style.bylineParentheses === 'fullwidth' ? ['（', '）'] : ['(', ')'];
        text = `${dateline}${open}${byline}${close}${text}`;
      } else {
        text = `${dateline} ${text}`;
      }
    }
    lines.push(block.type === 'paragraph' ? indent + text : text);
  });
  if (byline !== '' && position === 'end') lines.push(byline);
  // the house style may want the captions after the story (each a line of its own), or only beside the photos
  if (style.captions === 'afterBody') {
    for (const photo of photosOf(story)) {
      const caption = captionLine(photo, style);
      if (caption !== '') lines.push(caption);
    }
  }
  return lines;
}

function eol(style: HouseStyle): string {
  return style.lineEnding === 'crlf' ? '\r\n' : '\n';
}

/** A story in the paper's layout: blocks one per line, one blank line between them, ending in a line end. */
export function exportStory(story: Story, style: HouseStyle = DEFAULT_HOUSE_STYLE): string {
  return exportStories([story], style);
}

/**
 * Stories in order, as one page: the stories' blank-line gap comes from the house style. Refuses the whole
 * page, writing nothing, when a story lacks a headline or a body.
 */
export function exportStories(stories: readonly Story[], style: HouseStyle = DEFAULT_HOUSE_STYLE): string {
  const problems = exportProblems(stories);
  if (problems.length > 0) throw new ExportRefused(problems);
  const nl = eol(style);
  const between = nl.repeat(style.blankLinesBetweenStories + 1);
  return stories.map((s) => storyLines(s, style).join(nl + nl)).join(between) + (stories.length > 0 ? nl : '');
}
