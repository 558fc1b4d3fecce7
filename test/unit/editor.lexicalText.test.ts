// The edge between the story and Lexical's state, on a headless editor: fill and read back, paste paragraphs, subheading toggles.
import { HeadingNode } from '@lexical/rich-text';
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { blocksToNodeSpecs, nodeSpecsToBlocks } from '../../renderer/src/editor/fieldText';
import {
  $fillBody,
  $fillLine,
  $insertParagraphs,
  $readBody,
  $readLine,
  $replaceLine,
  $selectionIsSubheading,
  $setSelectedBlocks,
  $toggleSubheading,
} from '../../renderer/src/editor/lexicalText';
import type { Block } from '../../shared/story';

function headless(): LexicalEditor {
  return createEditor({
    namespace: 'test',
    nodes: [HeadingNode],
    onError: (e) => {
      throw e;
    },
  });
}
const run = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
const readBlocks = (editor: LexicalEditor) => nodeSpecsToBlocks(editor.getEditorState().read($readBody));

const BODY: Block[] = [
  { type: 'paragraph', text: '6月2日，县粮食局召开推进会。' },
  { type: 'subheading', text: '开辟绿色通道' },
  { type: 'paragraph', text: '在全县设立售粮专用通道。' },
];

describe('single-line fields', () => {
  it('fill and read back, spaces kept', () => {
    const editor = headless();
    run(editor, () => $fillLine('三项举措护航夏粮收购 确保颗粒归仓'));
    expect(editor.getEditorState().read($readLine)).toBe('三项举措护航夏粮收购 确保颗粒归仓');
  });
  it('replace the text and put the cursor where the place goes', () => {
    const editor = headless();
    run(editor, () => $fillLine('本报讯'));
    run(editor, () => $replaceLine('本报5月8日电', 2));
    expect(editor.getEditorState().read($readLine)).toBe('本报5月8日电');
    expect(editor.getEditorState()._selection?.getStartEndPoints()?.[0].offset).toBe(2);
  });
});

describe('the body', () => {
  it('round-trips blocks through Lexical state', () => {
    const editor = headless();
    run(editor, () => $fillBody(blocksToNodeSpecs(BODY)));
    expect(readBlocks(editor)).toEqual(BODY);
    expect(
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((c) => c.getType()),
      ),
    ).toEqual(['paragraph', 'heading', 'paragraph']);
  });
  it('starts an empty body with one paragraph', () => {
    const editor = headless();
    run(editor, () => $fillBody(blocksToNodeSpecs([])));
    expect(readBlocks(editor)).toEqual([{ type: 'paragraph', text: '' }]);
  });
  it('inserts pasted paragraphs at the cursor: the first joins the block, the rest are new paragraphs', () => {
    const editor = headless();
    run(editor, () => $fillBody(blocksToNodeSpecs(BODY)));
    run(editor, () => {
      $getRoot().getLastChildOrThrow().selectEnd();
      $insertParagraphs(['补充一句。', '第二段。', '第三段。']);
    });
    expect(readBlocks(editor).slice(2)).toEqual([
      { type: 'paragraph', text: '在全县设立售粮专用通道。补充一句。' },
      { type: 'paragraph', text: '第二段。' },
      { type: 'paragraph', text: '第三段。' },
    ]);
  });
  it('makes pasted paragraphs paragraphs even inside a subheading', () => {
    const editor = headless();
    run(editor, () => $fillBody(blocksToNodeSpecs(BODY)));
    run(editor, () => {
      $getRoot().getChildAtIndex(1)?.selectEnd();
      $insertParagraphs(['甲', '乙。']);
    });
    expect(readBlocks(editor).slice(1, 3)).toEqual([
      { type: 'subheading', text: '开辟绿色通道甲' },
      { type: 'paragraph', text: '乙。' },
    ]);
  });
  it('toggles the current block between paragraph and subheading', () => {
    const editor = headless();
    run(editor, () => $fillBody(blocksToNodeSpecs(BODY)));
    run(editor, () => $getRoot().getLastChildOrThrow().selectEnd());
    expect(editor.getEditorState().read($selectionIsSubheading)).toBe(false);
    run(editor, () => $toggleSubheading());
    expect(readBlocks(editor)[2]?.type).toBe('subheading');
    expect(editor.getEditorState().read($selectionIsSubheading)).toBe(true);
    run(editor, () => $toggleSubheading());
    expect(readBlocks(editor)[2]).toEqual(BODY[2]);
    run(editor, () => {
      $getRoot().getChildAtIndex(1)?.selectStart();
      $setSelectedBlocks('paragraph');
    });
    expect(readBlocks(editor).map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});
