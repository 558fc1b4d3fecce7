// `npm run measure:copy -- <folder>`: the copy desk's findings on a folder of published stories (precision: error findings there are false alarms).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatMeasure, measureCopy, readStoryFolder } from './copyPrecision';

const USAGE = `usage: npm run measure:copy -- <folder> [--json]

Reads every .txt in <folder> (UTF-8 or GB18030, one story a file), makes its half-width punctuation full width
(web pages carry half-width marks where the print had full width) and runs every copy-desk check under the
default house style. Prints the stories, the characters, the findings per check and severity, and every
error-severity finding with a few characters either side and its file. Exits 0 whatever it finds (it
measures); 2 on a wrong command line.`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const folder = positionals[0];
  if (!folder || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(`no folder ${folder}: give a folder of .txt stories`);
    return 2;
  }
  const { files, unread } = readStoryFolder(folder);
  const measure = { ...measureCopy(files), unread };
  if (values.json) console.log(JSON.stringify({ folder: path.resolve(folder), ...measure }, null, 2));
  else console.log(formatMeasure(measure));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
