// Timing helpers for the benchmarks: medians, percentiles, and a metric table.
import { performance } from 'node:perf_hooks';

export type Metric = { value: number; unit: string };
export type Metrics = Record<string, Metric>;

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Median of `runs` timings after `warmup` untimed runs. */
export function time(fn: () => void, runs = 9, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  return median(t);
}

/** Timings of an async task, one after another. */
export async function samplesOf(fn: (i: number) => Promise<unknown>, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    t.push(performance.now() - start);
  }
  return t;
}

export const ms = (value: number): Metric => ({ value: Math.round(value * 100) / 100, unit: 'ms' });
export const ratio = (value: number): Metric => ({ value: Math.round(value * 100) / 100, unit: 'x' });
