// `bulletin export` and `bulletin count`: stories from files to the paper's layout in bytes, and their character counts.
import path from 'node:path';
import { ENCODINGS, LINE_ENDINGS, type HouseStyle } from '../../../shared/houseStyle';
import { ExportRefused, exportStories } from '../../../shared/layout/export';
import { countStory, type CountedField } from '../../../shared/count';
import { parsePage } from '../../../shared/parse/parsePage';
import type { Story } from '../../../shared/story';
import { encodeText, ENCODING_NAMES, findUnencodable, describeChar } from '../../services/encoding';
import { writeFileAtomic } from '../../services/atomicWrite';
import { choice, flag, readArgs } from '../args';
import { contentError, usageError, type CliIo } from '../io';
import { collectStories, resolveStyle } from '../inputs';
import { readPageFile } from '../pageFile';
import { shown } from './pageCommon';
import { STORY_EXT, BULLETIN_EXT } from '../../services/storyFiles';

const FIELDS = ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'body', 'notes'] as const;

/** Which story and field hold a character the encoding cannot write. */
function locateUnencodable(items: ReadonlyArray<{ path: string; story: Story }>, style: HouseStyle, cwd: string): string | null {
  for (const { path: file, story } of items) {
    for (const field of FIELDS) {
      const value =
        field === 'byline'
          ? story.byline.flatMap((c) => [c.role, ...c.names, c.credit]).join(' ')
          : field === 'body'
            ? story.body.map((b) => b.text).join('\n')
            : story[field];
      const bad = findUnencodable(value, style.encoding);
      if (bad) {
        return `${describeChar(bad.char)} in the ${field} of “${story.headline || story.id}” (${shown(cwd, file)}) cannot be written in ${ENCODING_NAMES[style.encoding]}; change or remove it, or export in UTF-8`;
      }
    }
  }
  return null;
}

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['style', 'encoding', 'eol', 'out']);
  if (args.positional.length === 0) throw usageError('bulletin export needs one or more story files, bulletin files or folders');
  const base = await resolveStyle(flag(args, 'style'), io.cwd);
  const style: HouseStyle = {
    ...base,
    encoding: choice(args, 'encoding', ENCODINGS) ?? base.encoding,
    lineEnding: choice(args, 'eol', LINE_ENDINGS) ?? base.lineEnding,
  };
  const out = flag(args, 'out');
  if (out && (out.endsWith(STORY_EXT) || out.endsWith(BULLETIN_EXT))) {
    throw usageError(`--out ${out}: that name is for drafts; export to a .txt file instead`);
  }
  const items = await collectStories(args.positional, io.cwd);
  let text: string;
  try {
    text = exportStories(items.map((i) => i.story), style);
  } catch (e) {
    if (!(e instanceof ExportRefused)) throw e;
    const where = (id: string) => shown(io.cwd, items.find((i) => i.story.id === id)?.path ?? '');
    throw contentError(e.problems.map((p) => `${where(p.storyId)}: ${p.message}`).join('\n') + '\nNothing was exported.');
  }
  const located = locateUnencodable(items, style, io.cwd);
  if (located) throw contentError(`${located}\nNothing was exported.`);
  const bytes = encodeText(text, style.encoding);
  if (out) {
    await writeFileAtomic(path.resolve(io.cwd, out), bytes);
    io.stderr(`exported ${items.length} ${items.length === 1 ? 'story' : 'stories'} to ${out} (${ENCODING_NAMES[style.encoding]}, ${style.lineEnding.toUpperCase()})\n`);
  } else {
    io.stdout(bytes);
  }
  return 0;
}

const LABELS: Record<CountedField | 'story', string> = {
  kicker: 'kicker 引题', headline: 'headline 主题', subheadline: 'subheadline 副题', dateline: 'dateline 电头',
  byline: 'byline 署名', body: 'body 正文', story: 'story 全文',
};

function table(story: Story): string {
  const c = countStory(story);
  const rows = [...(Object.keys(c.fields) as CountedField[]).map((f) => [LABELS[f], c.fields[f]] as const), [LABELS.story, c.story] as const];
  // Han characters take two columns in a terminal
  const width = (t: string) => [...t].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
  return rows.map(([label, n]) => `${label}${' '.repeat(Math.max(1, 20 - width(label)))}${String(n).padStart(6)}`).join('\n');
}

export async function countCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, [], ['json']);
  if (args.positional.length === 0) throw usageError('bulletin count needs a file: a .story.json, a .bulletin.json, a folder or a plain-text page');
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
