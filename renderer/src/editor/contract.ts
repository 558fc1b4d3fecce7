// What the story editor offers the app shell: the form for one story, and how the shell talks to it.
import type { Finding } from '../../../shared/copyDesk';
import type { Story } from '../../../shared/story';
import type { HouseStyle } from '../../../shared/houseStyle';

/** The fields in the page's order; each has a visible label and the same accessible name. */
export const FIELDS = ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'body', 'notes'] as const;
export type FieldName = (typeof FIELDS)[number];

export interface StoryFormProps {
  /**
   * The story as loaded. The form keeps its own editing state after that (the shell remounts it with a new
   * React `key` to load another version, e.g. after "Reload theirs").
   */
  initial: Story;
  /**
   * Called with the whole story after every edit that is not inside an IME composition (never with raw
   * pinyin); at the latest when the composition ends. The shell saves it (debounced).
   */
  onChange(story: Story): void;
  /** A filed story is locked: shown, not editable. */
  readOnly?: boolean;
  /** The house style of the preview (for the dateline's offered forms and length targets). */
  houseStyle: HouseStyle;
  /** Receives the form's handle once mounted. */
  onReady?(handle: StoryFormHandle): void;
  /** Text pasted into the story that reads as several stories: the reporter asked to bring it in with the import review. */
  onImportText?(text: string): void;
}

export interface StoryFormHandle {
  /** Puts the cursor in a field (at its end). */
  focus(field: FieldName): void;
  /** True while an IME composition is in progress in any field. */
  isComposing(): boolean;
  /** Selects a copy-check finding's text in its field; a finding of the whole story focuses the Copy check panel. */
  reveal(finding: Finding): void;
}
