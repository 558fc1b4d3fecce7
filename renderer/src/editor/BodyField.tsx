// The body: a rich-text editor of paragraphs and subheadings, the first paragraph marked as the lead, a Subheading button (shortcuts; Tab passes it), a pasted dateline lead moved to its fields.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode } from '@lexical/rich-text';
import { mergeRegister, type LexicalEditor } from 'lexical';
import { memo, useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { LeadLift } from '../../../shared/pastedLead';
import type { Block } from '../../../shared/story';
import { useT } from '../i18n';
import { registerBodyRules } from './bodyRules';
import { BODY_THEME, EditableSync, EditorSetup, FieldHistory, placeholderProps, reportEditorError } from './editorPlugins';
import { focusAtEnd, watchEditor } from './editorWatch';
import { FieldFrame } from './FieldFrame';
import type { FieldHost } from './fieldHost';
import { blocksToNodeSpecs } from './fieldText';
import { liftMessage, registerLeadLift } from './leadLift';
import './readings.css';
import { $fillBody, $selectionIsSubheading, $toggleSubheading, bodyReader } from './lexicalText';

const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const SHORTCUT_SUBHEADING = IS_APPLE ? '⌘⌥2' : 'Ctrl+Alt+2';
const SHORTCUT_PARAGRAPH = IS_APPLE ? '⌘⌥0' : 'Ctrl+Alt+0';

export interface BodyFieldProps {
  host: FieldHost;
  initial: readonly Block[];
  readOnly: boolean;
  count: number;
}

export const BodyField = memo(function BodyField({ host, initial, readOnly, count }: BodyFieldProps) {
  const t = useT();
  const [lift, setLift] = useState<LeadLift | null>(null);
  return (
    <FieldFrame
      name="body"
      labelId={host.id('body', 'label')}
      label={t('field.body')}
      onCaptionClick={() => host.focus('body')}
      count={count}
    >
      <BodyEditor
        host={host}
        initial={initial}
        readOnly={readOnly}
        leadCaption={t('editor.body.lead')}
        subheadingLabel={t('field.subheading')}
        hint={t('editor.body.hint', { subheading: SHORTCUT_SUBHEADING, paragraph: SHORTCUT_PARAGRAPH })}
        placeholder={t('editor.body.placeholder')}
        onLift={setLift}
      />
      <p className="field-notice" aria-live="polite">
        {lift ? liftMessage(lift, t) : ''}
      </p>
    </FieldFrame>
  );
});

interface BodyEditorProps {
  host: FieldHost;
  initial: readonly Block[];
  readOnly: boolean;
  leadCaption: string;
  subheadingLabel: string;
  hint: string;
  placeholder: string;
  /** Told what a paste's dateline lead became (must keep its identity). */
  onLift(lift: LeadLift): void;
}

/** Memoised with props that keep their identity: the form's re-renders never reach the editor. */
const BodyEditor = memo(function BodyEditor({
  host,
  initial,
  readOnly,
  leadCaption,
  subheadingLabel,
  hint,
  placeholder,
  onLift,
}: BodyEditorProps) {
  const [config] = useState<InitialConfigType>(() => ({
    namespace: 'story-body',
    theme: BODY_THEME,
    nodes: [HeadingNode],
    editable: !readOnly,
    onError: reportEditorError,
    editorState: () => $fillBody(blocksToNodeSpecs(initial)),
  }));

  const setup = useCallback(
    (editor: LexicalEditor) =>
      mergeRegister(
        registerBodyRules(editor),
        // unchanged blocks keep their objects: the form compares and counts only the paragraph typed in
        watchEditor(editor, bodyReader(), (blocks) => host.commit('body', blocks)),
        host.register('body', { focus: () => focusAtEnd(editor), isComposing: () => editor.isComposing(), editor }),
        registerLeadLift(editor, host, onLift),
      ),
    [host, onLift],
  );
  // the lead's caption is drawn by CSS beside the first paragraph: nothing is added inside the editable text
  const leadStyle = useMemo(() => ({ '--lead-caption': JSON.stringify(leadCaption) }) as CSSProperties, [leadCaption]);
  const hintId = host.id('body', 'hint');

  return (
    <LexicalComposer initialConfig={config}>
      <BodyToolbar label={subheadingLabel} shortcut={SHORTCUT_SUBHEADING} readOnly={readOnly} />
      <div className="body-editor">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="body-input"
              aria-labelledby={host.id('body', 'label')}
              aria-describedby={hintId}
              aria-multiline={true}
              spellCheck={false}
              style={leadStyle}
              {...placeholderProps(placeholder, 'body-placeholder')}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <FieldHistory />
      <EditorSetup setup={setup} />
      <EditableSync editable={!readOnly} />
    </LexicalComposer>
  );
});

/** The Subheading button: pressed when the cursor's block is a subheading; toggles it without taking the focus. */
function BodyToolbar({ label, shortcut, readOnly }: { label: string; shortcut: string; readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [pressed, setPressed] = useState(false);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        setPressed(editorState.read($selectionIsSubheading));
      }),
    [editor],
  );

  const toggle = () => {
    if (editor.isComposing()) return;
    editor.update(() => $toggleSubheading());
    editor.focus();
  };

  return (
    <div className="body-toolbar">
      {/* Tab goes from field to field: the button is passed by, its shortcut (in the body's hint) does the same */}
      <button
        type="button"
        tabIndex={-1}
        className="toolbar-button"
        aria-pressed={pressed}
        aria-keyshortcuts={IS_APPLE ? 'Meta+Alt+2' : 'Control+Alt+2'}
        title={shortcut}
        disabled={readOnly}
        onMouseDown={(e) => e.preventDefault()}
        onClick={toggle}
      >
        {label}
      </button>
    </div>
  );
}
