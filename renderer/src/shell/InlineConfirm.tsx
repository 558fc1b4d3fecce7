// The renderer's one in-place question ("Delete it? [Keep it] [Delete]"): the safe answer focused, Escape cancels, the focus goes back to what asked.
import { useId, useLayoutEffect, useRef } from 'react';
import './dialogs.css';

interface Props {
  /** The question: shown, and the group's accessible name. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  /** Cancel or Escape; the focus has gone back to the element that had it when the question appeared. */
  onCancel(): void;
  /** The answer loses something (deleting, leaving unsaved edits): marked as such. */
  danger?: boolean;
  /** Its area's class, beside .inline-confirm (where and how it is framed). */
  className?: string;
}

/**
 * Shown while mounted, as a non-modal alertdialog: the rest of the page stays usable. It takes the focus
 * (on the cancel button) when it appears. After Confirm the owner decides where the focus goes.
 */
export function InlineConfirm({ question, confirmLabel, cancelLabel, onConfirm, onCancel, danger = false, className }: Props) {
  const ids = useId();
  const root = useRef<HTMLDivElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const answered = useRef(false);

  const giveFocusBack = () => {
    const back = opener.current;
    if (back?.isConnected) back.focus();
  };

  useLayoutEffect(() => {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    cancelButton.current?.focus();
    const el = root.current;
    return () => {
      // taken away unanswered with the focus inside (another style chosen, say): the focus is not left on nothing
      if (!answered.current && el?.contains(document.activeElement)) giveFocusBack();
    };
  }, []); // on mount only

  const cancel = () => {
    answered.current = true;
    giveFocusBack();
    onCancel();
  };

  return (
    <div
      ref={root}
      className={className ? `inline-confirm ${className}` : 'inline-confirm'}
      role="alertdialog"
      aria-labelledby={`${ids}-question`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation(); // the view around it would take Escape as Close
        cancel();
      }}
    >
      <p id={`${ids}-question`}>{question}</p>
      <div className="inline-confirm-actions">
        <button ref={cancelButton} type="button" onClick={cancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={danger ? 'danger' : undefined}
          onClick={() => {
            answered.current = true;
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
