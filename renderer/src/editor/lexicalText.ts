// The edge between the story's text and Lexical's state: fill an editor from a field or the body, read it back, and the body's block edits.
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { Block } from '../../../shared/story';
import { nodeSpecsToBlocks, oneLine, SUBHEADING_TAG, type BodyNodeSpec } from './fieldText';

function $paragraphWith(text: string): ElementNode {
  const paragraph = $createParagraphNode();
  if (text !== '') paragraph.append($createTextNode(text));
  return paragraph;
}

/** A single-line editor holds one paragraph with the field's text. */
export function $fillLine(text: string): void {
  const root = $getRoot();
  root.clear();
  root.append($paragraphWith(oneLine(text)));
}

/** A single-line editor's text, as one line. */
export function $readLine(): string {
  return oneLine(
    $getRoot()
      .getChildren()
      .map((child) => child.getTextContent())
      .join(' '),
  );
}

/** Replaces a single-line editor's text and puts the cursor at `caret` (the end when absent). */
export function $replaceLine(text: string, caret?: number): void {
  $fillLine(text);
  const first = $getRoot().getFirstDescendant();
  if ($isTextNode(first) && caret !== undefined) first.select(caret, caret);
  else $getRoot().selectEnd();
}

/** The body editor's blocks from the story's (through their node descriptions). */
export function $fillBody(specs: readonly BodyNodeSpec[]): void {
  const root = $getRoot();
  root.clear();
  for (const spec of specs) {
    const block = spec.node === 'heading' ? $createHeadingNode(SUBHEADING_TAG) : $createParagraphNode();
    if (spec.text !== '') block.append($createTextNode(spec.text));
    root.append(block);
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

/** The body editor's blocks as node descriptions: a heading is a subheading, anything else a paragraph. */
export function $readBody(): BodyNodeSpec[] {
  return $getRoot()
    .getChildren()
    .map((child) => ({ node: $isHeadingNode(child) ? 'heading' : 'paragraph', text: child.getTextContent() }));
}

/**
 * A reader of the body editor's blocks as the story's body (what `nodeSpecsToBlocks($readBody())` gives) that
 * keeps each unchanged block's object from the read before: only the blocks typed in are made again, and
 * whoever compares or counts the body can stop at the first object that is the same.
 */
export function bodyReader(): () => Block[] {
  let known = new Map<string, { node: BodyNodeSpec['node']; raw: string; block: Block }>();
  return function $readBodyBlocks(): Block[] {
    const next = new Map<string, { node: BodyNodeSpec['node']; raw: string; block: Block }>();
    const blocks = $getRoot()
      .getChildren()
      .map((child) => {
        const node: BodyNodeSpec['node'] = $isHeadingNode(child) ? 'heading' : 'paragraph';
        const raw = child.getTextContent();
        const before = known.get(child.getKey());
        const block =
          before && before.node === node && before.raw === raw ? before.block : (nodeSpecsToBlocks([{ node, text: raw }])[0] as Block);
        next.set(child.getKey(), { node, raw, block });
        return block;
      });
    known = next;
    return blocks;
  };
}

/** Inserts pasted paragraphs at the selection: the first joins the current block, each next one is a new paragraph. */
export function $insertParagraphs(paragraphs: readonly string[]): void {
  paragraphs.forEach((text, i) => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (i > 0) {
      selection.insertParagraph();
      const inNew = $getSelection();
      if ($isRangeSelection(inNew)) $setBlocksType(inNew, () => $createParagraphNode());
    }
    const at = $getSelection();
    if ($isRangeSelection(at)) at.insertText(text);
  });
}

function $topBlock(node: LexicalNode): LexicalNode | null {
  let n: LexicalNode | null = node;
  while (n !== null) {
    const parent: ElementNode | null = n.getParent();
    if (parent === null || $isRootOrShadowRoot(parent)) return n;
    n = parent;
  }
  return null;
}

/** The body's blocks the selection touches. */
function $selectedBlocks(): LexicalNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks = new Map<string, LexicalNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()]) {
    const block = $isRootOrShadowRoot(node) ? null : $topBlock(node);
    if (block) blocks.set(block.getKey(), block);
  }
  return [...blocks.values()];
}

/** True when every block the selection touches is a subheading (what the toolbar button shows as pressed). */
export function $selectionIsSubheading(): boolean {
  const blocks = $selectedBlocks();
  return blocks.length > 0 && blocks.every((b) => $isHeadingNode(b));
}

/** Makes the blocks the selection touches subheadings or paragraphs. */
export function $setSelectedBlocks(kind: BodyNodeSpec['node']): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  $setBlocksType(selection, () => (kind === 'heading' ? $createHeadingNode(SUBHEADING_TAG) : $createParagraphNode()));
}

/** Subheading ↔ paragraph for the blocks the selection touches. */
export function $toggleSubheading(): void {
  $setSelectedBlocks($selectionIsSubheading() ? 'paragraph' : 'heading');
}
