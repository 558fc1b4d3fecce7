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
    let scroller: HTMLElement | undefined;
    // Everything is read in the observer's reports (after the frame's style and layout, before its paint): the
    // scroller found by its computed style there forces nothing, while the new form's editors are still filling in
    // (found at mount, it cost a style pass of the whole form: 20 ms of a new story's 130).
    const observer = new ResizeObserver(() => {
      if (!scroller) {
        scroller = scrollerOf(el);
        observer.observe(scroller);
      }
      const room = scroller.clientHeight - el.offsetHeight;
      el.style.setProperty('--sticky-top', `${Math.min(GAP, room - GAP)}px`);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return ref;
}
