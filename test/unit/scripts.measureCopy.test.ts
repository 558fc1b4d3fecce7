// `npm run measure:copy`: a folder of made-up published stories measured: half-width marks first, the counts, each error finding, --json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { measureCopy, readStoryFolder } from '../../scripts/copyPrecision';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'measure-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// as a web page carries them: half-width marks where the print had full width
writeFileSync(path.join(dir, 'a.txt'), '柳岸街道加装电梯\n\n本报讯(记者 杜望舒)3月12日上午,柳岸街道举行签约仪式.\n');
// GB18030, with one mistake of the published copy: a quotation never closed
writeFileSync(path.join(dir, 'b.txt'), iconv.encode('本报讯 桃坞村农家书屋迎来一批新书,村民说:“真方便。\n', 'gb18030'));
writeFileSync(path.join(dir, 'notes.md'), '不是稿件,不读.');
writeFileSync(path.join(dir, 'c.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));

const measure = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/measureCopy.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('measuring a folder of stories', () => {
  it('makes half-width marks full width first, then counts findings by check and severity, each error with its context', () => {
    const { files, unread } = readStoryFolder(dir);
    expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
    expect(unread).toEqual([expect.stringMatching(/^c\.txt: the file is UTF-16/)]);
    const m = measureCopy(files);
    expect(m.stories).toBe(2);
    expect(m.madeFullWidth).toBe(6);
    expect(m.byCheck).toEqual({ 'unpaired-mark': { error: 1 } });
    expect(m.errors).toEqual([
      expect.objectContaining({
        file: 'b.txt',
        line: 1,
        column: 23,
        rule: 'unpaired-mark',
        found: '“',
        context: '批新书，村民说：[“]真方便。',
      }),
    ]);
    expect(m.characters).toBe([...'柳岸街道加装电梯本报讯（记者杜望舒）3月12日上午，柳岸街道举行签约仪式。'].length + 26);
  });
});

describe('measure:copy', () => {
  it('prints the stories, characters, findings per check and every error finding, and exits 0', () => {
    const run = measure(dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('stories: 2');
    expect(run.stdout).toContain('half-width marks made full width first: 6');
    expect(run.stdout).toContain('  unpaired-mark: 1 / 0');
    expect(run.stdout).toContain('  b.txt:1:23 unpaired-mark 批新书，村民说：[“]真方便。');
    expect(run.stdout).toContain('c.txt: the file is UTF-16');
  });

  it('gives the same measure as JSON with --json', () => {
    const run = measure(dir, '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { stories: number; errors: unknown[]; byCheck: unknown };
    expect(json.stories).toBe(2);
    expect(json.errors).toHaveLength(1);
    expect(json.byCheck).toEqual({ 'unpaired-mark': { error: 1 } });
  });

  it('refuses a folder that is not there', () => {
    const run = measure(path.join(dir, 'nowhere'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no folder');
  });
});
