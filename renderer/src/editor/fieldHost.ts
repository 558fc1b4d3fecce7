// The form's hub: the story being edited, the fields' controls (focus, composing), and when the story goes out (never mid-composition).
import type { LexicalEditor } from 'lexical';
import { samePlainData } from '../../../shared/sameStory';
import type { Story } from '../../../shared/story';
import { FIELDS, type FieldName } from './contract';

/** What a mounted field lets the form do with it. */
interface FieldControl {
  /** Puts the cursor at the end of the field. */
  focus(): void;
  /** True while an IME composition is in progress in the field. */
  isComposing(): boolean;
  /** The field's Lexical editor, for the copy desk's marks and fixes. */
  editor?: LexicalEditor;
}

/** Who wants to know each field's editor (the copy desk): told on mount, its cleanup run on unmount. */
export type EditorWatcher = (field: FieldName, editor: LexicalEditor) => () => void;

/** The parts of a story the form edits. */
type EditedKey = 'status' | 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline' | 'bylinePosition' | 'body' | 'photos' | 'notes';

export interface FieldHost {
  /** The element id of a field's caption (its accessible name) and of other parts: `id('headline', 'label')`. */
  id(field: string, part: string): string;
  /** A field announces itself once mounted; the returned function withdraws it. */
  register(field: FieldName, control: FieldControl): () => void;
  /** A control that is no field of its own (a photo's caption) tells whether it is composing; the returned function withdraws it. */
  watchComposing(probe: () => boolean): () => void;
  /**
   * A field's new value (never raw pinyin: fields commit only when not composing). Also sends a change held
   * back during a composition, so a field commits once more, changed or not, when its composition ends.
   */
  commit<K extends EditedKey>(key: K, value: Story[K]): void;
  /** Enter in a single-line field: the cursor goes to the next field. */
  next(field: FieldName): void;
  focus(field: FieldName): void;
  /** A mounted field's Lexical editor (a pasted lead's dateline and byline are written into theirs). */
  editor(field: FieldName): LexicalEditor | undefined;
  isComposing(): boolean;
  /** The story as edited so far. */
  story(): Story;
}

/**
 * A hub for one story. `emit` receives the whole story after each change, but only when no field is
 * composing; a change made meanwhile goes out when the composition settles.
 */
export function createFieldHost(initial: Story, idPrefix: string, emit: (story: Story) => void, watcher?: EditorWatcher): FieldHost {
  let current = initial;
  let unsent = false;
  const controls = new Map<FieldName, FieldControl>();
  const probes = new Set<() => boolean>();

  const isComposing = () => [...controls.values()].some((c) => c.isComposing()) || [...probes].some((p) => p());
  const send = () => {
    if (!unsent || isComposing()) return;
    unsent = false;
    emit(current);
  };
  const focus = (field: FieldName) => controls.get(field)?.focus();

  return {
    id: (field, part) => `${idPrefix}-${field}-${part}`,
    register(field, control) {
      controls.set(field, control);
      const unwatch = control.editor && watcher ? watcher(field, control.editor) : undefined;
      return () => {
        unwatch?.();
        if (controls.get(field) === control) controls.delete(field);
      };
    },
    watchComposing(probe) {
      probes.add(probe);
      return () => probes.delete(probe);
    },
    commit(key, value) {
      if (!samePlainData(current[key], value)) {
        current = { ...current, [key]: value };
        unsent = true;
      }
      send();
    },
    next(field) {
      const i = FIELDS.indexOf(field);
      const next = FIELDS[i + 1];
      if (i >= 0 && next) focus(next);
    },
    focus,
    editor: (field) => controls.get(field)?.editor,
    isComposing,
    story: () => current,
  };
}
