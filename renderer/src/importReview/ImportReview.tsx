// Import review: a plain-text page's stories beside its source lines, corrected by the reporter, written only on confirm.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import { counted, useLanguage, useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import { InlineConfirm } from '../shell/InlineConfirm';
import { applied, historyOf, reviewOf, undone, type Review, type ReviewHistory } from './corrections';
import { base64Of, looksBinary, MAX_PAGE_MB, problemOfFile, sourceLines, today } from './pageFile';
import { SourceLines } from './SourceLines';
import { StoryCard } from './StoryCard';
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

type Encoding = 'utf8' | 'utf8-bom' | 'gb18030';

type State =
  | { phase: 'choose'; problem: string }
  | { phase: 'reading'; name: string }
  | { phase: 'review'; name: string; encoding: Encoding; source: string[]; history: ReviewHistory };

export function ImportReview({ api, file, hidden, onWritten, onClose }: ImportReviewProps) {
  const t = useT();
  const language = useLanguage();
  const [state, setState] = useState<State>({ phase: 'choose', problem: '' });
  const [selected, setSelected] = useState(0);
  const [said, setSaid] = useState('');
  const reading = useRef(0);
  const rootRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusAfter = useRef<number | undefined>(undefined);
  const inputId = useId();

  const load = useCallback(
    async (page: File) => {
      const token = ++reading.current;
      const fail = (problem: string) => token === reading.current && setState({ phase: 'choose', problem });
      const checked = problemOfFile(page);
      if (checked) {
        if (checked.problem === 'tooBig') return fail(t('importReview.tooBig', { name: page.name, size: checked.size, max: MAX_PAGE_MB }));
        return fail(t(checked.problem === 'empty' ? 'importReview.empty' : 'importReview.notText', { name: page.name }));
      }
      setState({ phase: 'reading', name: page.name });
      try {
        const bytes = new Uint8Array(await page.arrayBuffer());
        if (looksBinary(bytes)) return fail(t('importReview.notText', { name: page.name }));
        const parsed = await api.call('import.parse', { base64: base64Of(bytes), fileName: page.name.slice(0, 255) });
        if (token !== reading.current) return;
        if (parsed.stories.length === 0) return fail(t('importReview.noStories', { name: page.name }));
        const source = sourceLines(bytes, parsed.encoding);
        const review = reviewOf(parsed, (d) =>
          t('importReview.unplacedNote', { name: page.name, line: d.lines[0] ?? '', text: d.text ?? '' }),
        );
        focusAfter.current = 0;
        setSelected(0);
        setSaid('');
        setState({ phase: 'review', name: page.name, encoding: parsed.encoding, source, history: historyOf(review) });
      } catch (e) {
        fail(t('importReview.unreadable', { name: page.name, reason: failureText(e, t) }));
      }
    },
    [api, t],
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

  useEffect(() => {
    if (state.phase === 'choose' && (!state.problem || document.activeElement === document.body)) inputRef.current?.focus();
  }, [state]);

  // after a correction: the story asked for, or the story itself when the control used went away
  const history = state.phase === 'review' ? state.history : undefined;
  useEffect(() => {
    const root = rootRef.current;
    const wanted = focusAfter.current;
    focusAfter.current = undefined;
    if (!root || !history || wanted === undefined) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected && root.contains(active)) return;
    const cards = root.querySelectorAll<HTMLElement>('.ir-card');
    const card = cards[Math.min(wanted, cards.length - 1)];
    if (!card) return;
    card.focus();
  }, [history]);

  // corrections read the newest review (a ref, so that two quick keypresses never work on a stale one)
  const latest = useRef(state);
  latest.current = state;
  const show = (next: State) => {
    latest.current = next;
    setState(next);
  };

  const correct = (fix: (review: Review) => Review, focusIndex: number) => {
    const s = latest.current;
    if (s.phase !== 'review') return;
    const next = applied(s.history, fix(s.history.current));
    if (next === s.history) return;
    focusAfter.current = focusIndex;
    setSaid(t('importReview.corrected'));
    show({ ...s, history: next });
  };

  const undo = () => {
    const s = latest.current;
    if (s.phase !== 'review' || s.history.past.length === 0) return;
    focusAfter.current = selected;
    setSaid(t('importReview.undone'));
    show({ ...s, history: undone(s.history) });
  };

  if (state.phase !== 'review')
    return (
      <main className="editor import-review" aria-label={t('importReview.title')} ref={rootRef} hidden={hidden}>
        <div className="ir-choose">
          <h2>{t('importReview.title')}</h2>
          <label htmlFor={inputId}>{t('importReview.open')}</label>
          <input
            id={inputId}
            ref={inputRef}
            type="file"
            accept=".txt,text/plain"
            disabled={state.phase === 'reading'}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              e.target.value = '';
              if (chosen) void load(chosen);
            }}
          />
          <p className="quiet">{t('importReview.openHint')}</p>
          {state.phase === 'reading' && <p role="status">{t('importReview.reading', { name: state.name })}</p>}
          {state.phase === 'choose' && state.problem !== '' && (
            <p className="problem" role="alert">
              {state.problem}
            </p>
          )}
          <button type="button" onClick={onClose}>
            {t('importReview.cancel')}
          </button>
        </div>
      </main>
    );

  const { stories } = state.history.current;
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
      <header className="ir-header bar bar-band">
        <h2>{t('importReview.title')}</h2>
        <p className="quiet">
          {counted(t, language, 'importReview.summary', stories.length, {
            name: state.name,
            encoding: t(`importReview.encoding.${state.encoding}`),
          })}
        </p>
        <button type="button" disabled={state.history.past.length === 0} onClick={undo} aria-keyshortcuts="Control+Z Meta+Z">
          {t('importReview.undo')}
        </button>
        <p className="ir-said quiet" role="status">
          {said}
        </p>
      </header>
      <div className="ir-columns">
        <SourceLines
          source={state.source}
          highlighted={current?.lines ?? []}
          unplaced={stories.flatMap((s) => s.decisions.filter((d) => d.kind === 'unplaced').flatMap((d) => d.lines))}
        />
        <section className="ir-stories" aria-label={t('importReview.stories')}>
          {stories.map((item, i) => (
            <StoryCard
              key={item.key}
              index={i}
              item={item}
              isLast={i === stories.length - 1}
              selected={item === current}
              source={state.source}
              onSelect={() => setSelected(i)}
              onCorrect={correct}
            />
          ))}
        </section>
      </div>
      <WriteDrafts
        api={api}
        stories={stories.map((s) => s.story)}
        defaultTitle={state.name.replace(/\.txt$/i, '')}
        defaultDate={today()}
        onWritten={onWritten}
        onCancel={onClose}
      />
    </main>
  );
}
