// `bulletin parse PAGE.txt|STORY.docx`: the page's stories and the importer's decisions (and a Word file's tables and photos), as JSON on stdout.
import { readArgs } from '../args';
import type { CliIo } from '../io';
import { readImportPage } from '../pageFile';
import { onePage, warnUnplaced, warnWordExtras } from './pageCommon';

export async function parseCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, []);
  const file = onePage(args.positional, 'parse');
  const page = await readImportPage(file, io.cwd);
  warnUnplaced(file, page.decisions, io);
  if (page.word) warnWordExtras(file, page.word, io);
  const word = page.word ? { lines: page.lines, word: page.word } : {};
  io.stdout(`${JSON.stringify({ stories: page.stories, decisions: page.decisions, ...word }, null, 2)}\n`);
  return 0;
}
