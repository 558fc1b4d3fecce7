// `bulletin photo list STORY.story.json [--json]`: a story's photos, with their captions and credits, and whether each file is in the library.
import path from 'node:path';
import { PhotoStore } from '../../services/library/photoStore';
import { readStoryAt } from '../../services/storyFiles';
import { readArgs } from '../args';
import { usageError, type CliIo } from '../io';
import { describeFsError } from '../pageFile';

/** The subcommands of `bulletin photo`. */
const SUBCOMMANDS = ['list'] as const;

/** Whether each photo's file is in the photos folder beside the story (read whole, checked against its hash). */
async function presence(storyPath: string, files: readonly string[]): Promise<boolean[]> {
  const store = new PhotoStore(path.dirname(storyPath));
  return Promise.all(files.map((file) => store.has(file)));
}

async function listCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, [], ['json']);
  const [input, ...more] = args.positional;
  if (input === undefined || more.length > 0) throw usageError('bulletin photo list needs one story file (.story.json)');
  let read;
  try {
    read = await readStoryAt(path.resolve(io.cwd, input), true);
  } catch (e) {
    throw usageError(describeFsError(input, e));
  }
  if ('error' in read) throw usageError(`${input}: ${read.error}`);
  const { photos } = read.story;
  const present = await presence(
    read.path,
    photos.map((p) => p.file),
  );
  if (args.flags.has('json')) {
    const rows = photos.map((p, i) => ({ ...p, present: present[i] === true }));
    io.stdout(`${JSON.stringify({ story: read.story.id, headline: read.story.headline, photos: rows }, null, 2)}\n`);
    return 0;
  }
  if (photos.length === 0) {
    io.stdout(`${input}: no photos\n`);
    return 0;
  }
  const lines = photos.map((p, i) => {
    const words = [p.caption || '(no caption)', p.credit].filter((t) => t !== '').join('  ');
    const taken = p.taken ? `  taken ${p.taken}` : '';
    const missing = present[i] ? '' : '  (the file is not in the library’s photos folder)';
    return `${i + 1}  ${p.width}×${p.height}  ${words}\n   ${p.file}${taken}${missing}`;
  });
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

export async function photoCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'list') return listCommand(rest, io);
  throw usageError(`bulletin photo needs a subcommand: ${SUBCOMMANDS.join(', ')}${sub ? ` (not “${sub}”)` : ''}`);
}
