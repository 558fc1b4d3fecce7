// What runs at each keystroke in a long body: blocks read again keep their objects, the counts and comparisons match the whole-story ones.
import { HeadingNode } from '@lexical/rich-text';
import { $getRoot, $isElementNode, $isTextNode, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { countStory, countText, storyCounter } from '../../shared/count';
import { samePlainData, sameStoryContent } from '../../shared/sameStory';
import { newStory, type Block, type Story } from '../../shared/story';
import { blocksToNodeSpecs, nodeSpecsToBlocks } from '../../renderer/src/editor/fieldText';
import { $fillBody, $readBody, bodyReader } from '../../renderer/src/editor/lexicalText';

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

const BODY: Block[] = [
  { type: 'paragraph', text: '6月2日，县粮食局召开推进会。' },
  { type: 'subheading', text: '开辟绿色通道' },
  { type: 'paragraph', text: '在全县设立售粮专用通道。' },
];

/** Types `text` at the end of the editor's last block. */
function typeAtEnd(editor: LexicalEditor, text: string) {
  run(editor, () => {
    const last = $getRoot().getLastChild();
    const leaf = $isElementNode(last) ? last.getLastChild() : null;
    if ($isTextNode(leaf)) leaf.setTextContent(leaf.getTextContent() + text);
  });
}

describe('bodyReader', () => {
  it('reads what nodeSpecsToBlocks($readBody()) reads, and keeps the objects of the blocks not typed in', () => {
    const editor = headless();
    run(editor, () => $fillBody(blocksToNodeSpecs(BODY)));
    const read = bodyReader();
    const first = editor.getEditorState().read(read);
    expect(first).toEqual(BODY);
    typeAtEnd(editor, '确保颗粒归仓\u200b');
    const second = editor.getEditorState().read(read);
    expect(second).toEqual(nodeSpecsToBlocks(editor.getEditorState().read($readBody)));
    expect(second[2]?.text).toBe('在全县设立售粮专用通道。确保颗粒归仓');
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
  });
  it('makes a block again when it changes kind without changing text', () => {
    const editor = headless();
    run(editor, () => $fillBody(blocksToNodeSpecs(BODY)));
    const read = bodyReader();
    editor.getEditorState().read(read);
    run(editor, () => $fillBody(blocksToNodeSpecs(BODY.map((b) => ({ ...b, type: 'paragraph' as const })))));
    expect(
      editor
        .getEditorState()
        .read(read)
        .map((b) => b.type),
    ).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('storyCounter', () => {
  it('gives countStory’s results version after version', () => {
    const counter = storyCounter();
    let story: Story = newStory({ headline: '三项举措护航夏粮收购', body: BODY, notes: 'call back 5 pm' }, { id: 'count-cache' });
    for (const more of ['确保', ' grain 66.3%', '颗粒归仓。', '']) {
      const last = story.body.at(-1) as Block;
      story = { ...story, body: [...story.body.slice(0, -1), { ...last, text: last.text + more }] };
      expect(counter.story(story)).toEqual(countStory(story));
      expect(counter.text(story.notes)).toEqual(countText(story.notes));
    }
  });
});

/** The reference the walk replaced: a canonical text of every field but the save time (keys sorted, undefined left out). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
function contentKey(story: Story): string {
  const { updatedAt: _savedAt, ...content } = story;
  return canonical(content);
}

describe('samePlainData and sameStoryContent', () => {
  it('agree with the JSON comparisons they replace', () => {
    const a = newStory({ headline: '标题', body: BODY }, { id: 'same-1' });
    const pairs: Array<[unknown, unknown]> = [
      [BODY, BODY.map((b) => ({ ...b }))],
      [BODY, [...BODY.slice(0, 2), { type: 'paragraph', text: '在全县设立售粮专用通道' }]],
      [BODY, BODY.slice(0, 2)],
      [[], {}],
      [{ a: 1, b: undefined }, { a: 1 }],
      [{ a: 1 }, { a: 1, b: 2 }],
      ['x', 'x'],
      [null, {}],
    ];
    for (const [x, y] of pairs) {
      const viaJson = x === y || (typeof x === 'object' && typeof y === 'object' && JSON.stringify(x) === JSON.stringify(y));
      expect(samePlainData(x, y)).toBe(viaJson);
    }
    const versions: Story[] = [
      a,
      { ...a, updatedAt: '2030-01-01T00:00:00.000Z' },
      { ...a, body: [...a.body] },
      { ...a, headline: '标题二' },
      { ...a, byline: [] },
    ];
    for (const x of versions) for (const y of versions) expect(sameStoryContent(x, y)).toBe(contentKey(x) === contentKey(y));
  });
});
