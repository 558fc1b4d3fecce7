// The page as it came: numbered source lines, the selected story's lines highlighted, text placed in no story marked.
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/index';

interface Props {
  source: readonly string[];
  highlighted: readonly number[];
  unplaced: readonly number[];
}

export function SourceLines({ source, highlighted, unplaced }: Props) {
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  const lit = new Set(highlighted);
  const loose = new Set(unplaced);
  const first = highlighted[0];

  // the selected story's first line comes into view (within the list only)
  useEffect(() => {
    const list = listRef.current;
    const line = first === undefined ? null : list?.querySelector<HTMLElement>(`[data-line="${first}"]`);
    if (!list || !line) return;
    const top = line.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - line.offsetHeight) list.scrollTop = Math.max(0, top - 16);
  }, [first]);

  return (
    <section className="ir-source" aria-label={t('importReview.source')}>
      <h3>{t('importReview.source')}</h3>
      <ol ref={listRef} aria-label={t('importReview.source')} tabIndex={0}>
        {source.map((text, i) => {
          const no = i + 1;
          const classes = [lit.has(no) ? 'is-lit' : '', loose.has(no) ? 'is-unplaced' : ''].filter(Boolean).join(' ');
          return (
            <li key={no} data-line={no} className={classes || undefined} aria-current={lit.has(no) ? 'true' : undefined}>
              <span className="ir-no" aria-hidden="true">
                {no}
              </span>
              <span className="ir-src">{text}</span>
              {loose.has(no) && <span className="ir-tag">{t('importReview.unplaced')}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
