// `bulletin parse`, `format` and `import`: a plain-text page read into stories, printed, re-laid or written as drafts.
import path from 'node:path';
import type { HouseStyle } from '../../../shared/houseStyle';
import { storyLines } from '../../../shared/layout/export';
import { parsePage } from '../../../shared/parse/parsePage';
import type { Decision, ParsedPage } from '../../../shared/parse/types';
import type { Story } from '../../../shared/story';
import { writeNewStory } from '../../services/storyFiles';
import { flag, readArgs } from '../args';
import { usageError, type CliIo } from '../io';
import { readPageFile, resolveStyle } from '../inputs';

function onePage(positional: string[], command: string): string {
  if (positional.length !== 1) throw usageError(`bulletin ${command} takes one page file (got ${positional.length})`);
  return positional[0] as string;
}

/** Unplaced text, told on stderr as file:line so nobody misses it. */
function warnUnplaced(file: string, decisions: readonly Decision[], io: CliIo): void {
  for (const d of decisions) if (d.kind === 'unplaced') io.stderr(`${file}:${d.lines[0]}: ${d.message}\n`);
}

export async function parseCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, []);
  const file = onePage(args.positional, 'parse');
  const page = parsePage((await readPageFile(file, io.cwd)).text);
  warnUnplaced(file, page.decisions, io);
  io.stdout(`${JSON.stringify({ stories: page.stories, decisions: page.decisions }, null, 2)}\n`);
  return 0;
}

/** The page re-laid: each story in the house layout, unplaced text kept where it stood. */
export function relay(page: ParsedPage, style: HouseStyle): string {
  const nl = style.lineEnding === 'crlf' ? '\r\n' : '\n';
  const pieces: Array<{ at: number; text: string }> = [];
  page.stories.forEach((story, i) => {
    const at = page.decisions.find((d) => d.kind === 'story' && d.story === i)?.lines[0] ?? 0;
    pieces.push({ at, text: storyLines(story, style).join(nl + nl) });
  });
  for (const d of page.decisions) if (d.kind === 'unplaced') pieces.push({ at: d.lines[0] ?? 0, text: (d.text ?? '').split('\n').join(nl + nl) });
  pieces.sort((a, b) => a.at - b.at);
  if (pieces.length === 0) return '';
  return pieces.map((p) => p.text).join(nl.repeat(style.blankLinesBetweenStories + 1)) + nl;
}

export async function formatCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['style']);
  const file = onePage(args.positional, 'format');
  const style = await resolveStyle(flag(args, 'style'), io.cwd);
  const page = parsePage((await readPageFile(file, io.cwd)).text);
  warnUnplaced(file, page.decisions, io);
  page.stories.forEach((s: Story, i) => {
    const at = page.decisions.find((d) => d.kind === 'story' && d.story === i)?.lines[0];
    if (s.headline.trim() === '') io.stderr(`${file}:${at}: story ${i + 1} has no headline\n`);
  });
  io.stdout(relay(page, style));
  return 0;
}

/** A path as the user would type it: relative below the working folder, absolute elsewhere. */
export function shown(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['into']);
  const file = onePage(args.positional, 'import');
  const into = flag(args, 'into');
  if (!into) throw usageError('bulletin import needs --into DIR, the folder to write the drafts to');
  const page = parsePage((await readPageFile(file, io.cwd)).text);
  const dir = path.resolve(io.cwd, into);
  // text that belongs to no story goes into the notes of the story after it (or the last), never lost
  const unplaced = page.decisions.filter((d) => d.kind === 'unplaced');
  for (const d of unplaced) {
    const after = page.decisions.find((s) => s.kind === 'story' && (s.lines[0] ?? 0) > (d.lines[0] ?? 0));
    const index = after?.story ?? page.stories.length - 1;
    const story = page.stories[index];
    if (!story) {
      io.stderr(`${file}:${d.lines[0]}: ${d.message}; no story to keep it in, so nothing was written for it\n`);
      continue;
    }
    const note = `${file} line ${d.lines[0]}, not placed by the import:\n${d.text}`;
    story.notes = story.notes ? `${story.notes}\n\n${note}` : note;
    io.stderr(`${file}:${d.lines[0]}: ${d.message}; kept in the notes of story ${index + 1}\n`);
  }
  if (page.stories.length === 0) {
    io.stderr(`${file}: no story found; nothing written\n`);
    return 1;
  }
  for (const story of page.stories) {
    const written = await writeNewStory(dir, story);
    io.stdout(`wrote ${shown(io.cwd, written)}  ${story.headline || '(no headline)'}\n`);
  }
  io.stdout(`${page.stories.length} ${page.stories.length === 1 ? 'story' : 'stories'} imported into ${into}\n`);
  return 0;
}
