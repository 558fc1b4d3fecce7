// The arithmetic of a windowed column whose rows differ in height (story cards, wrapped source lines): measured rows keep their height, the others an estimate.
import type { RowRange } from '../library/windowing';

/** Where each row starts: `offsets[i]` is the top of row i, `offsets[n]` the column's whole height. */
export function offsetsOf(heights: ArrayLike<number>, count: number, estimate: number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) {
    const h = i < heights.length ? (heights[i] as number) : 0;
    offsets[i + 1] = (offsets[i] as number) + (h > 0 ? h : estimate);
  }
  return offsets;
}

/** The row that holds the vertical position `y` (the last row for a position past the end). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((offsets[mid] as number) <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Rows that intersect the viewport, `overscan` pixels more either side, and `extraRows` whole rows beyond those
 * (so that Tab always has a next row to go to, however tall the rows); at least one row when there is one.
 */
export function rangeIn(offsets: Float64Array, scrollTop: number, viewportHeight: number, overscan: number, extraRows = 0): RowRange {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, scrollTop - overscan));
  const last = rowAt(offsets, Math.max(0, scrollTop + Math.max(0, viewportHeight) + overscan));
  const start = Math.max(0, first - extraRows);
  return { start, end: Math.min(count, Math.max(start + 1, last + 1 + extraRows)) };
}

/** The scroll position that shows row `index` (its top, or its bottom when it lies below), moving as little as possible. */
export function scrollToShowRow(offsets: Float64Array, index: number, scrollTop: number, viewportHeight: number): number {
  const top = offsets[index] ?? 0;
  const bottom = offsets[index + 1] ?? top;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, Math.min(top, bottom - viewportHeight));
  return scrollTop;
}
