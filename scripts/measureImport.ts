// `npm run measure:import -- <folder>`: how many fields of labelled pages the importer reads right (the checkout in --repo, else the current folder).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatSummary, summarise, type FormatByline } from './importAccuracy';
import { measureCases, readCases, type PageReader } from './importCases';

const USAGE = `usage: npm run measure:import -- <folder> [--min 0.95] [--repo <checkout>] [--json]

Reads every NAME.txt in <folder> with the importer (parsePage) of <checkout> (default: the current folder)
and compares the stories with NAME.json. Prints per field how many are right, the share of all fields, body
blocks, pages split into more or fewer stories than they have, and each wrong field. Exits 0, or with
--min 1 when the share of fields right is below it or a page is split into more stories than it has.`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { min: { type: 'string' }, repo: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
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
  const min = values.min === undefined ? undefined : Number(values.min);
  if (min !== undefined && !(min >= 0 && min <= 1)) {
    console.error(`--min takes a share between 0 and 1 (0.95 for 95%), not “${values.min}”`);
    return 2;
  }
  const repo = path.resolve(values.repo ?? process.cwd());
  const parser = path.join(repo, 'shared/parse/parsePage.ts');
  const byline = path.join(repo, 'shared/byline.ts');
  if (!existsSync(parser) || !existsSync(byline)) {
    console.error(`${repo} is not a Bulletin Desk checkout: no shared/parse/parsePage.ts there (give one with --repo)`);
    return 2;
  }
  if (!existsSync(folder)) {
    console.error(`no folder ${folder}`);
    return 2;
  }
  const { parsePage } = (await import(pathToFileURL(parser).href)) as { parsePage: PageReader };
  const { formatByline } = (await import(pathToFileURL(byline).href)) as { formatByline: FormatByline };
  const { cases, problems } = readCases(folder);
  for (const p of problems) console.error(`skipped ${p}`);
  const results = measureCases(cases, parsePage, formatByline);
  const summary = summarise(results);
  if (values.json) console.log(JSON.stringify({ repo, folder: path.resolve(folder), summary, results }, null, 2));
  else console.log(`importer: ${parser}\n${formatSummary(summary, results)}`);
  if (min !== undefined && (summary.share < min || summary.overSplit.length > 0)) {
    console.error(
      `\nbelow the mark: ${(summary.share * 100).toFixed(1)}% of fields right (--min ${min}), ${summary.overSplit.length} page(s) over-split`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
