// The form for one story: its fields in the page's order, live counts (字数) and status, the copy check beside them, a pasted whole story's split; the story goes out whole after each edit, never mid-composition.
import { mergeRegister } from 'lexical';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type KeyboardEvent,
} from 'react';
import { storyCounter, type StoryCount, type StoryCounter } from '../../../shared/count';
import { STATUSES, type Status, type Story } from '../../../shared/story';
import { counted, translator, useLanguage, useT } from '../i18n';
import { ModalDialog } from '../shell/ModalDialog';
import { BodyField } from './BodyField';
import { BylineField } from './BylineField';
import { createCopyCheck } from './copyCheck';
import { highlightPainter } from './copyMarks';
import type { StoryFormHandle, StoryFormProps } from './contract';
import { DatelineField } from './DatelineField';
import { CopyCheckBadge, FindingsPanel } from './FindingsPanel';
import { createFieldHost } from './fieldHost';
import { liftLeadNow, liftMessage } from './leadLift';
import { NotesField } from './NotesField';
import { createPasteSplit } from './pasteSplit';
import { PhotoStrip, type PhotoStripHandle } from '../photos/PhotoStrip';
import { photoFilesOf, pastedPhotos } from '../photos/photoFiles';
import { PasteSplitContext } from './PasteSplitNotice';
import { TextLineField } from './TextLineField';
import './editor.css';

interface FormCounts extends StoryCount {
  notes: number;
}

/** The form's counts; the counter counts again only the texts that changed since its last story. */
function countsOf(story: Story, counter: StoryCounter): FormCounts {
  return { ...counter.story(story), notes: counter.text(story.notes).words };
}

function sameCounts(a: FormCounts, b: FormCounts): boolean {
  if (a.story !== b.story || a.withoutSpaces !== b.withoutSpaces || a.notes !== b.notes || a.captions !== b.captions) return false;
  return (Object.keys(a.fields) as Array<keyof StoryCount['fields']>).every((f) => a.fields[f] === b.fields[f]);
}

/** Memoised: the session's news at each keystroke (its status) does not draw the form again, only its counts do. */
export const StoryForm = memo(function StoryForm({
  initial,
  onChange,
  readOnly = false,
  houseStyle,
  onReady,
  onImportText,
}: StoryFormProps) {
  const t = useT();
  const language = useLanguage();
  const idPrefix = useId();
  // the story as loaded: later `initial` props are ignored (the shell remounts the form to load another version)
  const [loaded] = useState(initial);
  const onChangeRef = useRef(onChange);
  const onReadyRef = useRef(onReady);
  const onImportRef = useRef(onImportText);
  const houseDatelineRef = useRef(houseStyle.datelineLabel);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
    onReadyRef.current = onReady;
    onImportRef.current = onImportText;
    houseDatelineRef.current = houseStyle.datelineLabel;
  });

  const [counter] = useState(storyCounter);
  const [counts, setCounts] = useState(() => countsOf(loaded, counter));
  const [copyCheck] = useState(() => createCopyCheck(loaded.id, houseStyle, highlightPainter('copy')));
  // a whole story pasted into an empty story: the offer to split it into the fields
  const [pasteSplit] = useState(() =>
    createPasteSplit(
      () => houseDatelineRef.current,
      (text) => onImportRef.current?.(text),
    ),
  );
  const [host] = useState(() =>
    createFieldHost(
      loaded,
      idPrefix,
      (story) => {
        const next = countsOf(story, counter);
        setCounts((prev) => (sameCounts(prev, next) ? prev : next));
        pasteSplit.changed(story);
        onChangeRef.current(story);
      },
      (field, editor) => mergeRegister(copyCheck.attach(field, editor), pasteSplit.attach(field, editor)),
    ),
  );
  useLayoutEffect(() => pasteSplit.connect(host), [pasteSplit, host]);
  // the offer's keys (Alt+Enter, Esc, Ctrl/⌘+Z right after the split) before any field has them
  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent) => {
      if (!pasteSplit.key(e.nativeEvent)) return;
      e.preventDefault();
      e.stopPropagation();
    },
    [pasteSplit],
  );
  // a composition is typing too (an IME's first key may come without a keydown): the offer goes away
  const onCompositionStartCapture = useCallback(
    () => pasteSplit.key({ key: 'Process', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false }),
    [pasteSplit],
  );
  // photos dropped or pasted anywhere on the story go to its photo strip (a page of text dropped goes on to the import review)
  const photoStrip = useRef<PhotoStripHandle>(null);
  const onDropCapture = useCallback(
    (e: DragEvent) => {
      const photos = readOnly ? [] : photoFilesOf(e.dataTransfer);
      if (photos.length === 0) return;
      e.preventDefault();
      e.stopPropagation();
      photoStrip.current?.addFiles(photos);
    },
    [readOnly],
  );
  const onPasteCapture = useCallback(
    (e: ClipboardEvent) => {
      const photos = readOnly ? [] : pastedPhotos(e.clipboardData);
      if (photos.length === 0) return;
      e.preventDefault();
      e.stopPropagation();
      photoStrip.current?.addFiles(photos);
    },
    [readOnly],
  );
  useEffect(() => copyCheck.setStyle(houseStyle), [copyCheck, houseStyle]);
  useEffect(() => () => copyCheck.dispose(), [copyCheck]);
  const [handle] = useState<StoryFormHandle>(() => ({
    focus: (field) => host.focus(field),
    isComposing: () => host.isComposing(),
    reveal: (finding) => {
      copyCheck.checkNow();
      if (!copyCheck.reveal(finding)) document.getElementById(host.id('copyCheck', 'title'))?.focus();
    },
  }));
  useEffect(() => {
    onReadyRef.current?.(handle);
  }, [handle]);

  // a filed story is reopened only when the reporter says so: the status the select was changed to, while the question is asked
  const [reopening, setReopening] = useState<Status | undefined>(undefined);
  const statusSelect = useRef<HTMLSelectElement>(null);
  const reopen = (next: Status) => {
    if (statusSelect.current) statusSelect.current.value = next;
    host.commit('status', next);
  };

  // the copy check's "move to the fields" for a dateline typed at the lead's start, as a paste's is moved
  const moveLead = useCallback(() => {
    const lift = liftLeadNow(host);
    return lift ? liftMessage(lift, translator(language)) : null;
    // the language, not `t` (a new function at each render): the panel is drawn again only when the language changes
  }, [host, language]);

  const statusId = host.id('status', 'input');
  const copyTitleId = host.id('copyCheck', 'title');
  const storyTarget = houseStyle.storyTarget;
  const withoutSpaces = counted(t, language, 'editor.count.withoutSpaces', counts.withoutSpaces, { n: counts.withoutSpaces });
  const form = (
    // the paste offer's keys are caught on their way to the fields (capture)
    <div
      className="story-form"
      data-readonly={readOnly ? 'true' : undefined}
      onKeyDownCapture={onKeyDownCapture}
      onCompositionStartCapture={onCompositionStartCapture}
      onDropCapture={onDropCapture}
      onPasteCapture={onPasteCapture}
    >
      <div className="story-form-bar bar">
        <div className="story-status">
          <label htmlFor={statusId}>{t('field.status')}</label>
          <select
            id={statusId}
            ref={statusSelect}
            defaultValue={loaded.status}
            onChange={(e) => {
              const next = e.target.value as Status;
              if (readOnly && next !== 'filed') {
                e.target.value = 'filed';
                setReopening(next);
                return;
              }
              host.commit('status', next);
            }}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`editor.status.${s}`)}
              </option>
            ))}
          </select>
          <ModalDialog
            open={reopening !== undefined}
            title={t('editor.reopen.title')}
            description={t('editor.reopen.confirm')}
            cancelLabel={t('editor.reopen.keep')}
            primary={{ label: t('editor.reopen.yes'), closes: true, onClick: () => reopening && reopen(reopening) }}
            initialFocus="cancel"
            onClose={() => setReopening(undefined)}
          />
        </div>
        {readOnly && <p className="story-locked">{t('editor.locked')}</p>}
        <p className={storyTarget > 0 && counts.story > storyTarget ? 'story-count over' : 'story-count'}>
          {storyTarget > 0
            ? t('editor.count.storyTarget', { n: counts.story, target: storyTarget, withoutSpaces })
            : t('editor.count.story', {
                words: counted(t, language, 'editor.count.words', counts.story, { n: counts.story }),
                withoutSpaces,
              })}
          {counts.captions > 0 && ` · ${counted(t, language, 'photos.count.captions', counts.captions, { n: counts.captions })}`}
        </p>
        <CopyCheckBadge check={copyCheck} titleId={copyTitleId} />
      </div>
      <div className="story-columns">
        <div className="story-fields">
          <TextLineField field="kicker" host={host} initialText={loaded.kicker} readOnly={readOnly} count={counts.fields.kicker} />
          <TextLineField
            field="headline"
            host={host}
            initialText={loaded.headline}
            readOnly={readOnly}
            count={counts.fields.headline}
            target={houseStyle.headlineTarget}
            placeholder={t('editor.headline.placeholder')}
          />
          <TextLineField
            field="subheadline"
            host={host}
            initialText={loaded.subheadline}
            readOnly={readOnly}
            count={counts.fields.subheadline}
          />
          <DatelineField
            host={host}
            initialText={loaded.dateline}
            readOnly={readOnly}
            count={counts.fields.dateline}
            houseLabel={houseStyle.datelineLabel}
          />
          <BylineField
            host={host}
            initial={loaded.byline}
            initialPosition={loaded.bylinePosition}
            forcedPosition={houseStyle.bylinePosition === 'keep' ? null : houseStyle.bylinePosition}
            readOnly={readOnly}
            count={counts.fields.byline}
          />
          <BodyField host={host} initial={loaded.body} readOnly={readOnly} count={counts.fields.body} />
          <PhotoStrip ref={photoStrip} host={host} readOnly={readOnly} copyCheck={copyCheck} />
          <NotesField host={host} initialText={loaded.notes} readOnly={readOnly} count={counts.notes} />
        </div>
        <FindingsPanel check={copyCheck} readOnly={readOnly} titleId={copyTitleId} onMoveLead={moveLead} />
      </div>
    </div>
  );
  return <PasteSplitContext.Provider value={pasteSplit}>{form}</PasteSplitContext.Provider>;
});
