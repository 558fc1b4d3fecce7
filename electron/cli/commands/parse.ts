// `bulletin parse PAGE.txt`: the page's stories and the importer's decisions, as JSON on stdout.
import { parsePage } from '../../../shared/parse/parsePage';
import { readArgs } from '../args';
import type { CliIo } from '../io';
import { readPageFile } from '../pageFile';
import { onePage, warnUnplaced } from './pageCommon';

export async function parseCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, []);
  const file = onePage(args.positional, 'parse');
  const page = parsePage((await readPageFile(file, io.cwd)).text);
  warnUnplaced(file, page.decisions, io);
  io.stdout(`${JSON.stringify({ stories: page.stories, decisions: page.decisions }, null, 2)}\n`);
  return 0;
}
