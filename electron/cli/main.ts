// The `bulletin` command: dispatches a subcommand and turns failures into a message and an exit status.
import { CliError, type CliIo } from './io';

const USAGE = `Usage: bulletin <command> [options]

  parse PAGE.txt|STORY.docx           the page's stories and the importer's decisions, as JSON
  format PAGE.txt [--style NAME]      the page re-laid in the house layout
  import PAGE.txt|STORY.docx --into DIR
                                      one .bstory per story in DIR (never overwrites)
  export FILE|DIR... [--style NAME] [--encoding utf8|utf8-bom|gb18030] [--eol lf|crlf] [--out FILE]
                                      stories, bulletins or folders in the paper's layout
  export --package OUT_DIR|OUT.zip FILE|DIR... [--style NAME] [--encoding …] [--eol …]
                                      the page with its photos (named by page order) and captions.txt
  count FILE [--json]                 字数 per field and for the story (as Word counts), and characters
                                      without spaces
  lint FILE... [--json] [--fix] [--style NAME] [--only CHECK,...]
                                      copy checks for stories (files, bulletins, folders) and pages, as
                                      file:line:column rule message; --fix applies the certain fixes
  send FILE|DIR... --to ADDR[,ADDR] --smtp smtp[s]://USER@HOST:PORT [--starttls] [--from ADDR]
       [--subject TEXT] [--encoding …] [--eol …] [--style NAME] [--zip] [--ca CERT.pem]
                                      the page and its photos mailed now (password in
                                      BULLETIN_SMTP_PASSWORD); exit 0 sent, 1 refused, 2 bad input
  send FILE|DIR... --folder DIR       the same into a drop folder (whole files, nothing replaced)
  photo add STORY.bstory PHOTO... [--caption TEXT] [--credit TEXT]
                                      photos (JPEG, PNG, WebP) checked, kept in the library and added
                                      to the story's end; the credit defaults to the byline's photographer
  photo list STORY.bstory [--json]
                                      a story's photos: size, caption and credit, and whether each
                                      file is in the library's photos folder
  serve [--drafts DIR] [--port N] [--lang zh-CN|en] [--open]
                                      the app for a browser on 127.0.0.1 (Ctrl+C saves and stops)

Stories are .bstory files and bulletins .bbulletin (older .story.json and .bulletin.json are read as well).
Pages may be UTF-8 or GB18030; parse and import also read Word files (.docx, not .doc or .wps). House styles: default, byline-in-dateline, byline-at-end,
legacy-typesetter, or a .json file. Exit status: 0 done, 1 a problem in the content (for lint: errors
remain), 2 usage or unreadable input.
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

/** Each command loads only what it needs, so `bulletin parse` starts fast. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: async () => (await import('./commands/parse')).parseCommand,
  format: async () => (await import('./commands/format')).formatCommand,
  import: async () => (await import('./commands/import')).importCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  count: async () => (await import('./commands/export')).countCommand,
  lint: async () => (await import('./commands/lint')).lintCommand,
  photo: async () => (await import('./commands/photo')).photoCommand,
  send: async () => (await import('./commands/send')).sendCommand,
  serve: async () => (await import('./commands/serve')).serveCommand,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`bulletin: unknown command “${name}”\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`bulletin ${name}: ${e.message.split('\n').join(`\nbulletin ${name}: `)}\n`);
      return e.status;
    }
    io.stderr(`bulletin ${name}: unexpected failure: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}
