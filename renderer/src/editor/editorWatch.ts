// Composition-safe glue around a Lexical editor: report its text only when no IME composition is open, focus at the end, defer toggles.
import { $createRangeSelectionFromDom, $getRoot, $setSelection, getDOMSelection, mergeRegister, type LexicalEditor } from 'lexical';

/**
 * Calls `report` with `$read()` after each change of the editor's content, but never while an IME composition
 * is open (the text then holds raw pinyin): a change made during a composition is reported when it ends.
 * After every compositionend the current value is reported once more, changed or not, so that the form can
 * send whatever it held back.
 */
export function watchEditor<T>(editor: LexicalEditor, $read: () => T, report: (value: T) => void): () => void {
  let held = false;
  let live = true;
  const readNow = () => {
    held = false;
    report(editor.getEditorState().read($read));
  };
  return mergeRegister(
    editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (editor.isComposing()) {
        held = true;
        return;
      }
      if (held || dirtyElements.size > 0 || dirtyLeaves.size > 0) readNow();
    }),
    editor.registerRootListener((root) => {
      if (!root) return;
      // Lexical ends its composition in an update of its own; this is the safety net when none comes.
      const onEnd = () => setTimeout(() => live && !editor.isComposing() && readNow(), 0);
      root.addEventListener('compositionend', onEnd);
      return () => root.removeEventListener('compositionend', onEnd);
    }),
    () => {
      live = false;
    },
  );
}

/** Puts the cursor at the end of the editor and focuses it; does nothing while it is composing. */
export function focusAtEnd(editor: LexicalEditor): void {
  if (editor.isComposing()) return;
  const root = editor.getRootElement();
  if (!root) return;
  root.focus();
  editor.update(() => $getRoot().selectEnd(), { discrete: true });
}

/** Runs `fn` now, or as soon as the editor's composition has ended. Returns a function that cancels it. */
export function whenNotComposing(editor: LexicalEditor, fn: () => void): () => void {
  if (!editor.isComposing()) {
    fn();
    return () => {};
  }
  let done = false;
  const off = editor.registerUpdateListener(() => {
    if (done || editor.isComposing()) return;
    done = true;
    queueMicrotask(off);
    fn();
  });
  return () => {
    done = true;
    off();
  };
}

/**
 * Takes the browser's caret as the editor's selection, inside an update. Lexical catches up with a caret the
 * browser moved (End, arrows) on the next selectionchange event; a key pressed before that event arrives
 * (End then Enter at once) would otherwise act where the caret was before.
 */
export function $adoptDomSelection(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const dom = getDOMSelection(root?.ownerDocument.defaultView ?? null);
  if (!root || !dom || !dom.anchorNode || !root.contains(dom.anchorNode) || !dom.focusNode || !root.contains(dom.focusNode)) return;
  const selection = $createRangeSelectionFromDom(dom, editor);
  if (selection) $setSelection(selection);
}

/** Text carried by a paste or a drop, as plain text; null when it carries none. */
export function transferredText(event: ClipboardEvent | InputEvent | KeyboardEvent | null): string | null {
  if (event === null) return null;
  const data = 'clipboardData' in event ? event.clipboardData : 'dataTransfer' in event ? event.dataTransfer : null;
  if (!data) return null;
  return data.getData('text/plain');
}

/** The key that ends or drives an IME composition (Chromium sends keyCode 229 for it). */
export function isImeKey(event: KeyboardEvent | null): boolean {
  return event !== null && (event.isComposing || event.keyCode === 229);
}
