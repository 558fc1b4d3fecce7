// What the importer tells about a page: the stories it found and every decision it took, with the lines.
import type { Story } from '../story';

type DecisionKind =
  | 'story' // which lines make up a story
  | 'title' // a line taken as kicker, headline or subheadline
  | 'dateline' // the dateline read off the lead's line
  | 'byline' // where the byline was found and how it was read
  | 'lead' // which line is the lead when there is no dateline
  | 'join' // lines of one paragraph broken by the page's columns, joined
  | 'subheading' // a line taken as a subheading
  | 'paragraph' // a short line kept as a paragraph
  | 'removed' // layout marks taken away because the layout writes them anew (□, >>, brackets)
  | 'unplaced'; // text that belongs to no story: kept here, never dropped

export interface Decision {
  kind: DecisionKind;
  /** Index of the story in `stories`, or null for text outside any story. */
  story: number | null;
  /** Source line numbers (1-based) the decision is about. */
  lines: number[];
  message: string;
  /** The field the lines went to. */
  field?: 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline' | 'body';
  /** Characters the decision took away (layout marks only). */
  removed?: string;
  /** The text of an unplaced block. */
  text?: string;
  /** What kind of case it was, for the review to word it: see DecisionHow. */
  how?: DecisionHow;
  /** Another reading of the same lines, nearly as likely: one click away in the review. */
  alternative?: AlternativeReading;
}

/**
 * Cases a decision's kind alone does not tell: a lead that opens with a bracketed byline and no dateline, a kicker in
 * 【】 before the headline, a word cut in two across lines, a byline told in the lead (…报道：).
 */
type DecisionHow = 'bracketedByline' | 'boxedKicker' | 'wordCut' | 'toldInLead';

/** The title lines read another way: the fields they would fill instead. */
export interface AlternativeReading {
  /** What the other reading takes the lines as, for the review's button. */
  reading: 'kickerHeadline' | 'headlineSubheadline';
  kicker: string;
  headline: string;
  subheadline: string;
}

export interface ParsedPage {
  stories: Story[];
  decisions: Decision[];
}

/** One non-blank line of the page. */
export interface PageLine {
  /** 1-based line number in the source. */
  no: number;
  /** The line without its indentation and trailing space. */
  text: string;
  /** Blank lines right before it. */
  blankBefore: number;
  /** The line opened with spaces (or U+3000): on a hard-wrapped page, where a paragraph starts. */
  indented?: true;
}
