// The story list's windowing arithmetic: rows rendered for a scroll position, scrolling a row into view, cursor keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveCursor, scrollToShow, visibleRange } from '../../renderer/src/library/windowing';

describe('visibleRange', () => {
  it('renders the rows in view plus the overscan, never outside the list', () => {
    expect(visibleRange(0, 560, 56, 5000, 6)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(56 * 100, 560, 56, 5000, 6)).toEqual({ start: 94, end: 116 });
    expect(visibleRange(56 * 4995, 560, 56, 5000, 6)).toEqual({ start: 4989, end: 5000 });
    expect(visibleRange(0, 560, 56, 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(0, 560, 56, 3)).toEqual({ start: 0, end: 3 });
  });

  it('copes with a scroll position past the end (the list just got shorter)', () => {
    expect(visibleRange(56 * 1000, 560, 56, 10, 2)).toEqual({ start: 9, end: 10 });
  });

  it('always covers every row that intersects the viewport, and renders few rows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20000 }),
        fc.nat(2_000_000),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 10, max: 100 }),
        (total, scroll, height, row) => {
          const top = Math.min(scroll, Math.max(0, total * row - height));
          const { start, end } = visibleRange(top, height, row, total, 4);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(total);
          expect(start).toBeLessThan(end);
          const firstSeen = Math.floor(top / row);
          const lastSeen = Math.min(total - 1, Math.ceil((top + height) / row) - 1);
          expect(start).toBeLessThanOrEqual(firstSeen);
          expect(end).toBeGreaterThan(lastSeen);
          expect(end - start).toBeLessThanOrEqual(Math.ceil(height / row) + 1 + 8);
        },
      ),
    );
  });
});

describe('scrollToShow', () => {
  it('moves as little as needed to show a row whole', () => {
    expect(scrollToShow(0, 100, 300, 50)).toBe(0);
    expect(scrollToShow(3, 100, 300, 50)).toBe(100);
    expect(scrollToShow(8, 100, 300, 50)).toBe(150);
    expect(scrollToShow(1, 100, 300, 50)).toBe(50);
  });
});

describe('moveCursor', () => {
  it('follows the list keys and stays in the list', () => {
    expect(moveCursor(-1, 'ArrowDown', 10, 5)).toBe(0);
    expect(moveCursor(3, 'ArrowDown', 10, 5)).toBe(4);
    expect(moveCursor(9, 'ArrowDown', 10, 5)).toBe(9);
    expect(moveCursor(0, 'ArrowUp', 10, 5)).toBe(0);
    expect(moveCursor(2, 'PageDown', 10, 5)).toBe(6);
    expect(moveCursor(8, 'PageDown', 10, 5)).toBe(9);
    expect(moveCursor(8, 'PageUp', 10, 5)).toBe(4);
    expect(moveCursor(5, 'Home', 10, 5)).toBe(0);
    expect(moveCursor(5, 'End', 10, 5)).toBe(9);
    expect(moveCursor(5, 'a', 10, 5)).toBeUndefined();
    expect(moveCursor(0, 'ArrowDown', 0, 5)).toBeUndefined();
  });
});
