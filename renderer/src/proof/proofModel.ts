// What a proof sets: each story's parts as the text export lays them out (shared/layout/export.ts), told apart for type.
import { formatByline } from '../../../shared/byline';
import type { HouseStyle } from '../../../shared/houseStyle';
import { captionLine, exportProblems, photosOf, storyLines } from '../../../shared/layout/export';
import { normalizePunctuation } from '../../../shared/punctuation';
import { DEFAULT_DATELINE, type Story } from '../../../shared/story';
import { trimAll } from '../../../shared/text';

/** A block of the body as set: the lead (first paragraph), a paragraph or a subheading. */
interface ProofBlock {
  kind: 'lead' | 'paragraph' | 'subheading';
  /** The first block's dateline exactly as exported before its text ("本报讯 ", or "本报讯（记者 李明）"), set apart in bold. */
  dateline?: string;
  text: string;
}

export interface ProofStory {
  id: string;
  kicker: string;
  headline: string;
  subheadline: string;
  /** The byline above the body (house style "top"), or below it ("end"); inline and dateline bylines are in the text. */
  bylineTop: string;
  bylineEnd: string;
  blocks: ProofBlock[];
  /** What export would refuse: no headline, no body text. */
  missing: Array<'headline' | 'body'>;
  /** The story's photos in order, set after its body, each with its caption and credit as printed ('' when the house style prints none). */
  photos: ProofPhoto[];
}

export interface ProofPhoto {
  /** Its file in the library's photo store. */
  file: string;
  width: number;
  height: number;
  caption: string;
}

/** One place of a bulletin: a story, or a story the library no longer has (named, never left out). */
export type ProofEntry =
  { kind: 'story'; position: number; story: ProofStory } | { kind: 'missing'; position: number; id: string; reason: string };

const FULLWIDTH_INDENT = '\u3000\u3000';

function lineOf(text: string, style: HouseStyle): string {
  const t = trimAll(text);
  return style.normalizePunctuation ? normalizePunctuation(t) : t;
}

/**
 * A story's parts for the proof. The text comes from the exporter's `storyLines`, so the proof says what export
 * says (the house style's dateline label, role words, punctuation, byline position); only the fields are told apart.
 */
export function proofStory(story: Story, style: HouseStyle): ProofStory {
  // the captions the exporter sets after the story are the photos' own here: set under each photo
  const photos = photosOf(story).map((p) => ({
    file: p.file,
    width: p.width,
    height: p.height,
    caption: style.captions === 'none' ? '' : captionLine(p, style),
  }));
  const captionLines = style.captions === 'afterBody' ? photos.filter((p) => p.caption !== '').length : 0;
  const all = storyLines(story, style);
  const lines = all.slice(0, all.length - captionLines);
  let at = 0;
  const title = (field: string): string => (trimAll(field) === '' ? '' : (lines[at++] ?? ''));
  const kicker = title(story.kicker);
  const headline = title(story.headline);
  const subheadline = title(story.subheadline);

  const body = story.body.filter((b) => trimAll(b.text) !== '');
  const rest = lines.slice(at);
  let bylineTop = '';
  let bylineEnd = '';
  if (rest.length > body.length) {
    // the one line beyond the body's is the byline: above the body when it is set on top, else below it
    const wanted = style.bylinePosition === 'keep' ? story.bylinePosition : style.bylinePosition;
    if (wanted === 'top') bylineTop = rest.shift() ?? '';
    else bylineEnd = rest.pop() ?? '';
  }

  const byline = lineOf(formatByline(story.byline, { roleWords: style.roleWords, nameSeparator: style.nameSeparator }), style);
  const ownDateline = trimAll(story.dateline);
  const label = lineOf(ownDateline === DEFAULT_DATELINE ? style.datelineLabel : ownDateline, style);
  const [open, close] = style.bylineParentheses === 'fullwidth' ? ['（', '）'] : ['(', ')'];

  const blocks = body.map((block, i): ProofBlock => {
    let text = rest[i] ?? '';
    if (block.type === 'paragraph' && style.paragraphIndent === 'fullwidth2' && text.startsWith(FULLWIDTH_INDENT))
      text = text.slice(FULLWIDTH_INDENT.length);
    const kind = block.type === 'subheading' ? 'subheading' : i === 0 ? 'lead' : 'paragraph';
    if (i !== 0 || label === '') return { kind, text };
    const withByline = byline === '' ? '' : `${label}${open}${byline}${close}`;
    if (withByline !== '' && text.startsWith(withByline)) return { kind, dateline: withByline, text: text.slice(withByline.length) };
    if (text.startsWith(`${label} `)) return { kind, dateline: `${label} `, text: text.slice(label.length + 1) };
    return { kind, text };
  });

  const missing = exportProblems([story])[0]?.missing ?? [];
  return { id: story.id, kicker, headline, subheadline, bylineTop, bylineEnd, blocks, missing, photos };
}

/** The space between the parts of a two-part title: a half-width or full-width space with no Latin letter or digit on either side. */
const PART_BREAK = /(?<![A-Za-z0-9])[ \u3000]+(?![A-Za-z0-9])/u;

/**
 * A title's parts as the proof sets them, one line each (三项举措护航夏粮收购 确保颗粒归仓 → two parts): the space
 * between parts is where a two-part headline breaks, never inside a word. A space next to a Latin word or a number
 * (全市 5G 基站, iPhone 16 发布会) is no break between parts.
 */
export function titleParts(title: string): string[] {
  return title.split(PART_BREAK).filter((part) => part !== '');
}

/** The proof's parts back as the exporter's lines (the indent as the house style writes it): what the tests compare. */
export function linesOfProof(proof: ProofStory, style: HouseStyle): string[] {
  const lines = [proof.kicker, proof.headline, proof.subheadline, proof.bylineTop].filter((l) => l !== '');
  for (const block of proof.blocks) {
    const indent = block.kind !== 'subheading' && style.paragraphIndent === 'fullwidth2' ? FULLWIDTH_INDENT : '';
    lines.push(indent + (block.dateline ?? '') + block.text);
  }
  if (proof.bylineEnd !== '') lines.push(proof.bylineEnd);
  if (style.captions === 'afterBody') for (const p of proof.photos) if (p.caption !== '') lines.push(p.caption);
  return lines;
}

/** A bulletin's stories in its order, with the places whose story could not be read. */
export function proofEntries(
  ids: readonly string[],
  read: ReadonlyMap<string, { story: Story } | { reason: string }>,
  style: HouseStyle,
): ProofEntry[] {
  return ids.map((id, i) => {
    const got = read.get(id);
    if (got && 'story' in got) return { kind: 'story', position: i + 1, story: proofStory(got.story, style) };
    return { kind: 'missing', position: i + 1, id, reason: got?.reason ?? '' };
  });
}
