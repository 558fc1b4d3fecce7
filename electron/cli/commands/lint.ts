// `bulletin lint`: the copy desk's findings for story files and plain-text pages, and --fix to apply the certain fixes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { HouseStyle } from '../../../shared/houseStyle';
import { checkStory, checkText, fixStory, fixText, type Finding } from '../../../shared/copyDesk';
import { CHECK_IDS, type CheckId } from '../../../shared/copyDesk/types';
import { placeInLayout } from '../../../shared/copyDesk/layoutPlace';
import type { Story } from '../../../shared/story';
import { readStoryFile, serializeStory } from '../../../shared/storyFile';
import { encodeText, EncodingError } from '../../services/encoding';
import { History } from '../../services/library/history';
import { replaceFile } from '../../services/library/storage';
import { readRegularFile } from '../../services/library/safeRead';
import { isBulletinFile, isStoryFile } from '../../../shared/fileNames';
import { flag, readArgs } from '../args';
import { usageError, type CliIo } from '../io';
import { collectStories, resolveStyle } from '../inputs';
import { readBytes, readPageFile } from '../pageFile';
import { shown } from './pageCommon';

export interface LintLine {
  rule: Finding['rule'];
  severity: Finding['severity'];
  file: string;
  line: number;
  column: number;
  message: string;
  fix: string | null;
}

/** A page's finding at its line and column (columns count characters). */
function onPage(file: string, text: string, f: Finding): LintLine {
  const line = text.split(/\r\n|\n|\r/)[f.block ?? 0] ?? '';
  return {
    rule: f.rule,
    severity: f.severity,
    file,
    line: (f.block ?? 0) + 1,
    column: [...line.slice(0, f.start)].length + 1,
    message: f.message,
    fix: f.fix?.replacement ?? null,
  };
}

interface Linted {
  lines: LintLine[];
  fixed: number;
}

async function lintStoryFile(file: string, io: CliIo, style: HouseStyle, fix: boolean): Promise<Linted> {
  const full = path.resolve(io.cwd, file);
  const bytes = await readBytes(file, io.cwd);
  const read = readStoryFile(bytes.toString('utf8'));
  if (!read.ok) throw usageError(`${file}: ${read.error}`);
  let story = read.value;
  let fixed = 0;
  if (fix && story.status === 'filed') {
    io.stderr(`${file}: filed, so not changed: reopen it in Bulletin Desk to change it\n`);
  } else if (fix) {
    const before = checkStory(story, style).filter((f) => f.fix).length;
    const next = fixStory(story, style);
    if (serializeStory(next) !== serializeStory(story)) {
      // the text as it was stays in the story's history; a file changed meanwhile (the app saving it) is left alone
      await new History(path.dirname(full)).take(story, 'manual');
      if (!(await readRegularFile(full, { followLinks: true, maxBytes: 64 * 1024 * 1024 })).equals(bytes)) {
        io.stderr(`${file}: changed while it was being fixed, so not changed: run bulletin lint --fix again\n`);
        return { lines: checkStory(story, style).map((f) => storyLine(file, story, f, style)), fixed: 0 };
      }
      story = { ...next, updatedAt: new Date().toISOString() };
      await replaceFile(full, serializeStory(story));
      fixed = before;
    }
  }
  return { lines: checkStory(story, style).map((f) => storyLine(file, story, f, style)), fixed };
}

/** A story's finding at the line and column of the story as exported. */
function storyLine(file: string, story: Story, f: Finding, style: HouseStyle): LintLine {
  const at = placeInLayout(story, f, style);
  return { rule: f.rule, severity: f.severity, file, ...at, message: f.message, fix: f.fix?.replacement ?? null };
}

async function lintPage(file: string, io: CliIo, style: HouseStyle, fix: boolean): Promise<Linted> {
  const page = await readPageFile(file, io.cwd);
  let text = page.text;
  let fixed = 0;
  if (fix) {
    const next = fixText(text, style);
    if (next !== text) {
      let bytes: Buffer;
      try {
        bytes = encodeText(next, page.encoding);
      } catch (e) {
        if (e instanceof EncodingError)
          throw usageError(`${file}: the fixed page cannot be written back: ${e.message}; nothing was changed`);
        throw e;
      }
      const before = checkText(text, style).filter((f) => f.fix).length;
      await replaceFile(path.resolve(io.cwd, file), bytes);
      text = next;
      fixed = before;
    }
  }
  return { lines: checkText(text, style).map((f) => onPage(file, text, f)), fixed };
}

/** The files named: a folder or a bulletin stands for its story files (in their order); anything else is itself. */
async function expand(inputs: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const isFolder = await fs.stat(path.resolve(cwd, input)).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isFolder || isBulletinFile(input)) out.push(...(await collectStories([input], cwd)).map((s) => shown(cwd, s.path)));
    else out.push(input);
  }
  return out;
}

/** The house style with only the checks named by --only (comma-separated ids) left on. */
function onlyChecks(style: HouseStyle, only: string | undefined): HouseStyle {
  if (only === undefined) return style;
  const wanted = only
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted.filter((w) => !(CHECK_IDS as readonly string[]).includes(w));
  if (wanted.length === 0 || unknown.length > 0)
    throw usageError(
      `--only takes check ids separated by commas${unknown.length > 0 ? ` (not a check: ${unknown.join(', ')})` : ''}; the checks are ${CHECK_IDS.join(', ')}`,
    );
  const checks = { ...style.checks };
  for (const id of CHECK_IDS) if (!wanted.includes(id)) checks[id as CheckId] = 'off';
  return { ...style, checks };
}

export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['style', 'only'], ['json', 'fix']);
  if (args.positional.length === 0)
    throw usageError(
      'bulletin lint needs one or more files: story files (.bstory, .story.json), bulletins, folders of stories or plain-text pages',
    );
  const style = onlyChecks(await resolveStyle(flag(args, 'style'), io.cwd), flag(args, 'only'));
  const fix = args.flags.has('fix');
  const all: LintLine[] = [];
  for (const file of await expand(args.positional, io.cwd)) {
    const linted = isStoryFile(file) ? await lintStoryFile(file, io, style, fix) : await lintPage(file, io, style, fix);
    all.push(...linted.lines);
    if (fix && linted.fixed > 0) io.stderr(`${file}: fixed ${linted.fixed} ${linted.fixed === 1 ? 'finding' : 'findings'}\n`);
  }
  if (args.flags.has('json')) {
    io.stdout(`${JSON.stringify({ findings: all }, null, 2)}\n`);
  } else {
    for (const l of all) io.stdout(`${l.file}:${l.line}:${l.column} ${l.rule} ${l.message}\n`);
  }
  return all.some((l) => l.severity === 'error') ? 1 : 0;
}
