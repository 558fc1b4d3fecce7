// `bulletin format PAGE.txt`: the page parsed, then laid out again in the house layout; unplaced text kept in place.
import type { HouseStyle } from '../../../shared/houseStyle';
import { storyLines } from '../../../shared/layout/export';
import { parsePage } from '../../../shared/parse/parsePage';
import type { ParsedPage } from '../../../shared/parse/types';
import type { Story } from '../../../shared/story';
import { flag, readArgs } from '../args';
import type { CliIo } from '../io';
import { resolveStyle } from '../inputs';
import { readPageFile } from '../pageFile';
import { onePage, warnUnplaced } from './pageCommon';

/** The page re-laid: each story in the house layout, unplaced text kept where it stood. */
export function relay(page: ParsedPage, style: HouseStyle): string {
  const nl = style.lineEnding === 'crlf' ? '\r\n' : '\n';
  const pieces: Array<{ at: number; text: string }> = [];
  page.stories.forEach((story, i) => {
    const at = page.decisions.find((d) => d.kind === 'story' && d.story === i)?.lines[0] ?? 0;
    pieces.push({ at, text: storyLines(story, style).join(nl + nl) });
  });
  for (const d of page.decisions)
    if (d.kind === 'unplaced') pieces.push({ at: d.lines[0] ?? 0, text: (d.text ?? '').split('\n').join(nl + nl) });
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
