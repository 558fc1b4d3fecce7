// `npm run bench`: measures what a reporter feels; prints a table and writes bench/results.json. Never part of npm test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { exportStories } from '../../shared/layout/export';
import { parsePage } from '../../shared/parse/parsePage';
import { makePage, makeStories } from './corpus';

type Metrics = Record<string, { value: number; unit: string }>;

/** Median of `runs` timings after `warmup` untimed runs. */
function time(fn: () => void, runs = 9, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)] as number;
}

const metrics: Metrics = {};
const page = makePage(1024 * 1024);
metrics['parse.1mb_ms'] = { value: time(() => parsePage(page)), unit: 'ms' };
const stories200 = makeStories(200);
metrics['export.bulletin200_ms'] = { value: time(() => exportStories(stories200), 21), unit: 'ms' };

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ metrics }, null, 2)}\n`);
for (const [name, m] of Object.entries(metrics)) console.log(`${name.padEnd(28)}${m.value.toFixed(1).padStart(10)} ${m.unit}`);
console.log(`(page: ${(Buffer.byteLength(page) / 1024).toFixed(0)} KiB, ${parsePage(page).stories.length} stories)`);
