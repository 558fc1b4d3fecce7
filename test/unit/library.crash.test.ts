// Crash safety: a process saving a story in a loop is killed with SIGKILL at random moments, 200 times;
// every time the file parses and is one of the versions saved, never empty, never a mix.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { newStory, readStoryFile, serializeStory } from '../../shared/index';

const KILLS = 200;
let child: string;

beforeAll(async () => {
  // bundled once, so that each of the 200 children starts as plain Node
  // inside the project, so the bundle finds its dependencies in node_modules
  const outDir = path.resolve(__dirname, '../../node_modules/.cache/save-loop');
  await build({
    logLevel: 'silent',
    configFile: false,
    build: {
      emptyOutDir: true,
      ssr: path.resolve(__dirname, 'helpers/saveLoop.ts'),
      outDir,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'saveLoop.mjs' } },
    },
  });
  child = path.join(outDir, 'saveLoop.mjs');
}, 60_000);

function runAndKill(folder: string, id: string, afterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, folder, id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let saves = 0;
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => {
      saves += d.toString().split('\n').filter(Boolean).length;
    });
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let started = false;
    proc.stdout.once('data', () => {
      started = true;
      setTimeout(() => proc.kill('SIGKILL'), afterMs);
    });
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && !started) reject(new Error(`the saving process ended by itself (${code}): ${stderr}`));
      else resolve(saves);
    });
  });
}

describe('crash safety', () => {
  it(`leaves a whole story after ${KILLS} kills in the middle of saving`, async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'crash-'));
    const story = newStory({ headline: '断电也不丢稿', notes: '0', body: [{ type: 'paragraph', text: '初稿。' }] }, { id: 'crash-1' });
    const file = path.join(folder, 'crash.story.json');
    writeFileSync(file, serializeStory(story));
    let total = 0;
    for (let i = 0; i < KILLS; i++) {
      total += await runAndKill(folder, story.id, Math.floor(Math.random() * 25));
      const text = readFileSync(file, 'utf8');
      const r = readStoryFile(text);
      expect(r.ok, `after kill ${i + 1} the file does not parse: ${text.slice(0, 80)}`).toBe(true);
      if (!r.ok) return;
      const n = Number(r.value.notes);
      if (n > 0) {
        // exactly version n, every paragraph of it: never a mix of two versions
        expect(r.value.body).toHaveLength(40);
        for (const b of r.value.body) expect(b.text.startsWith(`第${n}版`)).toBe(true);
      }
      expect(readdirSync(folder).filter((f) => f.endsWith('.story.json'))).toEqual(['crash.story.json']);
    }
    expect(total).toBeGreaterThan(KILLS);
  }, 240_000);
});
