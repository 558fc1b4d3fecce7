// The library's stories as a windowed listbox: only the rows in view are rendered; arrows, Page keys, Home/End, Enter.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactElement, type Ref } from 'react';
import type { StorySummary } from '../../../shared/api';
import { counted, useLanguage, useT } from '../i18n/index';
import { formatUpdated } from '../i18n/dates';
import { moveCursor, scrollToShow, visibleRange } from './windowing';

/** Every row has this height (CSS gives the row's content the same). */
const ROW_HEIGHT = 60;

interface Props {
  stories: readonly StorySummary[];
  openId: string | undefined;
  unsaved: ReadonlySet<string>;
  /** Stories with a sync tool's conflict copy waiting to be resolved. */
  conflicted?: ReadonlySet<string>;
  onOpen(id: string): void;
  listRef?: Ref<HTMLDivElement>;
}

const rowId = (id: string) => `story-row-${id}`;

export function StoryList({ stories, openId, unsaved, conflicted, onOpen, listRef }: Props) {
  const t = useT();
  const language = useLanguage();
  const viewport = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // the window's height until the list's own is reported: enough rows for the first frame, read without a layout
  const [height, setHeight] = useState(() => window.innerHeight);
  const [cursorId, setCursorId] = useState<string | undefined>(undefined);
  const now = new Date();

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    // read in the observer's reports (after the frame's layout, before its paint), never at mount: a read here
    // forced the desk's first style and layout inside React's commit, and a second render before the first paint
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // the cursor follows the story opened by other means (new story, keep both)
  useEffect(() => {
    if (openId !== undefined) setCursorId(openId);
  }, [openId]);

  const cursor = cursorId === undefined ? -1 : stories.findIndex((s) => s.id === cursorId);
  const { start, end } = visibleRange(scrollTop, height, ROW_HEIGHT, stories.length);

  const showRow = (index: number) => {
    const el = viewport.current;
    if (!el) return;
    const top = scrollToShow(index, el.scrollTop, el.clientHeight, ROW_HEIGHT);
    if (top !== el.scrollTop) {
      el.scrollTop = top;
      setScrollTop(top);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if ((e.key === 'Enter' || e.key === ' ') && cursor >= 0) {
      e.preventDefault();
      onOpen((stories[cursor] as StorySummary).id);
      return;
    }
    const next = moveCursor(cursor, e.key, stories.length, Math.floor(height / ROW_HEIGHT));
    if (next === undefined) return;
    e.preventDefault();
    setCursorId(stories[next]?.id);
    showRow(next);
  };

  const onFocus = () => {
    if (cursor < 0 && stories.length > 0) {
      const index = Math.max(
        0,
        stories.findIndex((s) => s.id === openId),
      );
      setCursorId(stories[index]?.id);
      showRow(index);
    }
  };

  const rows: ReactElement[] = [];
  for (let i = start; i < end; i++) {
    const s = stories[i] as StorySummary;
    const classes = ['story-row', s.id === openId ? 'is-open' : '', i === cursor ? 'is-cursor' : ''].filter(Boolean).join(' ');
    rows.push(
      // the listbox keeps the focus and names the current row with aria-activedescendant (its arrow keys and Enter
      // open a story); a row is clicked, never focused
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
      <div
        key={s.id}
        id={rowId(s.id)}
        role="option"
        aria-selected={s.id === openId}
        aria-setsize={stories.length}
        aria-posinset={i + 1}
        className={classes}
        style={{ transform: `translateY(${i * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
        onClick={() => {
          setCursorId(s.id);
          onOpen(s.id);
        }}
      >
        {/* the spaces between the parts keep them apart in the row's accessible name */}
        <span className="story-row-title">
          {s.kicker !== '' && <span className="story-row-kicker">{s.kicker}</span>}{' '}
          <span className={s.headline === '' ? 'story-row-headline is-empty' : 'story-row-headline'}>
            {s.headline || t('library.noHeadline')}
          </span>
        </span>{' '}
        <span className="story-row-meta">
          <span className={`status-badge status-${s.status}`}>{t(`library.status.${s.status}`)}</span>{' '}
          <span>{formatUpdated(s.updatedAt, language, now)}</span> <span>{counted(t, language, 'library.characters', s.characters)}</span>
          {unsaved.has(s.id) && <span className="story-row-unsaved"> {t('library.unsaved')}</span>}
          {conflicted?.has(s.id) && <span className="story-row-conflict"> {t('conflicts.badge')}</span>}
        </span>
      </div>,
    );
  }

  const setRefs = (el: HTMLDivElement | null) => {
    viewport.current = el;
    if (typeof listRef === 'function') listRef(el);
    else if (listRef) (listRef as { current: HTMLDivElement | null }).current = el;
  };

  return (
    <div
      ref={setRefs}
      className="story-list"
      role="listbox"
      aria-label={t('library.stories')}
      tabIndex={0}
      aria-activedescendant={cursor >= 0 && cursor >= start && cursor < end ? rowId((stories[cursor] as StorySummary).id) : undefined}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div className="story-list-spacer" style={{ height: stories.length * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
}
