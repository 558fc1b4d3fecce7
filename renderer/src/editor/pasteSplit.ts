// "Split into fields": a whole story pasted into an empty story is read by the importer (shared/pastedStory.ts decides); taking the offer writes every field at once, and one undo puts every field back.
import {
  $getRoot,
  COMMAND_PRIORITY_CRITICAL,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  mergeRegister,
  PASTE_COMMAND,
  PASTE_TAG,
  SKIP_DOM_SELECTION_TAG,
  type EditorState,
  type LexicalEditor,
} from 'lexical';
import { formatByline } from '../../../shared/byline';
import { readPastedStory, splitFieldsOf, type SplitFields } from '../../../shared/pastedStory';
import { samePlainData } from '../../../shared/sameStory';
import type { BylinePosition, Story } from '../../../shared/story';
import { understandByline } from './bylineReading';
import type { FieldName } from './contract';
import { historyOf } from './editorPlugins';
import { transferredText } from './editorWatch';
import type { FieldHost } from './fieldHost';
import { blocksToNodeSpecs, nodeSpecsToBlocks, type BodyNodeSpec } from './fieldText';
import { $fillBody, $fillLine, $readBody, $readLine } from './lexicalText';
import { splitKey, type KeyPress, type SplitKey } from './splitKeys';

const LINE_FIELDS = ['kicker', 'headline', 'subheadline', 'dateline', 'byline'] as const;
type LineField = (typeof LINE_FIELDS)[number];

/** Every field as its editor holds it (the byline as typed), and where the byline goes. */
interface FieldTexts {
  lines: Record<LineField, string>;
  body: BodyNodeSpec[];
  notes: string;
  bylinePosition: BylinePosition;
}

/** What the form shows under the field pasted into. */
type SplitNotice =
  | { kind: 'offer'; field: FieldName }
  | { kind: 'several'; field: FieldName; stories: number }
  | { kind: 'split'; field: FieldName; paragraphs: number; toNotes: number }
  | { kind: 'undone'; field: FieldName };

/** A field the split changed: its state before (what its undo history holds on top) and right after. */
interface Written {
  editor: LexicalEditor;
  before: EditorState;
}

type Held =
  | { kind: 'offer'; fields: SplitFields; unplaced: number }
  | { kind: 'several'; text: string }
  | { kind: 'split'; before: FieldTexts; after: SplitFields; written: Written[] }
  | { kind: 'none' };

export interface PasteSplit {
  /** The form's hub: set once, before any field mounts. */
  connect(host: FieldHost): void;
  /** A field's editor: its pastes are looked at. */
  attach(field: FieldName, editor: LexicalEditor): () => void;
  /** The story after each change (never mid-composition): a split changed since can no longer be taken back in one step. */
  changed(story: Story): void;
  /** A key pressed in the form, before the field has it: true when it was the offer's (the field must not see it). */
  key(press: KeyPress): boolean;
  take(): void;
  /** Puts every field back as it was before the split; false when there is no split to take back (or text typed since). */
  undo(): boolean;
  dismiss(): void;
  notice(): SplitNotice | null;
  subscribe(listener: () => void): () => void;
}

const inFocus = (editor: LexicalEditor) => {
  const root = editor.getRootElement();
  return root !== null && root.contains(document.activeElement);
};

/**
 * The paste's offer for one story's form. `houseDateline` is the house style's label (本报讯 or the style's own);
 * `openImport` takes text that reads as several stories to the import review.
 */
export function createPasteSplit(houseDateline: () => string, openImport: (text: string) => void): PasteSplit {
  let host: FieldHost | undefined;
  let shown: SplitNotice | null = null;
  let held: Held = { kind: 'none' };
  let pending: { field: FieldName; text: string; before: SplitFields } | null = null;
  let writing = false;
  const listeners = new Set<() => void>();

  const show = (notice: SplitNotice | null, keep: Held = { kind: 'none' }) => {
    shown = notice;
    held = keep;
    for (const listener of listeners) listener();
  };

  /** The fields as they are now, read from their editors (the byline as typed, the body's blocks as they stand). */
  const readTexts = (h: FieldHost): FieldTexts => {
    const story = h.story();
    const lines = {} as Record<LineField, string>;
    for (const field of LINE_FIELDS) {
      const editor = h.editor(field);
      lines[field] = editor ? editor.getEditorState().read($readLine) : field === 'byline' ? formatByline(story.byline) : story[field];
    }
    const body = h.editor('body');
    return {
      lines,
      body: body ? body.getEditorState().read($readBody) : blocksToNodeSpecs(story.body),
      notes: story.notes,
      bylinePosition: story.bylinePosition,
    };
  };

  const textsOf = (fields: SplitFields): FieldTexts => ({
    lines: {
      kicker: fields.kicker,
      headline: fields.headline,
      subheadline: fields.subheadline,
      dateline: fields.dateline,
      byline: formatByline(fields.byline),
    },
    body: blocksToNodeSpecs(fields.body),
    notes: fields.notes,
    bylinePosition: fields.bylinePosition,
  });

  /** Writes every field that differs; `undoing` takes the split back out of the fields' undo histories. */
  const write = (h: FieldHost, texts: FieldTexts, undoing: readonly Written[] | null): Written[] => {
    const written: Written[] = [];
    const fill = (editor: LexicalEditor, $fill: () => void) => {
      const before = editor.getEditorState();
      const focused = inFocus(editor);
      // an editor without the focus is written without moving the page's selection (the focus stays where it is)
      const tags = [undoing ? HISTORIC_TAG : HISTORY_PUSH_TAG, ...(focused ? [] : [SKIP_DOM_SELECTION_TAG])];
      editor.update(
        () => {
          $fill();
          if (focused) $getRoot().selectEnd();
        },
        { discrete: true, tag: tags },
      );
      written.push({ editor, before });
      const split = undoing?.find((w) => w.editor === editor);
      const history = historyOf(editor);
      // the split was one step of this field's history: it leaves the history with the undo, as the field's own undo would
      if (split && history && history.undoStack[history.undoStack.length - 1]?.editorState === split.before) {
        history.undoStack.pop();
        history.current = { editor, editorState: editor.getEditorState() };
      }
    };
    for (const field of LINE_FIELDS) {
      const text = texts.lines[field];
      const editor = h.editor(field);
      if (!editor) {
        if (field === 'byline') h.commit('byline', understandByline(text).keep);
        else h.commit(field, text);
      } else if (editor.getEditorState().read($readLine) !== text) fill(editor, () => $fillLine(text));
    }
    const body = h.editor('body');
    if (!body) h.commit('body', nodeSpecsToBlocks(texts.body));
    else if (!samePlainData(body.getEditorState().read($readBody), texts.body)) fill(body, () => $fillBody(texts.body));
    const notes = document.getElementById(h.id('notes', 'input'));
    if (notes instanceof HTMLTextAreaElement) notes.value = texts.notes;
    h.commit('notes', texts.notes);
    const position = document.getElementById(h.id('bylinePosition', 'input'));
    if (position instanceof HTMLSelectElement) position.value = texts.bylinePosition;
    h.commit('bylinePosition', texts.bylinePosition);
    return written;
  };

  const consider = () => {
    const paste = pending;
    pending = null;
    if (!paste || !host || host.isComposing()) return;
    const reading = readPastedStory(paste.text, paste.before, houseDateline());
    if (!reading) show(null);
    else if (reading.kind === 'several')
      show({ kind: 'several', field: paste.field, stories: reading.stories }, { kind: 'several', text: paste.text });
    else show({ kind: 'offer', field: paste.field }, { kind: 'offer', fields: reading.fields, unplaced: reading.unplaced });
  };

  const take = () => {
    if (!host || !shown || host.isComposing()) return;
    if (held.kind === 'several') {
      const text = held.text;
      show(null);
      openImport(text);
      return;
    }
    if (held.kind !== 'offer') return;
    const { fields, unplaced } = held;
    const before = readTexts(host);
    writing = true;
    let written: Written[];
    try {
      written = write(host, textsOf(fields), null);
    } finally {
      writing = false;
    }
    const after = splitFieldsOf(host.story());
    const paragraphs = after.body.filter((b) => b.type === 'paragraph' && b.text !== '').length;
    show({ kind: 'split', field: shown.field, paragraphs, toNotes: unplaced }, { kind: 'split', before, after, written });
  };

  const undo = (): boolean => {
    if (!host || !shown || held.kind !== 'split' || host.isComposing()) return false;
    const { before, after, written } = held;
    const field = shown.field;
    // typed in since: the fields' own undo takes it back step by step, never this one over the new text
    if (!samePlainData(splitFieldsOf(host.story()), after)) {
      show(null);
      return false;
    }
    writing = true;
    try {
      write(host, before, written);
    } finally {
      writing = false;
    }
    show({ kind: 'undone', field });
    return true;
  };

  return {
    connect(h) {
      host = h;
    },
    attach(field, editor) {
      return mergeRegister(
        // before the field's own paste: the text as it came (line breaks and all) and the story as it was
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const text = host && !host.isComposing() ? transferredText(event) : null;
            pending = text && host ? { field, text, before: splitFieldsOf(host.story()) } : null;
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerUpdateListener(({ tags }) => {
          // once the paste is in the field: another editor's update inside this one's would nest them
          if (tags.has(PASTE_TAG) && pending?.field === field) queueMicrotask(consider);
        }),
      );
    },
    changed(story) {
      if (writing || !shown) return;
      if (held.kind === 'split' && !samePlainData(splitFieldsOf(story), held.after)) show(null);
      else if (shown.kind === 'undone') show(null);
    },
    key(press) {
      if (!shown) return false;
      const action: SplitKey = splitKey(press, shown.kind);
      if (action === 'undo') return undo();
      if (action === 'take') take();
      else if (action === 'dismiss' || (action === 'typing' && shown.kind !== 'split')) show(null);
      return action === 'take';
    },
    take,
    undo,
    dismiss: () => show(null),
    notice: () => shown,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
