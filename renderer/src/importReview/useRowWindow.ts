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
  measure(index: number): (el: HTMLElement | null) => (() => void) | undefined;
  /** Scrolls the column so that row `index` shows (rendering it). */
  show(index: number): void;
}

/** Rows past this many are windowed; fewer are all rendered (a page of a few stories stays as it was). */
const THRESHOLD = 150;
/** Pixels rendered beyond the viewport on either side (and one whole row more: the keyboard's next stop). */
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

  /** The rows measured so far: the mean height of the first ones stands for the rows not measured yet. */
  const seen = useRef({ sum: 0, rows: 0 });

  // (after a merge or a split the rows below it shift by one: their heights, measured again as they show, are near enough)

  const learn = useCallback(() => {
    if (pending.current) return;
    pending.current = true;
    requestAnimationFrame(() => {
      pending.current = false;
      const { sum, rows } = seen.current;
      // the mean of the first rows measured stands for the rest from then on: a mean that kept moving would move
      // every row below the ones measured, and the window with them, at each scroll
      setMeasured((m) => ({ heights: heights.current.slice(), mean: m.mean ?? (rows > 0 ? sum / rows : undefined) }));
    });
  }, []);

  /** The observer of the rows' heights, made when the first row is rendered (rows' refs run before the hooks' effects). */
  const observing = useCallback(() => {
    observer.current ??= new ResizeObserver((entries) => {
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
    return observer.current;
  }, [learn]);

  useLayoutEffect(
    () => () => {
      observer.current?.disconnect();
      observer.current = null;
    },
    [],
  );

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
  const range = whole ? { start: 0, end: count } : rangeIn(offsets, view.top, view.height || 800, OVERSCAN, 1);

  const measure = useCallback(
    (index: number) => (el: HTMLElement | null) => {
      if (!el) return undefined;
      rowOf.current.set(el, index);
      const o = observing();
      o.observe(el);
      return () => o.unobserve(el); // (React 19: a ref's cleanup, when the row leaves the window)
    },
    [observing],
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
