// A single-line Lexical editor (kicker, headline, subheadline, dateline, byline): plain text, its own undo history, Enter moves on.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { COMMAND_PRIORITY_HIGH, KEY_ARROW_DOWN_COMMAND, mergeRegister, type LexicalEditor } from 'lexical';
import { memo, useCallback, useState, type RefObject } from 'react';
import type { FieldName } from './contract';
import { EditableSync, EditorSetup, FieldHistory, LINE_THEME, placeholderProps, reportEditorError } from './editorPlugins';
import { focusAtEnd, watchEditor } from './editorWatch';
import type { FieldHost } from './fieldHost';
import { $fillLine, $readLine } from './lexicalText';
import { registerSingleLine } from './singleLineRules';

export interface LineEditorProps {
  field: FieldName;
  host: FieldHost;
  /** The text on mount; later changes are ignored (the form is remounted to load another story). */
  initialText: string;
  readOnly: boolean;
  /** The field's text after each change, never mid-composition. Must keep its identity. */
  onText(text: string): void;
  placeholder?: string;
  describedBy?: string;
  /** Receives the editor, for a field that sets its text from a menu. */
  editorRef?: RefObject<LexicalEditor | null>;
  /** Alt+↓ in the field: opens the field's own control (the dateline's forms, the byline's position), which Tab passes by. */
  onAltDown?: () => void;
}

/**
 * Memoised, with props that keep their identity: a re-render of the form (counts, save status) never reaches
 * the editor, and the editor is created once from its initial text.
 */
export const LineEditor = memo(function LineEditor({
  field,
  host,
  initialText,
  readOnly,
  onText,
  placeholder,
  describedBy,
  editorRef,
  onAltDown,
}: LineEditorProps) {
  const [config] = useState<InitialConfigType>(() => ({
    namespace: `story-${field}`,
    theme: LINE_THEME,
    editable: !readOnly,
    onError: reportEditorError,
    editorState: () => $fillLine(initialText),
  }));

  const setup = useCallback(
    (editor: LexicalEditor) => {
      if (editorRef) editorRef.current = editor;
      return mergeRegister(
        registerSingleLine(editor, () => host.next(field)),
        watchEditor(editor, $readLine, onText),
        host.register(field, { focus: () => focusAtEnd(editor), isComposing: () => editor.isComposing(), editor }),
        editor.registerCommand(
          KEY_ARROW_DOWN_COMMAND,
          (event) => {
            if (!onAltDown || !event.altKey || event.ctrlKey || event.metaKey || editor.isComposing()) return false;
            event.preventDefault();
            // after this update is committed (a task, not a microtask: Lexical commits in a microtask and may
            // put the focus back on its root then, which would close the control just opened)
            setTimeout(onAltDown, 0);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      );
    },
    [field, host, onText, editorRef, onAltDown],
  );

  return (
    <LexicalComposer initialConfig={config}>
      <div className="line-editor">
        <PlainTextPlugin
          contentEditable={
            <ContentEditable
              className="line-input"
              aria-labelledby={host.id(field, 'label')}
              aria-describedby={describedBy}
              aria-multiline={false}
              spellCheck={false}
              {...placeholderProps(placeholder, 'line-placeholder')}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <FieldHistory />
      <EditorSetup setup={setup} />
      <EditableSync editable={!readOnly} />
    </LexicalComposer>
  );
});
