// `bulletin lint --only` with a GB/T 15835 number check: only that check's findings, and --fix makes a percentage range whole.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cliRun';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-lint-numbers-'));
});

const run = (...argv: string[]) => runCli(dir, argv);

// a half-width comma, a percentage range without its first %, a mixed number and a two-digit year
const PAGE = '举办社区消防安全开放日\n\n本报讯 26年6月,全县旅游收入增长20～30%，接待游客3千5百人次。\n\n记者 李明\n';

describe('bulletin lint with the number checks', () => {
  it('--only percent-range lists that check alone, and --fix mends only the range', async () => {
    writeFileSync(path.join(dir, 'page.txt'), PAGE);
    const listed = await run('lint', 'page.txt', '--only', 'percent-range');
    expect(listed.status).toBe(1);
    expect(listed.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^page\.txt:3:19 percent-range “20～30%”: each number of a percentage range keeps its % sign \(GB\/T 15835—2011 5\.1\.3\), “20%～30%”/,
      ),
    ]);
    const fixed = await run('lint', 'page.txt', '--fix', '--only', 'percent-range');
    expect(fixed.status).toBe(0);
    expect(readFileSync(path.join(dir, 'page.txt'), 'utf8')).toBe(PAGE.replace('20～30%', '20%～30%'));
  });

  it('--json names every number finding with its severity and its certain fix', async () => {
    writeFileSync(path.join(dir, 'page.txt'), PAGE);
    const { findings } = JSON.parse((await run('lint', 'page.txt', '--json', '--only', 'mixed-numerals,two-digit-year')).stdout);
    expect(findings.map((f: { rule: string; severity: string; fix?: string }) => [f.rule, f.severity, f.fix])).toEqual([
      ['two-digit-year', 'warning', null],
      ['mixed-numerals', 'error', '3500'],
    ]);
  });
});
