// The page as it came: numbered source lines, the selected story's lines highlighted, text placed in no story marked; a long page windowed.
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/index';
import { useRowWindow } from './useRowWindow';

interface Props {
  source: readonly string[];
  highlighted: readonly number[];
  unplaced: readonly number[];
}

/** A source line's usual height in pixels, before it is measured. */
const LINE_ESTIMATE = 26;

export function SourceLines({ source, highlighted, unplaced }: Props) {
  const t = useT();
  const rows = useRowWindow(source.length, LINE_ESTIMATE);
  const lit = useMemo(() => new Set(highlighted), [highlighted]);
  const loose = useMemo(() => new Set(unplaced), [unplaced]);
  const first = highlighted[0];
  // (a ref: `show` changes as lines are measured, and the reporter's own scrolling must not be undone then)
  const show = useRef(rows.show);
  show.current = rows.show;

  // the selected story's first line comes into view (within the list only), when another story is chosen
  useEffect(() => {
    if (first !== undefined) show.current(first - 1);
  }, [first]);

  return (
    <section className="ir-source" aria-label={t('importReview.source')}>
      <h3>{t('importReview.source')}</h3>
      <ol ref={rows.scrollerRef} onScroll={rows.onScroll} aria-label={t('importReview.source')} tabIndex={0}>
        {rows.before > 0 && <li className="ir-spacer" aria-hidden="true" style={{ height: rows.before }} />}
        {source.slice(rows.start, rows.end).map((text, k) => {
          const no = rows.start + k + 1;
          const classes = [lit.has(no) ? 'is-lit' : '', loose.has(no) ? 'is-unplaced' : ''].filter(Boolean).join(' ');
          return (
            <li
              key={no}
              ref={rows.whole ? undefined : rows.measure(no - 1)}
              data-line={no}
              className={classes || undefined}
              aria-current={lit.has(no) ? 'true' : undefined}
            >
              <span className="ir-no" aria-hidden="true">
                {no}
              </span>
              <span className="ir-src">{text}</span>
              {loose.has(no) && <span className="ir-tag">{t('importReview.unplaced')}</span>}
            </li>
          );
        })}
        {rows.after > 0 && <li className="ir-spacer" aria-hidden="true" style={{ height: rows.after }} />}
      </ol>
    </section>
  );
}
