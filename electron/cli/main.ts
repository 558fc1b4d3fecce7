// The `bulletin` command: dispatches a subcommand and turns failures into a message and an exit status.
import { countCommand, exportCommand } from './commands/export';
import { formatCommand, importCommand, parseCommand } from './commands/page';
import { CliError, type CliIo } from './io';

export const USAGE = `Usage: bulletin <command> [options]

  parse PAGE.txt                      the page's stories and the importer's decisions, as JSON
  format PAGE.txt [--style NAME]      the page re-laid in the house layout
  import PAGE.txt --into DIR          one .story.json per story in DIR (never overwrites)
  export FILE|DIR... [--style NAME] [--encoding utf8|utf8-bom|gb18030] [--eol lf|crlf] [--out FILE]
                                      stories, bulletins or folders in the paper's layout
  count FILE [--json]                 characters per field and for the story

Pages may be UTF-8 or GB18030. House styles: default, byline-in-dateline, byline-at-end,
legacy-typesetter, or a .json file. Exit status: 0 done, 1 a problem in the content, 2 usage or
unreadable input.
`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  parse: parseCommand,
  format: formatCommand,
  import: importCommand,
  export: exportCommand,
  count: countCommand,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`bulletin: unknown command “${name}”\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`bulletin ${name}: ${e.message.split('\n').join(`\nbulletin ${name}: `)}\n`);
      return e.status;
    }
    io.stderr(`bulletin ${name}: unexpected failure: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}
