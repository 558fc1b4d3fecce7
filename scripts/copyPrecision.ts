// The copy desk measured on a folder of published stories: half-width marks made full width, then every check under the default house style.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkText, fixText, type Finding } from '../shared/copyDesk';
import { CHECK_IDS, type CheckId, type Severity } from '../shared/copyDesk/types';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../shared/houseStyle';
import { decodePage } from '../electron/services/encoding';

export interface StoryFile {
  name: string;
  text: string;
}

export interface ErrorFinding {
  file: string;
  /** Line of the story (from 1) and column (characters, from 1). */
  line: number;
  column: number;
  rule: CheckId;
  found: string;
  /** A few characters either side, the text found in [ ]. */
  context: string;
  message: string;
}

export interface CopyMeasure {
  stories: number;
  /** Characters other than white space, after the half-width marks were made full width. */
  characters: number;
  /** Half-width marks the first pass made full width (web pages carry them where the print had full width). */
  madeFullWidth: number;
  /** Findings by check id and severity (only the ids and severities seen). */
  byCheck: Partial<Record<CheckId, Partial<Record<Severity, number>>>>;
  errors: ErrorFinding[];
  /** Files that could not be read, each with why. */
  unread: string[];
}

/** The house style with only the half-width check on: its fix is what a web page's marks need before measuring. */
function halfWidthOnly(style: HouseStyle): HouseStyle {
  const checks: HouseStyle['checks'] = {};
  for (const id of CHECK_IDS) checks[id] = id === 'halfwidth-punctuation' ? 'error' : 'off';
  return { ...style, checks };
}

/** Every .txt of a folder, in name order, decoded as the app decodes a page (UTF-8 or GB18030). */
export function readStoryFolder(folder: string): { files: StoryFile[]; unread: string[] } {
  const files: StoryFile[] = [];
  const unread: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.toLowerCase().endsWith('.txt')) continue;
    try {
      files.push({ name, text: decodePage(readFileSync(path.join(folder, name))).text });
    } catch (e) {
      unread.push(`${name}: ${(e as Error).message}`);
    }
  }
  return { files, unread };
}

const CONTEXT = 8;

function errorOf(file: string, lines: readonly string[], f: Finding): ErrorFinding {
  const line = lines[f.block ?? 0] ?? '';
  const before = line.slice(Math.max(0, f.start - CONTEXT), f.start);
  const after = line.slice(f.end, f.end + CONTEXT);
  const found = line.slice(f.start, f.end);
  return {
    file,
    line: (f.block ?? 0) + 1,
    column: [...line.slice(0, f.start)].length + 1,
    rule: f.rule,
    found,
    context: `${before}[${found}]${after}`,
    message: f.message,
  };
}

/** Measures the checks of the default house style (or the one given) on the stories. */
export function measureCopy(files: readonly StoryFile[], style: HouseStyle = DEFAULT_HOUSE_STYLE): Omit<CopyMeasure, 'unread'> {
  const out: Omit<CopyMeasure, 'unread'> = { stories: files.length, characters: 0, madeFullWidth: 0, byCheck: {}, errors: [] };
  const firstPass = halfWidthOnly(style);
  for (const { name, text } of files) {
    out.madeFullWidth += checkText(text, firstPass).filter((f) => f.fix).length;
    const page = fixText(text, firstPass);
    out.characters += [...page.replace(/\s/gu, '')].length;
    const lines = page.split(/\r\n|\n|\r/);
    for (const f of checkText(page, style)) {
      const counts = (out.byCheck[f.rule] ??= {});
      counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      if (f.severity === 'error') out.errors.push(errorOf(name, lines, f));
    }
  }
  return out;
}

/** The measure as a reader wants it: totals, findings per check and severity, then every error finding. */
export function formatMeasure(m: CopyMeasure): string {
  const lines = [
    `stories: ${m.stories}`,
    `characters: ${m.characters}`,
    `half-width marks made full width first: ${m.madeFullWidth}`,
    '',
    'findings per check (error / warning):',
  ];
  const seen = CHECK_IDS.filter((id) => m.byCheck[id]);
  if (seen.length === 0) lines.push('  none');
  for (const id of seen) lines.push(`  ${id}: ${m.byCheck[id]?.error ?? 0} / ${m.byCheck[id]?.warning ?? 0}`);
  lines.push('', `error findings (each a false alarm unless the published copy is wrong): ${m.errors.length}`);
  for (const e of m.errors) lines.push(`  ${e.file}:${e.line}:${e.column} ${e.rule} ${e.context}`);
  if (m.unread.length > 0) lines.push('', `not read: ${m.unread.length}`, ...m.unread.map((u) => `  ${u}`));
  return lines.join('\n');
}
