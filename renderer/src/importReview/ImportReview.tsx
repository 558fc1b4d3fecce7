// Import review: a plain-text page's (or a Word file's) stories beside its source lines, corrected by the reporter, written only on confirm; a big page windowed.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import { withWordNotes, type WordExtra } from '../../../shared/parse/wordPage';
import { counted, useLanguage, useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import { InlineConfirm } from '../shell/InlineConfirm';
import { ChoosePage, type Waiting } from './ChoosePage';
import { applied, historyOf, reviewOf, undone, type Review, type ReviewHistory } from './corrections';
import { base64Of, isBigPage, looksBinary, MAX_PAGE_MB, problemOfFile, sourceLines, today, type PageSource } from './pageFile';
import { storiesToWrite, withFullWidthMarks, withWritten } from './pageWide';
import { ReviewHeader } from './ReviewHeader';
import { SourceLines } from './SourceLines';
import { StoryCard } from './StoryCard';
import { useRowWindow } from './useRowWindow';
import { WordNotice } from './WordNotice';
import { wordNoteOf } from './wordNotes';
import { WriteDrafts } from './WriteDrafts';
import './importReview.css';

export interface ImportReviewProps {
  api: BulletinDeskApi;
  /** A page dropped on the window; none: the view asks for one. */
  file: File | undefined;
  /** Kept while another workspace is shown: not shown, its corrections kept. */
  hidden?: boolean;
  /** The drafts were written (and the bulletin, when asked for). */
  onWritten(result: { stories: string[]; bulletin?: string }): void;
  onClose(): void;
}

type Reviewing = { phase: 'review'; name: string; encoding: PageSource; source: string[]; history: ReviewHistory; word?: WordExtra[] };
type State = Waiting | Reviewing;

/** A story card's usual height in pixels, before it is measured. */
const CARD_ESTIMATE = 1200;

export function ImportReview({ api, file, hidden, onWritten, onClose }: ImportReviewProps) {
  const t = useT();
  const language = useLanguage();
  const [state, setState] = useState<State>({ phase: 'choose', problem: '' });
  const [selected, setSelected] = useState(0);
  const [said, setSaid] = useState('');
  const reading = useRef(0);
  const rootRef = useRef<HTMLElement>(null);
  const focusAfter = useRef<number | undefined>(undefined);
  /** A big page read, its review built only when the reporter goes on. */
  const waiting = useRef<Reviewing | undefined>(undefined);

  // corrections read the newest review (a ref, so that two quick keypresses never work on a stale one)
  const latest = useRef<State>(state);
  latest.current = state;
  const show = useCallback((next: State) => {
    latest.current = next;
    setState(next);
  }, []);

  // a page read after the review was closed is dropped
  useEffect(() => () => void reading.current++, []);

  const load = useCallback(
    async (page: File) => {
      const token = ++reading.current;
      waiting.current = undefined;
      const fail = (problem: string) => token === reading.current && show({ phase: 'choose', problem });
      const checked = problemOfFile(page);
      if (checked) {
        if (checked.problem === 'tooBig') return fail(t('importReview.tooBig', { name: page.name, size: checked.size, max: MAX_PAGE_MB }));
        if (checked.problem === 'oldWord') return fail(t('wordImport.oldWord', { name: page.name }));
        return fail(t(checked.problem === 'empty' ? 'importReview.empty' : 'importReview.notText', { name: page.name }));
      }
      show({ phase: 'reading', name: page.name });
      try {
        const bytes = new Uint8Array(await page.arrayBuffer());
        if (looksBinary(bytes)) return fail(t('importReview.notText', { name: page.name }));
        const parsed = await api.call('import.parse', { base64: base64Of(bytes), fileName: page.name.slice(0, 255) });
        if (token !== reading.current) return;
        if (parsed.stories.length === 0) return fail(t('importReview.noStories', { name: page.name }));
        const source = sourceLines(bytes, parsed);
        // a Word file's tables, photos and notes go to the notes of their stories, worded in the reporter's language
        const word = parsed.word ?? [];
        const withNotes = withWordNotes(parsed, word, (e) => wordNoteOf(t, language, page.name, e));
        const review = reviewOf(withNotes, (d) =>
          t('importReview.unplacedNote', { name: page.name, line: d.lines[0] ?? '', text: d.text ?? '' }),
        );
        const ready: Reviewing = { phase: 'review', name: page.name, encoding: parsed.encoding, source, history: historyOf(review), word };
        focusAfter.current = 0;
        setSelected(0);
        setSaid('');
        if (isBigPage(bytes.length, parsed.stories.length)) {
          // a big page: how many stories it holds is said first; the review is built if the reporter goes on
          waiting.current = ready;
          show({ phase: 'found', name: page.name, bytes: bytes.length, count: parsed.stories.length });
        } else show(ready);
      } catch (e) {
        fail(t('importReview.unreadable', { name: page.name, reason: failureText(e, t) }));
      }
    },
    [api, t, language, show],
  );

  // a page dropped on the window is read at once (once per file: `load` is new on every render)
  const loadRef = useRef(load);
  loadRef.current = load;
  // another page dropped while this review holds corrections: asked first, never replaced unasked
  const [replacing, setReplacing] = useState<File | undefined>(undefined);
  useEffect(() => {
    if (!file) return;
    const s = latest.current;
    if (s.phase === 'review' && s.history.past.length > 0) setReplacing(file);
    else void loadRef.current(file);
  }, [file]);

  const review = state.phase === 'review' ? state.history.current : undefined;
  const stories = useMemo(() => review?.stories ?? [], [review]);
  const cards = useRowWindow(stories.length, CARD_ESTIMATE);

  // after a correction: the story asked for, or the story itself when the control used went away
  const history = state.phase === 'review' ? state.history : undefined;
  const { show: showCard } = cards;
  useEffect(() => {
    const root = rootRef.current;
    const wanted = focusAfter.current;
    if (!root || !history || wanted === undefined) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected && root.contains(active)) {
      focusAfter.current = undefined;
      return;
    }
    const index = Math.min(wanted, history.current.stories.length - 1);
    const card = root.querySelector<HTMLElement>(`.ir-card[data-story-index="${index}"]`);
    // a card outside the window is scrolled to first, and focused once it is rendered
    if (!card) return showCard(index);
    focusAfter.current = undefined;
    card.focus();
  }, [history, cards.start, cards.end, showCard]);

  const correct = useCallback(
    (fix: (review: Review) => Review, focusIndex: number, words = t('importReview.corrected')) => {
      const s = latest.current;
      if (s.phase !== 'review') return;
      const next = applied(s.history, fix(s.history.current));
      if (next === s.history) return;
      focusAfter.current = focusIndex;
      setSaid(words);
      show({ ...s, history: next });
    },
    [t, show],
  );

  const undo = () => {
    const s = latest.current;
    if (s.phase !== 'review' || s.history.past.length === 0) return;
    focusAfter.current = selected;
    setSaid(t('importReview.undone'));
    show({ ...s, history: undone(s.history) });
  };

  const fullWidth = () => {
    const s = latest.current;
    if (s.phase !== 'review') return;
    const { marks } = withFullWidthMarks(s.history.current);
    if (marks === 0) return setSaid(t('importReview.fullWidthNone'));
    correct((r) => withFullWidthMarks(r).review, selected, counted(t, language, 'importReview.fullWidthDone', marks));
  };

  const chooseStory = useCallback((index: number) => setSelected(index), []);
  const toWrite = useMemo(() => storiesToWrite({ stories }).map((s) => s.story), [stories]);
  const unplaced = useMemo(
    () => stories.flatMap((s) => s.decisions.filter((d) => d.kind === 'unplaced').flatMap((d) => d.lines)),
    [stories],
  );

  if (state.phase !== 'review')
    return (
      <main className="editor import-review" aria-label={t('importReview.title')} ref={rootRef} hidden={hidden}>
        <ChoosePage
          state={state}
          onChoose={(chosen) => void load(chosen)}
          onContinue={() => {
            const ready = waiting.current;
            waiting.current = undefined;
            if (ready) show(ready);
          }}
          onClose={onClose}
        />
      </main>
    );

  const current = stories[Math.min(selected, stories.length - 1)];
  return (
    <main
      className="editor import-review"
      aria-label={t('importReview.title')}
      ref={rootRef}
      hidden={hidden}
      onKeyDown={(e) => {
        // Ctrl+Z (⌘Z) undoes the last correction, except in a text box, where it undoes typing
        const typing = e.target instanceof HTMLInputElement && (e.target.type === 'text' || e.target.type === 'date');
        if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z' && !typing) {
          e.preventDefault();
          undo();
        }
      }}
    >
      {replacing && (
        <InlineConfirm
          className="ir-replace"
          question={t('importReview.replaceQuestion', { name: replacing.name, current: state.name })}
          confirmLabel={t('importReview.replaceOpen', { name: replacing.name })}
          cancelLabel={t('importReview.replaceKeep')}
          danger
          onConfirm={() => {
            const next = replacing;
            setReplacing(undefined);
            void load(next);
          }}
          onCancel={() => setReplacing(undefined)}
        />
      )}
      <ReviewHeader
        name={state.name}
        encoding={state.encoding}
        found={stories.length}
        toWrite={toWrite.length}
        canUndo={state.history.past.length > 0}
        said={said}
        onUndo={undo}
        onFullWidth={fullWidth}
        onWriteAll={(write) => correct((r) => withWritten(r, 'all', write), selected)}
      />
      {state.word && <WordNotice extras={state.word} />}
      <div className="ir-columns">
        <SourceLines source={state.source} highlighted={current?.lines ?? []} unplaced={unplaced} />
        <section className="ir-stories" aria-label={t('importReview.stories')} ref={cards.scrollerRef} onScroll={cards.onScroll}>
          {cards.before > 0 && <div className="ir-spacer" aria-hidden="true" style={{ height: cards.before }} />}
          {stories.slice(cards.start, cards.end).map((item, k) => {
            const i = cards.start + k;
            return (
              <StoryCard
                key={item.key}
                index={i}
                item={item}
                isLast={i === stories.length - 1}
                selected={item === current}
                source={state.source}
                measure={cards.whole ? undefined : cards.measure}
                onSelect={chooseStory}
                onCorrect={correct}
              />
            );
          })}
          {cards.after > 0 && <div className="ir-spacer" aria-hidden="true" style={{ height: cards.after }} />}
        </section>
      </div>
      <WriteDrafts
        api={api}
        stories={toWrite}
        defaultTitle={state.name.replace(/\.(txt|docx)$/i, '')}
        defaultDate={today()}
        onWritten={onWritten}
        onCancel={onClose}
      />
    </main>
  );
}
