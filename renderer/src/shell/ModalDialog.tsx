// The renderer's one modal dialog: a native <dialog> (showModal), named by its title, Escape and Cancel close it, the focus goes back to its opener.
import { useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import './dialogs.css';

/** A button of the action row. */
export interface DialogAction {
  label: string;
  onClick(): void;
  disabled?: boolean;
  /** An answer (Mark filed, Restore): the dialog closes, then onClick runs. Otherwise it stays open and shows what came of it (Save as…). */
  closes?: boolean;
}

interface Props {
  open: boolean;
  /** The heading, and the dialog's accessible name. */
  title: ReactNode;
  /** The question or summary the dialog is described by (a string is one paragraph). */
  description?: ReactNode;
  children?: ReactNode;
  /** Its area's class, beside .modal-dialog. */
  className?: string | undefined;
  /** The button that closes it doing nothing (Cancel, Close); Escape does the same. */
  cancelLabel: string;
  /** The main action: last in the row, after any other. */
  primary?: DialogAction | undefined;
  /** Another action, between Cancel and the main one (Copy to clipboard). */
  secondary?: DialogAction | undefined;
  /** What gets the focus when it opens: its first control (the browser's choice), the main action or Cancel (the safe answer). */
  initialFocus?: 'first' | 'primary' | 'cancel';
  /** Each time it opens (before it is shown). */
  onOpen?(): void;
  /** Each time it closes, answered or not: the owner's `open` goes false here. An answer's onClick runs after. */
  onClose(): void;
  /** The <dialog> element, for callers that place something inside it (the clipboard's textarea, a download link). */
  dialogRef?: RefObject<HTMLDialogElement | null>;
}

const TABBABLE =
  'button, a[href], input:not([type="radio"]), input[type="radio"]:checked, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The controls Tab reaches inside the dialog, in order. */
function tabbable(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
}

/**
 * Open while `open`; the rest of the page is inert meanwhile (native modal). Tab and Shift+Tab go round
 * inside it (a modal <dialog> alone lets them out to the browser's own controls).
 * The element that had the focus when it opened gets it back when it closes, however it closes.
 */
export function ModalDialog(props: Props) {
  const {
    open,
    title,
    description,
    children,
    className,
    cancelLabel,
    primary,
    secondary,
    initialFocus = 'first',
    onOpen,
    onClose,
    dialogRef,
  } = props;
  const ids = useId();
  const ownRef = useRef<HTMLDialogElement>(null);
  const dialog = dialogRef ?? ownRef;
  const opener = useRef<HTMLElement | null>(null);
  /** A close this component asked for: its close event is not a dismissal. */
  const closing = useRef(false);
  const primaryButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  /** The focus back where it was, unless something else took it meanwhile. */
  const giveFocusBack = () => {
    const back = opener.current;
    opener.current = null;
    const active = document.activeElement;
    if (back?.isConnected && (!active || active === document.body || dialog.current?.contains(active))) back.focus();
  };

  const shut = () => {
    const el = dialog.current;
    if (el?.open) {
      closing.current = true;
      el.close();
    }
    giveFocusBack();
  };

  // layout effects: shown before the browser paints, and closed on unmount while still in the document (a removed open modal leaves the focus nowhere)
  useLayoutEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      onOpen?.();
      el.showModal();
      if (initialFocus === 'primary') primaryButton.current?.focus();
      else if (initialFocus === 'cancel') cancelButton.current?.focus();
    } else if (!open && el.open) shut();
  });
  useLayoutEffect(() => {
    const el = dialog.current;
    return () => {
      if (el?.open) {
        closing.current = true;
        el.close();
        giveFocusBack();
      }
    };
    // on unmount only: the dialog element and the focus to give back are those of the last render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const dismiss = () => {
    shut();
    onClose();
  };
  const act = (action: DialogAction) => {
    if (action.closes) {
      shut();
      onClose();
    }
    action.onClick();
  };

  const button = (action: DialogAction, isPrimary: boolean) => (
    <button
      ref={isPrimary ? primaryButton : undefined}
      type="button"
      className={isPrimary ? 'primary' : undefined}
      disabled={action.disabled}
      onClick={() => act(action)}
    >
      {action.label}
    </button>
  );

  return (
    <dialog
      ref={dialog}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
      aria-labelledby={`${ids}-title`}
      aria-describedby={description !== undefined ? `${ids}-description` : undefined}
      onCancel={(e) => {
        // Escape: closed here, so that the owner hears of it at once and the focus goes back
        e.preventDefault();
        dismiss();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
        const controls = tabbable(e.currentTarget);
        const first = controls[0];
        const last = controls[controls.length - 1];
        if (!first || !last) return;
        const active = document.activeElement;
        if (e.shiftKey && (active === first || active === e.currentTarget)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && active === last) {
          e.preventDefault();
          first.focus();
        }
      }}
      onClose={() => {
        if (closing.current) {
          closing.current = false;
          return;
        }
        giveFocusBack(); // closed by the browser itself
        onClose();
      }}
    >
      <h2 id={`${ids}-title`}>{title}</h2>
      {description !== undefined &&
        (typeof description === 'string' ? (
          <p id={`${ids}-description`}>{description}</p>
        ) : (
          <div id={`${ids}-description`}>{description}</div>
        ))}
      {children}
      <div className="dialog-actions">
        <button ref={cancelButton} type="button" onClick={dismiss}>
          {cancelLabel}
        </button>
        {secondary && button(secondary, false)}
        {primary && button(primary, true)}
      </div>
    </dialog>
  );
}
