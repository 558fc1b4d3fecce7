// The copy check on headless Lexical editors: fixes across text nodes with the caret kept, Fix, Fix all, Ignore and undo.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isRangeSelection,
  $getSelection,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { createCopyCheck } from '../../renderer/src/editor/copyCheck';
import { $blockTexts, $spliceBlock } from '../../renderer/src/editor/copyEdits';
import { $fillBody, $fillLine } from '../../renderer/src/editor/lexicalText';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';

function headless(): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    nodes: [HeadingNode],
    onError: (e) => {
      throw e;
    },
  });
  registerHistory(editor, createEmptyHistoryState(), 0);
  return editor;
}
const run = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
/** Lexical commits an undo after the current task. */
const tick = () => new Promise((r) => setTimeout(r, 5));
const texts = (editor: LexicalEditor) =>
  editor
    .getEditorState()
    .read($blockTexts)
    .map((b) => b.text);

describe('$spliceBlock', () => {
  it('replaces a stretch that spans two text nodes and keeps the caret beside its text', () => {
    const editor = headless();
    run(editor, () => {
      const p = $createParagraphNode();
      const bold = $createTextNode('举办活动').toggleFormat('bold');
      p.append($createTextNode('东湖街道 '), bold, $createTextNode(',吸引居民.'));
      $getRoot().clear().append(p);
      bold.select(4, 4);
    });
    run(editor, () => $spliceBlock(0, 4, 5, ''));
    run(editor, () => $spliceBlock(0, 8, 9, '，'));
    expect(texts(editor)).toEqual(['东湖街道举办活动，吸引居民.']);
    run(editor, () => $spliceBlock(0, 13, 14, '。'));
    expect(texts(editor)).toEqual(['东湖街道举办活动，吸引居民。']);
    editor.getEditorState().read(() => {
      const s = $getSelection();
      expect($isRangeSelection(s) && s.anchor.getNode().getTextContent()).toBe('举办活动');
      expect($isRangeSelection(s) && s.anchor.offset).toBe(4);
    });
  });
});

describe('createCopyCheck', () => {
  const setUp = (id: string) => {
    const body = headless();
    const headline = headless();
    run(body, () =>
      $fillBody([
        { node: 'paragraph', text: '5月8日上午,东湖街道举办活动,出租率达66.3%.' },
        { node: 'heading', text: '开辟 绿色通道' },
      ]),
    );
    run(headline, () => $fillLine('举办活动'));
    const check = createCopyCheck(id, DEFAULT_HOUSE_STYLE);
    check.attach('body', body);
    check.attach('headline', headline);
    check.checkNow();
    return { body, headline, check };
  };

  it('finds in the fields, fixes one as an edit that undo takes back, and Fix all leaves nothing fixable', async () => {
    const { body, check } = setUp('unit-copy-1');
    const rules = () => check.findings().map((f) => `${f.field}:${f.block ?? '-'}:${f.rule}`);
    // the byline's editor is not attached: it reads as empty, naming nobody
    expect(rules()).toEqual([
      'body:0:halfwidth-punctuation',
      'body:0:halfwidth-punctuation',
      'body:0:halfwidth-punctuation',
      'byline:-:byline-form',
    ]);
    const first = check.findings().find((f) => f.rule === 'halfwidth-punctuation');
    expect(first && check.excerpt(first)).toBe(',');
    expect(first && check.fix(first)).toBe(true);
    expect(texts(body)[0]).toBe('5月8日上午，东湖街道举办活动,出租率达66.3%.');
    expect(check.undoLastFix()).toBe(true);
    await tick();
    expect(texts(body)[0]).toBe('5月8日上午,东湖街道举办活动,出租率达66.3%.');
    expect(check.findings().filter((f) => f.fix)).toHaveLength(3);
    expect(check.fixAll()).toBe(3);
    expect(texts(body)).toEqual(['5月8日上午，东湖街道举办活动，出租率达66.3%。', '开辟 绿色通道']);
    expect(check.findings().filter((f) => f.fix)).toEqual([]);
    // one undo takes the whole Fix all back
    check.undoLastFix();
    await tick();
    expect(texts(body)[0]).toBe('5月8日上午,东湖街道举办活动,出租率达66.3%.');
  });

  it('after a fix and then typing, the panel no longer undoes: the typing is never taken back by it', () => {
    const { body, check } = setUp('unit-copy-3');
    const first = check.findings().find((f) => f.rule === 'halfwidth-punctuation');
    expect(first && check.fix(first)).toBe(true);
    run(body, () => $spliceBlock(1, 7, 7, '！'));
    expect(check.undoLastFix()).toBe(false);
    expect(texts(body)).toEqual(['5月8日上午，东湖街道举办活动,出租率达66.3%.', '开辟 绿色通道！']);
  });

  it('remembers an ignored finding for the story, and Fix all leaves it alone', () => {
    const { body, check } = setUp('unit-copy-2');
    const last = check
      .findings()
      .filter((f) => f.rule === 'halfwidth-punctuation')
      .at(-1);
    if (last) check.ignore(last);
    expect(check.findings().filter((f) => f.rule === 'halfwidth-punctuation')).toHaveLength(2);
    check.fixAll();
    expect(texts(body)[0]).toBe('5月8日上午，东湖街道举办活动，出租率达66.3%.');
    // the same story opened again: still ignored
    const again = setUp('unit-copy-2').check;
    expect(again.findings().filter((f) => f.rule === 'halfwidth-punctuation')).toHaveLength(2);
  });

  it('does not check while an editor is composing', () => {
    const { body, check } = setUp('unit-copy-3');
    const before = check.findings();
    const composing = Object.assign(Object.create(body) as LexicalEditor, { isComposing: () => true });
    check.attach('kicker', composing);
    run(body, () => $fillBody([{ node: 'paragraph', text: '全新的,内容.' }]));
    check.checkNow();
    expect(check.findings()).toBe(before);
    expect(check.fixAll()).toBe(0);
  });
});

describe('createCopyCheck on the photo strip’s captions and credits', () => {
  const setUp = (id: string) => {
    const headline = headless();
    run(headline, () => $fillLine('义诊进楼院,'));
    const photos = [
      { caption: '社区义诊现场。', credit: '记者 张明 摄' },
      { caption: '居民排队问诊,秩序井然.', credit: '记者 张明,王芳 摄' },
    ];
    const revealed: string[] = [];
    let composing = false;
    const check = createCopyCheck(id, DEFAULT_HOUSE_STYLE);
    check.attach('headline', headline);
    const detach = check.attachPhotos({
      texts: () => photos,
      set: (index, part, text) => {
        photos[index] = { ...(photos[index] as (typeof photos)[number]), [part]: text };
      },
      reveal: (index, part, start, end) => {
        revealed.push(`${part}${index}:${start}-${end}`);
        return true;
      },
      composing: () => composing,
    });
    check.checkNow();
    return { check, photos, revealed, detach, headline, compose: (on: boolean) => (composing = on) };
  };

  it('finds in a caption and a credit, names the photo, shows and fixes it', () => {
    const { check, photos, revealed } = setUp('photos-fix');
    const inPhotos = check.findings().filter((f) => f.field === 'caption' || f.field === 'credit');
    expect(inPhotos.map((f) => [f.field, f.block, check.excerpt(f)])).toEqual([
      ['caption', 1, ','],
      ['caption', 1, '.'],
      ['credit', 1, ','],
    ]);
    expect(check.place(inPhotos[0] as (typeof inPhotos)[number])).toEqual({ kind: 'caption', n: 2 });
    expect(check.reveal(inPhotos[2] as (typeof inPhotos)[number])).toBe(true);
    expect(revealed).toEqual(['credit1:5-6']);
    expect(check.fix(inPhotos[0] as (typeof inPhotos)[number])).toBe(true);
    expect(photos[1]?.caption).toBe('居民排队问诊，秩序井然.');
  });

  it('Fix all fixes the captions and credits with the fields', () => {
    const { check, photos, headline } = setUp('photos-fix-all');
    expect(check.fixAll()).toBe(4);
    expect(photos[1]).toEqual({ caption: '居民排队问诊，秩序井然。', credit: '记者 张明，王芳 摄' });
    expect(texts(headline)).toEqual(['义诊进楼院，']);
    expect(check.findings().filter((f) => f.fix)).toEqual([]);
  });

  it('does not check or fix while a caption is composing, and forgets the captions once the strip is gone', () => {
    const { check, compose, detach } = setUp('photos-composing');
    const before = check.findings();
    compose(true);
    check.checkNow();
    expect(check.findings()).toBe(before);
    expect(check.fixAll()).toBe(0);
    compose(false);
    detach();
    check.checkNow();
    expect(check.findings().some((f) => f.field === 'caption' || f.field === 'credit')).toBe(false);
  });
});
