// The copy desk's vocabulary: the checks (id, default severity), a finding in a field's text, and its certain fix.
import type { CHECK_SETTINGS } from './settings';

/** Every check, in the order the findings panel lists them. */
export const CHECK_IDS = [
  'halfwidth-punctuation',
  'unpaired-mark',
  'doubled-punctuation',
  'fullwidth-digits-letters',
  'stray-space',
  'dateline-form',
  'byline-form',
  'length-target',
  'typesetter-characters',
  // GB/T 15835 numbers (wt-numbers)
  'mixed-numerals',
  'estimate-digits',
  'two-digit-year',
  'percent-range',
  'number-style-mixed',
  // GB/T 15834—2011 punctuation (wt-punct)
  'ellipsis-form',
  'dash-form',
  'range-mark',
  'nested-quotes',
  'estimate-comma',
  'interpunct',
  // words and the desk's layout mistakes (issue 18)
  'misused-word',
  'house-word',
  'never-use',
  'de-di-de',
  'dateline-in-body',
  'byline-in-body',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type Severity = 'error' | 'warning';
/** A house style's setting for one check: off, or the severity it is shown with. */
export type CheckSetting = (typeof CHECK_SETTINGS)[number];

export const DEFAULT_SEVERITY: Readonly<Record<CheckId, Severity>> = {
  'halfwidth-punctuation': 'error',
  'unpaired-mark': 'error',
  'doubled-punctuation': 'error',
  'fullwidth-digits-letters': 'error',
  'stray-space': 'warning',
  'dateline-form': 'warning',
  'byline-form': 'warning',
  'length-target': 'warning',
  'typesetter-characters': 'error',
  // GB/T 15835 numbers (wt-numbers)
  'mixed-numerals': 'error',
  'estimate-digits': 'warning',
  'two-digit-year': 'warning',
  'percent-range': 'error',
  'number-style-mixed': 'warning',
  // GB/T 15834—2011 punctuation (wt-punct)
  'ellipsis-form': 'error',
  'dash-form': 'error',
  'range-mark': 'warning',
  'nested-quotes': 'error',
  'estimate-comma': 'warning',
  interpunct: 'error',
  // words and the desk's layout mistakes (issue 18)
  'misused-word': 'error',
  'house-word': 'error',
  'never-use': 'error',
  'de-di-de': 'warning',
  'dateline-in-body': 'warning',
  'byline-in-body': 'warning',
};

/** Where a finding is: a field of the story, a body block, a photo's caption or credit, or (for a plain-text page) a line. */
export type FindingField = 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline' | 'body' | 'caption' | 'credit' | 'story' | 'page';

export interface Finding {
  rule: CheckId;
  severity: Severity;
  field: FindingField;
  /** Index of the body block (field 'body'), of the photo (fields 'caption' and 'credit') or of the page's line (field 'page'), from 0. */
  block?: number;
  /** Code-unit offsets in the field's (block's, line's) text. */
  start: number;
  end: number;
  /** What is wrong and why, in English; the app shows its own text from `rule` and `params`. */
  message: string;
  /** What the message is made of, for a translated message: the text found, its replacement, counts. */
  params: Record<string, string | number>;
  /** Present only when the fix is certain: the text that replaces [start, end). */
  fix?: { replacement: string };
}

/** A finding before the house style gives it a severity and a place. */
export type RawFinding = Omit<Finding, 'severity' | 'field' | 'block'>;
