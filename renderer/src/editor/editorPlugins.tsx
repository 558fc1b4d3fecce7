// Small React pieces shared by the form's Lexical editors: run a setup on the editor, follow read-only, undo history, the editors' themes.
import { createEmptyHistoryState, type HistoryState } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import type { EditorThemeClasses, LexicalEditor } from 'lexical';
import { useEffect, useState, type JSX } from 'react';
import { whenNotComposing } from './editorWatch';

/** Runs `setup` on the surrounding composer's editor while mounted; `setup` must keep its identity. */
export function EditorSetup({ setup }: { setup: (editor: LexicalEditor) => () => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => setup(editor), [editor, setup]);
  return null;
}

/** Makes the editor editable or not, never in the middle of a composition (that would cut it short). */
export function EditableSync({ editable }: { editable: boolean }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => whenNotComposing(editor, () => editor.setEditable(editable)), [editor, editable]);
  return null;
}

/** Each field editor's undo history, for a change written into several fields at once (a split paste) that is taken back as one. */
const HISTORIES = new WeakMap<LexicalEditor, HistoryState>();
export const historyOf = (editor: LexicalEditor): HistoryState | undefined => HISTORIES.get(editor);

/**
 * Undo and redo (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y) for one editor. The history starts from the text the field
 * was loaded with: left to itself it starts at the first update it sees, so the very first edit could not be undone.
 */
export function FieldHistory(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [history] = useState<HistoryState>(createEmptyHistoryState);
  useEffect(() => {
    HISTORIES.set(editor, history);
    if (history.current !== null) return;
    editor.read(() => undefined); // commits the initial content first
    history.current = { editor, editorState: editor.getEditorState() };
  }, [editor, history]);
  return <HistoryPlugin externalHistoryState={history} />;
}

export const LINE_THEME: EditorThemeClasses = { paragraph: 'line-paragraph' };
export const BODY_THEME: EditorThemeClasses = { paragraph: 'body-paragraph', heading: { h3: 'body-subheading' } };

/** Lexical's errors: logged, the editor carries on with its last good state. */
export function reportEditorError(error: Error): void {
  console.error('editor:', error);
}

/** The props a ContentEditable needs for a placeholder (it wants the text twice: shown, and for assistive technology). */
export function placeholderProps(text: string | undefined, className: string) {
  return text ? { 'aria-placeholder': text, placeholder: <div className={className}>{text}</div> } : {};
}
