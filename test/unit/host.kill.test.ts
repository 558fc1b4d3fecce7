// The host killed with SIGKILL during a burst of saves: every story file is whole afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { readStoryFile, type Story } from '../../shared/index';
import { connectHttpClient } from './helpers/hostClient';
import { isStoryFile } from '../../shared/fileNames';

const ROOT = path.resolve(__dirname, '../..');

async function serve(library: string) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/bulletin.mjs'), 'serve', '--drafts', library, '--port', '0'], {
    env: { ...process.env, BULLETIN_DESK_USER_DATA: mkdtempSync(path.join(tmpdir(), 'kill-prefs-')) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bulletin serve exited (${code})`)));
  });
  const url = new URL(/^Bulletin Desk is at (\S+)$/.exec(line)?.[1] ?? '');
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, origin: url.origin, token, exited };
}

describe('the host killed during a burst of saves', () => {
  it('leaves every story file whole, five times over', async () => {
    for (let round = 0; round < 5; round++) {
      const library = mkdtempSync(path.join(tmpdir(), 'kill-library-'));
      const host = await serve(library);
      const client = await connectHttpClient(host.origin, host.token);
      const stories = await Promise.all(
        Array.from({ length: 4 }, (_, i) => client.api.call('story.create', { fields: { headline: `第${i}篇`, notes: '0' } })),
      );
      // each story saved again and again, all at once, until the kill
      const bursts = stories.map(async ({ story, revision }) => {
        let base = revision;
        for (let n = 1; n < 1000; n++) {
          const next: Story = { ...story, notes: String(n), body: [{ type: 'paragraph', text: `第${n}稿。`.repeat(400) }] };
          base = (await client.api.call('story.save', { id: story.id, story: next, baseRevision: base })).revision;
        }
      });
      const settled = Promise.allSettled(bursts); // the saves cut by the kill fail; that is expected
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 300));
      client.close(); // the event stream first: its end is expected, the saves' failures are settled below
      host.child.kill('SIGKILL');
      await host.exited;
      await settled;
      const files = readdirSync(library).filter((f) => isStoryFile(f));
      expect(files).toHaveLength(4);
      for (const f of files) {
        const r = readStoryFile(readFileSync(path.join(library, f), 'utf8'));
        expect(r.ok, `${f} is not whole`).toBe(true);
        if (r.ok && r.value.notes !== '0') expect(r.value.body[0]?.text).toBe(`第${r.value.notes}稿。`.repeat(400));
      }
    }
  }, 60_000);
});
