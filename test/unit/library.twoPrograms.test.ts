// Two programs on one library (the app and `bulletin serve`, two laptops on a share): never both succeed on one revision.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveRace } from './helpers/saveRace';
import { callServed, serveProcess, stopServed } from './helpers/serveProcess';

describe('two programs on one library', () => {
  it('20 rounds of the same save at the same moment: one succeeds, the other gets the conflict, the file holds the winner', async () => {
    const figures = await saveRace(20);
    expect(figures).toMatchObject({ rounds: 20, bothSaved: 0, conflicts: 20, wrongFile: 0 });
    expect(figures.stopped.map((s) => s.code)).toEqual([0, 0]);
  }, 120_000);
});

describe('a host on a hostile folder', () => {
  it('starts, lists and stops within 5 s with a FIFO, a link to /dev/zero and a 100 MB file in the library', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hostile-host-'));
    const drafts = path.join(dir, 'drafts');
    mkdirSync(drafts);
    execFileSync('mkfifo', [path.join(drafts, 'x.story.json')]);
    symlinkSync('/dev/zero', path.join(drafts, 'z.story.json'));
    const big = path.join(drafts, 'big.story.json');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024);
    const s = await serveProcess(drafts, path.join(dir, 'user-data'));
    const listing = await callServed(s, 'library.list', {});
    expect(listing.result.value.unreadable.map((u: { file: string; problem: string }) => [u.file, u.problem]).sort()).toEqual([
      ['big.story.json', 'too-large'],
      ['x.story.json', 'special'],
      ['z.story.json', 'link'],
    ]);
    expect((await callServed(s, 'library.search', { query: '任何' })).result).toEqual({ ok: true, value: { ids: [] } });
    const stopped = await stopServed(s, 'SIGTERM');
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(5000);
  }, 60_000);
});
