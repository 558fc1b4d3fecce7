// `bulletin lint --only` with the word checks: a misused word in a page is found by its id and fixed; a house style's pair and never-use word from --style.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cliRun';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-lint-words-'));
});

const run = (...argv: string[]) => runCli(dir, argv);

const PAGE = '举办社区消防安全开放日\n\n本报讯 5月8日上午，新购置的消防设备已按装到位,居民们再接再励。\n';

describe('bulletin lint --only misused-word', () => {
  it('finds only the misused words, by their id, and --fix writes the right forms', async () => {
    writeFileSync(path.join(dir, 'page.txt'), PAGE);
    const r = await run('lint', 'page.txt', '--only', 'misused-word', '--json');
    const { findings } = JSON.parse(r.stdout);
    expect(findings.map((f: { rule: string; line: number; fix: string }) => [f.rule, f.line, f.fix])).toEqual([
      ['misused-word', 3, '安装'],
      ['misused-word', 3, '再接再厉'],
    ]);
    expect(r.status).toBe(1);
    await run('lint', 'page.txt', '--only', 'misused-word', '--fix');
    expect(readFileSync(path.join(dir, 'page.txt'), 'utf8')).toBe(PAGE.replace('按装', '安装').replace('再接再励', '再接再厉'));
  });

  it('a house style from --style brings its word pairs and never-use words, each naming the style', async () => {
    writeFileSync(path.join(dir, 'page.txt'), '二七区政府召开会议，部署史上最强的整治行动。\n');
    writeFileSync(
      path.join(dir, 'style.json'),
      JSON.stringify({ name: '南湖日报', wordPairs: { 二七区政府: '二七区人民政府' }, neverUse: { 史上最强: '夸大其词' } }),
    );
    const r = await run('lint', 'page.txt', '--style', 'style.json', '--only', 'house-word,never-use', '--json');
    const { findings } = JSON.parse(r.stdout);
    expect(findings.map((f: { rule: string; column: number; message: string; fix: string | null }) => [f.rule, f.column, f.fix])).toEqual([
      ['house-word', 1, '二七区人民政府'],
      ['never-use', 13, null],
    ]);
    expect(findings[1].message).toContain('南湖日报');
  });
});
