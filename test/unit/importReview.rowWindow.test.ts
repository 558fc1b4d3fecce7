// The arithmetic of the import review's windowed columns (renderer/src/importReview/rowWindow.ts): rows of different heights.
import { describe, expect, it } from 'vitest';
import { offsetsOf, rangeIn, rowAt, scrollToShowRow } from '../../renderer/src/importReview/rowWindow';

describe('offsetsOf', () => {
  it('adds measured heights and the estimate for rows not measured (holes, zeros, rows past the array)', () => {
    const heights: number[] = [];
    heights[1] = 300;
    heights[2] = 0;
    expect([...offsetsOf(heights, 5, 100)]).toEqual([0, 100, 400, 500, 600, 700]);
    expect([...offsetsOf([], 0, 100)]).toEqual([0]);
  });
});

describe('rowAt and rangeIn', () => {
  const offsets = offsetsOf([50, 500, 50, 50], 1312, 100); // rows 0–3 measured, the rest 100 px

  it('finds the row that holds a position, the last one past the end', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 49)).toBe(0);
    expect(rowAt(offsets, 50)).toBe(1);
    expect(rowAt(offsets, 549)).toBe(1);
    expect(rowAt(offsets, 650)).toBe(4);
    expect(rowAt(offsets, 1e9)).toBe(1311);
  });

  it('renders the rows in the viewport and the overscan either side, within the column', () => {
    expect(rangeIn(offsets, 0, 400, 0)).toEqual({ start: 0, end: 2 });
    expect(rangeIn(offsets, 650, 300, 100)).toEqual({ start: 2, end: 9 }); // 550 to 1,050 px: rows 2 to 8
    const end = offsets[1312] as number;
    expect(rangeIn(offsets, end - 300, 300, 0)).toEqual({ start: 1309, end: 1312 });
    expect(rangeIn(offsetsOf([], 0, 100), 0, 300, 100)).toEqual({ start: 0, end: 0 });
    // one whole row more either side: the next card is there for Tab even when one card fills the viewport
    const tall = offsetsOf([], 10, 2000);
    expect(rangeIn(tall, 4500, 500, 100)).toEqual({ start: 2, end: 3 });
    expect(rangeIn(tall, 4500, 500, 100, 1)).toEqual({ start: 1, end: 4 });
    expect(rangeIn(tall, 0, 500, 100, 1)).toEqual({ start: 0, end: 2 });
  });

  it('never renders more than the viewport and overscan hold, however long the column', () => {
    const many = offsetsOf([], 20_000, 26);
    const { start, end } = rangeIn(many, 260_000, 520, 900);
    expect(end - start).toBeLessThanOrEqual(Math.ceil((520 + 1800) / 26) + 2);
  });
});

describe('scrollToShowRow', () => {
  const offsets = offsetsOf([], 100, 50);
  it('moves as little as possible: up to a row above, down to a row below, not for a row in view', () => {
    expect(scrollToShowRow(offsets, 2, 500, 200)).toBe(100);
    expect(scrollToShowRow(offsets, 20, 500, 200)).toBe(850);
    expect(scrollToShowRow(offsets, 11, 500, 200)).toBe(500);
  });
  it('shows the top of a row taller than the viewport', () => {
    const tall = offsetsOf([50, 1000], 3, 50);
    expect(scrollToShowRow(tall, 1, 0, 200)).toBe(50);
  });
});
