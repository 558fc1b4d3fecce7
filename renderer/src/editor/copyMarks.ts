// Marks under the offending text, drawn with the CSS Custom Highlight API: nothing is added to the editors' text or state.
import type { MarkPainter, MarkSpec } from './copyCheck';

interface HighlightRegistry {
  get(name: string): { clear(): void; add(r: AbstractRange): void } | undefined;
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; Highlight: new (...ranges: AbstractRange[]) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (...ranges: AbstractRange[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

/** The text node and offset of a code-unit offset in an element's text. */
function locate(element: HTMLElement, offset: number): { node: Text; offset: number } | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let pos = 0;
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const len = text.data.length;
    if (offset <= pos + len) return { node: text, offset: offset - pos };
    pos += len;
    last = text;
  }
  return last ? { node: last, offset: last.data.length } : null;
}

/** Draws the marks (replacing those drawn before under the same prefix): `::highlight(<prefix>-error)` and `-warning`. */
function paintMarks(prefix: string, specs: readonly MarkSpec[]): void {
  const r = registry();
  if (!r) return;
  const ranges: Record<'error' | 'warning', Range[]> = { error: [], warning: [] };
  for (const s of specs) {
    const a = locate(s.element, s.start);
    const b = locate(s.element, s.end);
    if (!a || !b) continue;
    const range = s.element.ownerDocument.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    ranges[s.severity].push(range);
  }
  for (const severity of ['error', 'warning'] as const) {
    const name = `${prefix}-${severity}`;
    if (ranges[severity].length === 0) r.highlights.delete(name);
    else r.highlights.set(name, new r.Highlight(...ranges[severity]));
  }
}

/** The painter of one form: `::highlight(<prefix>-error)` and `::highlight(<prefix>-warning)` in copyDesk.css. */
export function highlightPainter(prefix: string): MarkPainter {
  return { paint: (specs) => paintMarks(prefix, specs), clear: () => clearMarks(prefix) };
}

function clearMarks(prefix: string): void {
  const r = registry();
  if (!r) return;
  r.highlights.delete(`${prefix}-error`);
  r.highlights.delete(`${prefix}-warning`);
}
