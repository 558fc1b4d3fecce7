// `bulletin lint --only` with the GB/T 15834 form checks: the range mark found and fixed to the house style's mark, the rest left alone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cliRun';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-lint-punct-'));
});

const run = (...argv: string[]) => runCli(dir, argv);

const PAGE = '本报讯 预计5-8月完工，他沉默了…然后说，约翰.史密斯也来了。\n';

describe('bulletin lint --only range-mark', () => {
  it('lists only the range, at its line and column, with the clause cited', async () => {
    writeFileSync(path.join(dir, 'page.txt'), PAGE);
    const r = await run('lint', 'page.txt', '--only', 'range-mark');
    expect(r.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^page\.txt:1:8 range-mark .*5-8.*GB\/T 15834—2011 4\.13/)]);
    // a warning: the page still passes
    expect(r.status).toBe(0);
  });

  it('--fix makes the range the house style’s mark and leaves the ellipsis and the interpunct as they are', async () => {
    writeFileSync(path.join(dir, 'page.txt'), PAGE);
    await run('lint', 'page.txt', '--only', 'range-mark', '--fix');
    expect(readFileSync(path.join(dir, 'page.txt'), 'utf8')).toBe('本报讯 预计5～8月完工，他沉默了…然后说，约翰.史密斯也来了。\n');
    writeFileSync(path.join(dir, 'page.txt'), PAGE);
    writeFileSync(path.join(dir, 'dash.json'), JSON.stringify({ name: 'dash', rangeMark: '—' }));
    await run('lint', 'page.txt', '--only', 'range-mark', '--style', 'dash.json', '--fix');
    expect(readFileSync(path.join(dir, 'page.txt'), 'utf8')).toBe('本报讯 预计5—8月完工，他沉默了…然后说，约翰.史密斯也来了。\n');
  });

  it('every form check at once: each found under its own id', async () => {
    writeFileSync(path.join(dir, 'page.txt'), PAGE);
    const r = await run('lint', 'page.txt', '--only', 'range-mark,ellipsis-form,interpunct', '--json');
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['range-mark', 'ellipsis-form', 'interpunct']);
    expect(r.status).toBe(1);
  });
});
