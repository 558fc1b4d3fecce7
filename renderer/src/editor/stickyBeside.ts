// Keeps a sticky side panel in view without a scroll area of its own: a panel taller than the view scrolls with the page until its end shows, then stays.
import { useEffect, useRef, type RefObject } from 'react';

/** The space kept between the panel and the view's edge, in CSS pixels. */
const GAP = 16;

/** The nearest ancestor that scrolls (the editor's pane), or the document's scroller. */
function scrollerOf(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if (y === 'auto' || y === 'scroll') return p;
  }
  return document.scrollingElement as HTMLElement;
}

/**
 * Sets `--sticky-top` on the element: a small gap when it fits in the scroller's view, else the negative offset at which
 * its bottom meets the view's bottom (the CSS gives `top: var(--sticky-top)` where the panel is sticky).
 */
export function useStickyBeside<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const scroller = scrollerOf(el);
    const place = () => {
      const room = scroller.clientHeight - el.offsetHeight;
      el.style.setProperty('--sticky-top', `${Math.min(GAP, room - GAP)}px`);
    };
    // the observer's first report (after the frame's layout, before its paint) places it: no layout forced here,
    // while the new form's editors are still filling in
    const observer = new ResizeObserver(place);
    observer.observe(el);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);
  return ref;
}
