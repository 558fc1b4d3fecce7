// A windowed column for the import review: past `threshold` rows only those near the viewport are rendered, each measured as it shows.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { offsetsOf, rangeIn, scrollToShowRow } from './rowWindow';

export interface RowWindow {
  /** Every row is rendered (a page of a few stories): no spacers, no measuring. */
  whole: boolean;
  start: number;
  end: number;
  /** Heights of the space that stands for the rows before `start` and after `end`. */
  before: number;
  after: number;
  /** On the scrolling element. */
  scrollerRef(el: HTMLElement | null): void;
  onScroll(): void;
  /** On each rendered row: its height is measured while it shows. */
  measure(index: number): (el: HTMLElement | null) => void;
  /** Scrolls the column so that row `index` shows (rendering it). */
  show(index: number): void;
}

/** Rows past this many are windowed; fewer are all rendered (a page of a few stories stays as it was). */
const THRESHOLD = 150;
/** Pixels rendered beyond the viewport on either side. */
const OVERSCAN = 900;

export function useRowWindow(count: number, estimate: number): RowWindow {
  const whole = count <= THRESHOLD;
  const scroller = useRef<HTMLElement | null>(null);
  const heights = useRef<number[]>([]);
  const [view, setView] = useState({ top: 0, height: 0 });
  /** The heights learnt so far (a copy taken a frame after a row's height changed), and their mean. */
  const [measured, setMeasured] = useState<{ heights: readonly number[]; mean: number | undefined }>({ heights: [], mean: undefined });
  const pending = useRef(false);
  const observer = useRef<ResizeObserver | null>(null);
  const rowOf = useRef(new WeakMap<Element, number>());

  /** The rows measured so far: their mean height stands for the rows not measured yet. */
  const seen = useRef({ sum: 0, rows: 0 });

  // (after a merge or a split the rows below it shift by one: their heights, measured again as they show, are near enough)

  const learn = useCallback(() => {
    if (pending.current) return;
    pending.current = true;
    requestAnimationFrame(() => {
      pending.current = false;
      const { sum, rows } = seen.current;
      setMeasured({ heights: heights.current.slice(), mean: rows > 0 ? sum / rows : undefined });
    });
  }, []);

  useLayoutEffect(() => {
    if (whole) return undefined;
    const o = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const index = rowOf.current.get(entry.target);
        if (index === undefined || !entry.target.isConnected) continue;
        const style = getComputedStyle(entry.target);
        const h = (entry.target as HTMLElement).offsetHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
        const before = heights.current[index] ?? 0;
        if (h > 0 && Math.abs(before - h) > 0.5) {
          heights.current[index] = h;
          seen.current.sum += h - before;
          if (before === 0) seen.current.rows++;
          changed = true;
        }
      }
      if (changed) learn();
    });
    observer.current = o;
    return () => {
      o.disconnect();
      observer.current = null;
    };
  }, [whole, learn]);

  const read = useCallback(() => {
    const el = scroller.current;
    if (el) setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
  }, []);

  const scrollerRef = useCallback(
    (el: HTMLElement | null) => {
      scroller.current = el;
      if (el) read();
    },
    [read],
  );

  useLayoutEffect(() => {
    const el = scroller.current;
    if (whole || !el) return undefined;
    const o = new ResizeObserver(read);
    o.observe(el);
    return () => o.disconnect();
  }, [whole, read]);

  const offsets = useMemo(
    () => offsetsOf(measured.heights, whole ? 0 : count, measured.mean ?? estimate),
    [measured, count, estimate, whole],
  );
  const range = whole ? { start: 0, end: count } : rangeIn(offsets, view.top, view.height || 800, OVERSCAN);

  const measure = useCallback(
    (index: number) => (el: HTMLElement | null) => {
      if (!el || !observer.current) return;
      rowOf.current.set(el, index);
      observer.current.observe(el);
    },
    [],
  );

  const show = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el) return;
      if (whole) {
        // every row rendered, in order: the row itself is measured where it stands
        const row = el.children[index];
        if (!(row instanceof HTMLElement)) return;
        const at = row.offsetTop - el.offsetTop;
        if (at < el.scrollTop || at > el.scrollTop + el.clientHeight - row.offsetHeight) el.scrollTop = Math.max(0, at - 16);
        return;
      }
      const top = scrollToShowRow(offsets, index, el.scrollTop, el.clientHeight);
      if (top !== el.scrollTop) {
        el.scrollTop = top;
        read();
      }
    },
    [whole, offsets, read],
  );

  return {
    whole,
    start: range.start,
    end: range.end,
    before: whole ? 0 : (offsets[range.start] ?? 0),
    after: whole ? 0 : (offsets[count] ?? 0) - (offsets[range.end] ?? 0),
    scrollerRef,
    onScroll: read,
    measure,
    show,
  };
}
