// `bulletin export` and `bulletin count`: stories from files to the paper's layout in bytes, and their 字数 as Word counts.
import path from 'node:path';
import { ENCODINGS, LINE_ENDINGS, type HouseStyle } from '../../../shared/houseStyle';
import { countStory, type CountedField } from '../../../shared/count';
import { parsePage } from '../../../shared/parse/parsePage';
import type { Story } from '../../../shared/story';
import { ENCODING_NAMES } from '../../services/encoding';
import { CannotExportError, exportBytes } from '../../services/exporting';
import { replaceFile } from '../../services/library/storage';
import { choice, flag, readArgs } from '../args';
import { contentError, usageError, type CliIo } from '../io';
import { collectStories, resolveStyle } from '../inputs';
import { readPageFile } from '../pageFile';
import { shown } from './pageCommon';
import { exportPackage } from './exportPackage';
import { fileKindOf } from '../../../shared/fileNames';

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['style', 'encoding', 'eol', 'out', 'package']);
  if (args.positional.length === 0) throw usageError('bulletin export needs one or more story files, bulletin files or folders');
  const base = await resolveStyle(flag(args, 'style'), io.cwd);
  const style: HouseStyle = {
    ...base,
    encoding: choice(args, 'encoding', ENCODINGS) ?? base.encoding,
    lineEnding: choice(args, 'eol', LINE_ENDINGS) ?? base.lineEnding,
  };
  const out = flag(args, 'out');
  if (out && fileKindOf(out) !== null) {
    throw usageError(`--out ${out}: that name is for drafts; export to a .txt file instead`);
  }
  const items = await collectStories(args.positional, io.cwd);
  const fileOf = new Map(items.map((i) => [i.story.id, i.path]));
  const packageTo = flag(args, 'package');
  if (packageTo !== undefined) {
    if (out) throw usageError('give --out or --package, not both: --package writes the page text into the package');
    return exportPackage(packageTo, items, style, io);
  }
  let bytes: Buffer;
  try {
    bytes = exportBytes(
      items.map((i) => i.story),
      style,
      (s) => shown(io.cwd, fileOf.get(s.id) ?? ''),
    ).bytes;
  } catch (e) {
    if (e instanceof CannotExportError) throw contentError(`${e.message}\nNothing was exported.`);
    throw e;
  }
  if (out) {
    await replaceFile(path.resolve(io.cwd, out), bytes);
    io.stderr(
      `exported ${items.length} ${items.length === 1 ? 'story' : 'stories'} to ${out} (${ENCODING_NAMES[style.encoding]}, ${style.lineEnding.toUpperCase()})\n`,
    );
  } else {
    io.stdout(bytes);
  }
  return 0;
}

const LABELS: Record<CountedField | 'story', string> = {
  kicker: 'kicker 引题',
  headline: 'headline 主题',
  subheadline: 'subheadline 副题',
  dateline: 'dateline 电头',
  byline: 'byline 署名',
  body: 'body 正文',
  story: 'story 全文',
};

function table(story: Story): string {
  const c = countStory(story);
  const rows = [
    ...(Object.keys(c.fields) as CountedField[]).map((f) => [LABELS[f], c.fields[f]] as const),
    [LABELS.story, c.story] as const,
    ['without spaces 不计空格', c.withoutSpaces] as const,
    // captions are set apart from the story, and counted apart
    ...(story.photos.length > 0 ? [['captions 图片说明', c.captions] as const] : []),
  ];
  // Han characters take two columns in a terminal
  const width = (t: string) => [...t].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
  return rows.map(([label, n]) => `${label}${' '.repeat(Math.max(1, 20 - width(label)))}${String(n).padStart(6)}`).join('\n');
}

export async function countCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, [], ['json']);
  if (args.positional.length === 0)
    throw usageError(
      'bulletin count needs a file: a story (.bstory, .story.json), a bulletin (.bbulletin, .bulletin.json), a folder or a plain-text page',
    );
  const stories: Story[] = [];
  for (const input of args.positional) {
    if (/\.(txt|text)$/i.test(input)) stories.push(...parsePage((await readPageFile(input, io.cwd)).text).stories);
    else stories.push(...(await collectStories([input], io.cwd)).map((s) => s.story));
  }
  if (args.flags.has('json')) {
    io.stdout(`${JSON.stringify({ stories: stories.map((s) => ({ id: s.id, headline: s.headline, ...countStory(s) })) }, null, 2)}\n`);
    return 0;
  }
  io.stdout(stories.map((s) => (stories.length > 1 ? `${s.headline || '(no headline)'}\n${table(s)}` : table(s))).join('\n\n') + '\n');
  return 0;
}
