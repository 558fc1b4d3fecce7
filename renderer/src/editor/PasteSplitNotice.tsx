// The paste's notice under the field pasted into: the "Split into fields" offer (Alt+Enter, Esc), several stories (Import page), the split done (Undo, Ctrl/⌘+Z), the split undone. It never takes the focus.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { counted, useLanguage, useT } from '../i18n';
import type { PasteSplit } from './pasteSplit';
import './readings.css';

const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const TAKE_KEY = IS_APPLE ? '⌥↩' : 'Alt+Enter';
const UNDO_KEY = IS_APPLE ? '⌘Z' : 'Ctrl+Z';

/** The form's paste offer, for the fields' frames (none outside a story form). */
export const PasteSplitContext = createContext<PasteSplit | null>(null);

/** Keeps the mouse's press from taking the focus out of the field (the reporter goes on typing where she was). */
const keepFocus = (e: { preventDefault(): void }) => e.preventDefault();

/** The notice of the field `field`, in a live region that is always there (so a new notice is read out). */
export function PasteSplitSlot({ field }: { field: string }) {
  const split = useContext(PasteSplitContext);
  if (!split) return null;
  return <Notice split={split} field={field} />;
}

function Notice({ split, field }: { split: PasteSplit; field: string }) {
  const t = useT();
  const language = useLanguage();
  const notice = useSyncExternalStore(split.subscribe, split.notice);
  const mine = notice && notice.field === field ? notice : null;
  return (
    <div className="paste-split" aria-live="polite" data-kind={mine?.kind}>
      {mine?.kind === 'offer' && (
        <>
          <p>{t('editor.paste.offer')}</p>
          {/* Tab goes from field to field: the offer's buttons are passed by, their keys are shown on them */}
          <button
            type="button"
            tabIndex={-1}
            className="primary"
            aria-keyshortcuts="Alt+Enter"
            onMouseDown={keepFocus}
            onClick={split.take}
          >
            {t('editor.paste.split')} <kbd>{TAKE_KEY}</kbd>
          </button>
          <button type="button" tabIndex={-1} aria-keyshortcuts="Escape" onMouseDown={keepFocus} onClick={split.dismiss}>
            {t('editor.paste.keep')} <kbd>Esc</kbd>
          </button>
        </>
      )}
      {mine?.kind === 'several' && (
        <>
          <p>{counted(t, language, 'editor.paste.several', mine.stories)}</p>
          <button type="button" tabIndex={-1} aria-keyshortcuts="Alt+Enter" onMouseDown={keepFocus} onClick={split.take}>
            {t('editor.paste.import')} <kbd>{TAKE_KEY}</kbd>
          </button>
          <button type="button" tabIndex={-1} aria-keyshortcuts="Escape" onMouseDown={keepFocus} onClick={split.dismiss}>
            {t('editor.paste.keep')} <kbd>Esc</kbd>
          </button>
        </>
      )}
      {mine?.kind === 'split' && (
        <>
          <p>
            {counted(t, language, 'editor.paste.done', mine.paragraphs)}
            {mine.toNotes > 0 && `${language === 'zh-CN' ? '' : ' '}${counted(t, language, 'editor.paste.toNotes', mine.toNotes)}`}
          </p>
          <button
            type="button"
            tabIndex={-1}
            aria-keyshortcuts={IS_APPLE ? 'Meta+Z' : 'Control+Z'}
            onMouseDown={keepFocus}
            onClick={() => split.undo()}
          >
            {t('editor.paste.undo')} <kbd>{UNDO_KEY}</kbd>
          </button>
        </>
      )}
      {mine?.kind === 'undone' && <p>{t('editor.paste.undone')}</p>}
    </div>
  );
}
