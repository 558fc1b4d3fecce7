// The copy desk in the form: checks the fields' texts after a pause (never mid-composition), marks findings, applies fixes as undoable edits.
import {
  applyFixes,
  contextOf,
  createCopyChecker,
  placeOf,
  type CheckSettings,
  type CopyTexts,
  type Finding,
  type FindingPlace,
  type MarkContext,
} from '../../../shared/copyDesk';
import { HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, UNDO_COMMAND, mergeRegister, type LexicalEditor } from 'lexical';
import type { FieldName } from './contract';
import { $blockKeys, $blockTexts, $selectInBlock, $spliceBlock } from './copyEdits';

/** A mark under a finding's text: the block's element in the editor and the offsets in its text. */
export interface MarkSpec {
  element: NonNullable<ReturnType<LexicalEditor['getElementByKey']>>;
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

/** Draws the marks (the form gives the CSS highlight painter of copyMarks.ts; tests, none). */
export interface MarkPainter {
  paint(specs: readonly MarkSpec[]): void;
  clear(): void;
}

const NO_MARKS: MarkPainter = { paint: () => {}, clear: () => {} };

/** The fields the copy desk reads (notes are the reporter's own, not printed). */
const CHECKED: readonly FieldName[] = ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'body'];
type CheckedField = Exclude<FieldName, 'notes'>;
const isChecked = (f: string): f is CheckedField => (CHECKED as readonly string[]).includes(f);

/** A photo's caption or credit: checked, fixed and shown through the photo strip, which holds them. */
type PhotoPart = 'caption' | 'credit';
const isPhotoPart = (f: string): f is PhotoPart => f === 'caption' || f === 'credit';

/** The photos' captions and credits as the strip holds them (its inputs are no Lexical editors). */
interface PhotoTexts {
  texts(): ReadonlyArray<{ caption: string; credit: string }>;
  /** A fix: photo `index`'s caption or credit becomes `text`. */
  set(index: number, part: PhotoPart, text: string): void;
  /** Puts the cursor in photo `index`'s caption or credit with [start, end) selected; false when it is not there. */
  reveal(index: number, part: PhotoPart, start: number, end: number): boolean;
  composing(): boolean;
}

/** How long typing must pause before the copy is checked again. */
const CHECK_PAUSE_MS = 300;

/** Findings ignored per story, for as long as the app runs. */
const IGNORED = new Map<string, Set<string>>();

export interface CopyCheck {
  /** A field's editor joins the checks (the form's field host calls this). */
  attach(field: FieldName, editor: LexicalEditor): () => void;
  /** The photo strip joins the checks with its captions and credits. */
  attachPhotos(photos: PhotoTexts): () => void;
  /** A caption or credit changed, or photos were added, moved or removed: checked again after a pause. */
  photosChanged(): void;
  setStyle(style: CheckSettings): void;
  /** Called with the findings after every check. */
  subscribe(listener: (findings: readonly Finding[]) => void): () => void;
  findings(): readonly Finding[];
  /** The text a finding is about, as the field holds it now. */
  excerpt(finding: Finding): string;
  /** The finding's mark with a few characters either side, as the field holds it now. */
  context(finding: Finding): MarkContext;
  /** Where the finding is, in the reporter's terms (the lead, paragraph 2, subheading 1). */
  place(finding: Finding): FindingPlace;
  /** Applies one finding's fix as an edit of its field; false when it no longer applies. */
  fix(finding: Finding): boolean;
  /** Applies every certain fix of the findings shown, repeating until none is left; returns how many were applied. */
  fixAll(): number;
  ignore(finding: Finding): void;
  /** Puts the cursor in the finding's field with its text selected; false when the field is not there. */
  reveal(finding: Finding): boolean;
  /** Undoes the last Fix or Fix all in the fields it changed. */
  undoLastFix(): boolean;
  /** Checks now (when no field is composing). */
  checkNow(): void;
  /** Stops a pending check and takes the marks away (the form is unmounted; a later attach starts again). */
  dispose(): void;
}

/** Marks the editor updates that are a fix (so that a later edit tells the panel its undo is gone). */
const FIX_TAG = 'copy-check-fix';

export function createCopyCheck(storyId: string, initialStyle: CheckSettings, painter: MarkPainter = NO_MARKS): CopyCheck {
  const editors = new Map<CheckedField, LexicalEditor>();
  const listeners = new Set<(findings: readonly Finding[]) => void>();
  const ignored = IGNORED.get(storyId) ?? new Set<string>();
  IGNORED.set(storyId, ignored);
  let style = initialStyle;
  let texts: CopyTexts = { kicker: '', headline: '', subheadline: '', dateline: '', byline: '', body: [] };
  let shown: Finding[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFixed: LexicalEditor[] = [];
  let photoTexts: PhotoTexts | undefined;
  // only the blocks changed since the last check are read again (the story-wide checks see the whole story)
  const checkCopy = createCopyChecker();

  const composing = () => [...editors.values()].some((e) => e.isComposing()) || (photoTexts?.composing() ?? false);

  const fieldText = (f: Pick<Finding, 'field' | 'block'>): string => {
    if (f.field === 'body') return texts.body[f.block ?? 0]?.text ?? '';
    if (isPhotoPart(f.field)) return texts.photos?.[f.block ?? 0]?.[f.field] ?? '';
    if (f.field === 'story' || f.field === 'page') return '';
    return texts[f.field];
  };

  /** What identifies a finding while the text around it moves: its rule, place, text and a little context. */
  const keyOf = (f: Finding) => {
    const text = fieldText(f);
    return [
      f.rule,
      f.field,
      f.block ?? '',
      text.slice(Math.max(0, f.start - 6), f.start),
      text.slice(f.start, f.end),
      text.slice(f.end, f.end + 6),
    ].join('\u0001');
  };

  const readTexts = (): CopyTexts => {
    const next: CopyTexts = {
      ...texts,
      body: [],
      photos: photoTexts?.texts().map((p) => ({ caption: p.caption, credit: p.credit })) ?? [],
    };
    for (const [field, editor] of editors) {
      const blocks = editor.getEditorState().read($blockTexts);
      if (field === 'body') next.body = blocks;
      else next[field] = blocks[0]?.text ?? '';
    }
    return next;
  };

  const marksFor = (field: CheckedField, editor: LexicalEditor): MarkSpec[] => {
    const keys = editor.getEditorState().read($blockKeys);
    const out: MarkSpec[] = [];
    for (const f of shown) {
      if (f.field !== field || f.end <= f.start) continue;
      const element = editor.getElementByKey(keys[f.block ?? 0] ?? '');
      if (element) out.push({ element, start: f.start, end: f.end, severity: f.severity });
    }
    return out;
  };

  const paint = () => {
    const specs: MarkSpec[] = [];
    for (const [field, editor] of editors) specs.push(...marksFor(field, editor));
    painter.paint(specs);
  };

  const run = () => {
    timer = undefined;
    // no fields (the form is going): nothing to check, and the marks are another form's to draw
    if (editors.size === 0 || composing()) return;
    texts = readTexts();
    const found = checkCopy(texts, style);
    shown = ignored.size === 0 ? found : found.filter((f) => !ignored.has(keyOf(f)));
    paint();
    for (const l of listeners) l(shown);
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, CHECK_PAUSE_MS);
  };

  /** The finding as a fresh check sees it (the text may have changed since it was shown), or undefined. */
  const current = (f: Finding): Finding | undefined => {
    run();
    const key = keyOf(f);
    return shown.find((s) => keyOf(s) === key && s.start === f.start) ?? shown.find((s) => keyOf(s) === key);
  };

  /** Applies fixes to the photos' captions and credits, each text on its own. */
  const applyInPhotos = (fixes: readonly Finding[]) => {
    if (!photoTexts) return;
    const byText = new Map<string, Finding[]>();
    for (const f of fixes) {
      const key = `${f.field}:${f.block ?? 0}`;
      byText.set(key, [...(byText.get(key) ?? []), f]);
    }
    for (const mine of byText.values()) {
      const first = mine[0] as Finding;
      photoTexts.set(first.block ?? 0, first.field as PhotoPart, applyFixes(fieldText(first), mine));
    }
  };

  const update = (editor: LexicalEditor, fn: () => void, first: boolean) =>
    editor.update(fn, { discrete: true, tag: [first ? HISTORY_PUSH_TAG : HISTORY_MERGE_TAG, SKIP_DOM_SELECTION_TAG, FIX_TAG] });

  /** Applies fixes to one editor, last first so that earlier offsets stay true. */
  const applyIn = (editor: LexicalEditor, fixes: readonly Finding[], first: boolean) => {
    const ordered = [...fixes].sort((a, b) => (b.block ?? 0) - (a.block ?? 0) || b.start - a.start);
    update(
      editor,
      () => {
        let limit: { block: number; start: number } | undefined;
        for (const f of ordered) {
          const block = f.block ?? 0;
          // overlapping fixes wait for the next round
          if (limit && limit.block === block && f.end > limit.start) continue;
          $spliceBlock(block, f.start, f.end, (f.fix as { replacement: string }).replacement);
          limit = { block, start: f.start };
        }
      },
      first,
    );
  };

  return {
    attach(field, editor) {
      if (!isChecked(field)) return () => {};
      editors.set(field, editor);
      schedule();
      const off = mergeRegister(
        editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
          const changed = dirtyElements.size > 0 || dirtyLeaves.size > 0;
          // typing after a fix: the panel's undo would now undo the typing, so it no longer offers the fix's undo
          if (changed && !tags.has(FIX_TAG)) lastFixed = lastFixed.filter((e) => e !== editor);
          if (changed || editor.isComposing()) schedule();
        }),
        editor.registerRootListener((root) => {
          if (!root) return;
          root.addEventListener('compositionend', schedule);
          return () => root.removeEventListener('compositionend', schedule);
        }),
      );
      return () => {
        off();
        if (editors.get(field) === editor) editors.delete(field);
        schedule();
      };
    },
    attachPhotos(photos) {
      photoTexts = photos;
      schedule();
      return () => {
        if (photoTexts === photos) photoTexts = undefined;
        schedule();
      };
    },
    photosChanged: () => schedule(),
    setStyle(next) {
      if (JSON.stringify(next) === JSON.stringify(style)) return;
      style = next;
      schedule();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    findings: () => shown,
    excerpt: (f) => fieldText(f).slice(f.start, f.end),
    context: (f) => contextOf(fieldText(f), f.start, f.end),
    place: (f) => placeOf(f, texts.body),
    fix(f) {
      if (composing()) return false;
      const now = current(f);
      if (now?.fix && isPhotoPart(now.field) && photoTexts) {
        applyInPhotos([now]);
        lastFixed = [];
        run();
        return true;
      }
      const editor = now && editors.get(now.field as CheckedField);
      if (!now?.fix || !editor) return false;
      applyIn(editor, [now], true);
      lastFixed = [editor];
      run();
      return true;
    },
    fixAll() {
      if (composing()) return 0;
      run();
      let applied = 0;
      const touched = new Set<LexicalEditor>();
      for (let round = 0; round < 6; round++) {
        const inPhotos = photoTexts ? shown.filter((f) => f.fix && isPhotoPart(f.field)) : [];
        const fixable = shown.filter((f) => f.fix && editors.has(f.field as CheckedField));
        if (fixable.length === 0 && inPhotos.length === 0) break;
        applyInPhotos(inPhotos);
        applied += inPhotos.length;
        for (const [field, editor] of editors) {
          const mine = fixable.filter((f) => f.field === field);
          if (mine.length === 0) continue;
          applyIn(editor, mine, !touched.has(editor));
          touched.add(editor);
          applied += mine.length;
        }
        run();
      }
      if (touched.size > 0) lastFixed = [...touched];
      return applied;
    },
    reveal(f) {
      if (isPhotoPart(f.field)) return !composing() && (photoTexts?.reveal(f.block ?? 0, f.field, f.start, f.end) ?? false);
      const editor = editors.get(f.field as CheckedField);
      if (!editor || editor.isComposing()) return false;
      editor.getRootElement()?.focus();
      editor.update(() => $selectInBlock(f.block ?? 0, f.start, f.end), { discrete: true });
      return true;
    },
    ignore(f) {
      ignored.add(keyOf(f));
      shown = shown.filter((s) => s !== f);
      paint();
      for (const l of listeners) l(shown);
    },
    undoLastFix() {
      if (lastFixed.length === 0 || composing()) return false;
      for (const editor of lastFixed) editor.dispatchCommand(UNDO_COMMAND, undefined);
      lastFixed = [];
      // the undo is committed after this task: check right after it
      setTimeout(run, 0);
      return true;
    },
    checkNow: run,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      painter.clear();
    },
  };
}
