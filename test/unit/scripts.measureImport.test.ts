// `npm run measure:import`: a folder of labelled pages read with a checkout's importer; what is printed, the exit code, bad folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCases } from '../../scripts/importCases';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'measure-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
write('good.txt', '柳岸街道\n\n老旧小区加装电梯签约仪式举行\n\n本报讯 3月12日上午，柳岸街道举行签约仪式。\n\n记者 杜望舒\n');
write(
  'good.json',
  JSON.stringify({
    layouts: ['ordinary'],
    stories: [
      {
        kicker: '柳岸街道',
        headline: '老旧小区加装电梯签约仪式举行',
        dateline: '本报讯',
        byline: '记者 杜望舒',
        bylinePosition: 'end',
        body: ['3月12日上午，柳岸街道举行签约仪式。'],
      },
    ],
  }),
);
write('wrong.txt', '桃坞村农家书屋添新书\n\n本报讯 11月12日，桃坞村农家书屋迎来一批新书。\n');
write(
  'wrong.json',
  JSON.stringify({
    stories: [{ kicker: '桃坞村', headline: '农家书屋添新书', dateline: '本报讯', body: ['11月12日，桃坞村农家书屋迎来一批新书。'] }],
  }),
);
write('unlabelled.txt', '一页没有标注的稿子\n');
write('broken.txt', '标题\n');
write('broken.json', '{ "stories": [ ');
write('orphan.json', '{}');

const measure = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/measureImport.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('reading a folder of cases', () => {
  it('pairs each page with its labels and names every case it cannot measure, and why', () => {
    const { cases, problems } = readCases(dir);
    expect(cases.map((c) => c.name)).toEqual(['good', 'wrong']);
    expect(problems).toEqual([
      expect.stringMatching(/^broken: broken\.json is not JSON/),
      'unlabelled: no unlabelled.json beside unlabelled.txt',
      expect.stringMatching(/^orphan: orphan\.json has no page beside it/),
    ]);
  });
});

describe('measure:import', () => {
  it('prints per field, the share, the splits and each wrong field, and exits 0', () => {
    const run = measure(dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`importer: ${path.join(root, 'shared/parse/parsePage.ts')}`);
    expect(run.stdout).toContain('Import field accuracy over 2 page(s)');
    expect(run.stdout).toMatch(/all fields\s+\d+ \/ 13/);
    expect(run.stdout).toContain('Pages split into more stories than they have: 0');
    expect(run.stdout).toContain('wrong kicker: "桃坞村" → ""');
    expect(run.stderr).toContain('skipped unlabelled: no unlabelled.json beside unlabelled.txt');
  });

  it('exits 1 with --min when the share is below it, and says by how much', () => {
    const run = measure(dir, '--min', '1');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/below the mark: \d+\.\d% of fields right \(--min 1\), 0 page\(s\) over-split/);
  });

  it('reads with the importer of the checkout given by --repo, and refuses a folder that is not one', () => {
    expect(measure(dir, '--repo', root).status).toBe(0);
    const run = measure(dir, '--repo', dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a Bulletin Desk checkout');
  });

  it('refuses a share that is not between 0 and 1, and a missing folder', () => {
    expect(measure(dir, '--min', '95').stderr).toContain('--min takes a share between 0 and 1');
    expect(measure(path.join(dir, 'nowhere')).status).toBe(2);
  });
});
