// A house style as the form edits it (numbers as typed, role words and word lists as rows), checked with houseStyleSchema; name rules.
import { DEFAULT_HOUSE_STYLE, houseStyleSchema, type HouseStyle } from '../../../shared/houseStyle';

export interface RoleRow {
  /** Stable across edits, for React and focus; not saved. */
  id: number;
  written: string;
  printed: string;
}

/** The settings edited as rows of two cells: role words, and the copy desk's word pairs and never-use words (written/printed = word/reason). */
const ROW_SETTINGS = ['roleWords', 'wordPairs', 'neverUse'] as const;
type RowSetting = (typeof ROW_SETTINGS)[number];
const isRowSetting = (key: string): key is RowSetting => (ROW_SETTINGS as readonly string[]).includes(key);

/** Every setting of the style; numbers as the reporter typed them, role words and word lists as rows in their order. */
export type StyleDraft = {
  [K in keyof HouseStyle]: K extends RowSetting ? RoleRow[] : HouseStyle[K] extends number ? string : HouseStyle[K];
};

export type DraftProblem =
  | { field: string; code: 'number' }
  | { field: 'roleWords'; code: 'roleWritten' | 'rolePrinted'; row: number }
  | { field: 'roleWords'; code: 'roleTwice'; row: number; role: string }
  | { field: 'wordPairs'; code: 'wordWrong' | 'wordRight'; row: number }
  | { field: 'wordPairs'; code: 'wordSame'; row: number; word: string }
  | { field: 'wordPairs' | 'neverUse'; code: 'wordTwice'; row: number; word: string }
  | { field: 'neverUse'; code: 'neverUseWord'; row: number }
  | { field: string; code: 'other'; reason: string };

export type DraftCheck = { ok: true; style: HouseStyle } | { ok: false; problems: DraftProblem[] };

let nextRowId = 1;
export function roleRow(written = '', printed = ''): RoleRow {
  return { id: nextRowId++, written, printed };
}

/** Settings whose value is a number (typed as text in the form). */
function isNumberSetting(key: string): boolean {
  return typeof (DEFAULT_HOUSE_STYLE as Record<string, unknown>)[key] === 'number';
}

export function draftOf(style: HouseStyle): StyleDraft {
  const draft: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(style)) {
    if (isRowSetting(key)) draft[key] = Object.entries(value as Record<string, string>).map(([w, p]) => roleRow(w, p));
    else draft[key] = typeof value === 'number' ? String(value) : value;
  }
  return draft as StyleDraft;
}

/** A whole number as typed ("3", " 12 "); anything else is NaN, which the schema refuses. */
function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The draft as a house style, or what is wrong with it (every problem, in the form's order). */
export function checkDraft(draft: StyleDraft): DraftCheck {
  const problems: DraftProblem[] = [];
  const roleWords: Record<string, string> = {};
  draft.roleWords.forEach((r, i) => {
    const written = r.written.trim();
    const printed = r.printed.trim();
    if (written === '' && printed === '') return;
    if (written === '') problems.push({ field: 'roleWords', code: 'roleWritten', row: i + 1 });
    else if (printed === '') problems.push({ field: 'roleWords', code: 'rolePrinted', row: i + 1 });
    else if (Object.hasOwn(roleWords, written)) problems.push({ field: 'roleWords', code: 'roleTwice', row: i + 1, role: written });
    else roleWords[written] = printed;
  });
  const wordPairs = wordPairsOf(draft.wordPairs, problems);
  const neverUse = neverUseOf(draft.neverUse, problems);
  const candidate: Record<string, unknown> = { ...draft, roleWords, wordPairs, neverUse };
  for (const [key, value] of Object.entries(draft)) if (isNumberSetting(key)) candidate[key] = wholeNumber(value as string);
  const parsed = houseStyleSchema.safeParse(candidate);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (problems.some((p) => p.field === field)) continue;
      problems.push(isNumberSetting(field) ? { field, code: 'number' } : { field, code: 'other', reason: issue.message });
    }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, style: parsed.data as HouseStyle };
}

/** The word pairs' rows as wrong → right; each incomplete, same-sided or repeated row is a problem. */
function wordPairsOf(rows: readonly RoleRow[], problems: DraftProblem[]): Record<string, string> {
  const pairs: Record<string, string> = {};
  rows.forEach((r, i) => {
    const wrong = r.written.trim();
    const right = r.printed.trim();
    if (wrong === '' && right === '') return;
    if (wrong === '') problems.push({ field: 'wordPairs', code: 'wordWrong', row: i + 1 });
    else if (right === '') problems.push({ field: 'wordPairs', code: 'wordRight', row: i + 1 });
    else if (wrong === right) problems.push({ field: 'wordPairs', code: 'wordSame', row: i + 1, word: wrong });
    else if (Object.hasOwn(pairs, wrong)) problems.push({ field: 'wordPairs', code: 'wordTwice', row: i + 1, word: wrong });
    else pairs[wrong] = right;
  });
  return pairs;
}

/** The never-use rows as word → reason (a reason may be empty; a word may not). */
function neverUseOf(rows: readonly RoleRow[], problems: DraftProblem[]): Record<string, string> {
  const words: Record<string, string> = {};
  rows.forEach((r, i) => {
    const word = r.written.trim();
    const reason = r.printed.trim();
    if (word === '' && reason === '') return;
    if (word === '') problems.push({ field: 'neverUse', code: 'neverUseWord', row: i + 1 });
    else if (Object.hasOwn(words, word)) problems.push({ field: 'neverUse', code: 'wordTwice', row: i + 1, word });
    else words[word] = reason;
  });
  return words;
}

export type NameProblem = 'empty' | 'taken';

/**
 * What is wrong with a name for a style: empty, or the name or shown label of another style.
 * `others` holds the names and labels of every style but the one being named.
 */
export function nameProblem(name: string, others: Iterable<string>): NameProblem | undefined {
  const wanted = name.trim();
  if (wanted === '') return 'empty';
  for (const other of others) if (other.trim() === wanted) return 'taken';
  return undefined;
}

/** The first of "base", "base 2", "base 3" … that is free. */
export function freeName(base: string, taken: Iterable<string>): string {
  const names = new Set([...taken].map((n) => n.trim()));
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base} ${i}`)) return `${base} ${i}`;
}

/**
 * The style to preview while the draft has problems: every valid setting as edited, each setting with a problem
 * as it was last valid (in `fallback`), so that the preview still follows the other changes.
 */
export function previewStyle(draft: StyleDraft, fallback: HouseStyle): HouseStyle {
  const checked = checkDraft(draft);
  if (checked.ok) return checked.style;
  const last = draftOf(fallback) as unknown as Record<string, unknown>;
  const mended: Record<string, unknown> = { ...draft };
  for (const p of checked.problems) mended[p.field] = last[p.field];
  const again = checkDraft(mended as StyleDraft);
  return again.ok ? again.style : fallback;
}
