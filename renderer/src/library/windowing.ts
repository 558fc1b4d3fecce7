// The arithmetic of a windowed list: which rows to render for a scroll position, and where to scroll to show a row.
export interface RowRange {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** Rows that intersect the viewport, plus `overscan` rows either side, within [0, total). */
export function visibleRange(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan = 6): RowRange {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  const start = Math.max(0, Math.min(total - 1, first - overscan));
  const end = Math.min(total, Math.max(start + 1, last + overscan));
  return { start, end };
}

/** The scroll position that shows row `index` whole, moving as little as possible. */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}

/** Where a key moves the list's cursor (undefined: the key is not the list's). */
export function moveCursor(cursor: number, key: string, total: number, pageRows: number): number | undefined {
  if (total === 0) return undefined;
  const page = Math.max(1, pageRows - 1);
  const at = Math.min(Math.max(cursor, 0), total - 1);
  switch (key) {
    case 'ArrowDown':
      return cursor < 0 ? 0 : Math.min(total - 1, at + 1);
    case 'ArrowUp':
      return cursor < 0 ? 0 : Math.max(0, at - 1);
    case 'PageDown':
      return Math.min(total - 1, at + page);
    case 'PageUp':
      return Math.max(0, at - page);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return undefined;
  }
}
