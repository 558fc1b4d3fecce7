// The copy desk's edge to Lexical: each block's text and key, and replacing a stretch of a block's text in place (a fix).
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setSelection,
  type PointType,
  type TextNode,
} from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';

/** Each top-level block's raw text (offsets of findings are in these), with its kind. */
export function $blockTexts(): Array<{ type: 'paragraph' | 'subheading'; text: string }> {
  return $getRoot()
    .getChildren()
    .map((child) => ({ type: $isHeadingNode(child) ? 'subheading' : 'paragraph', text: child.getTextContent() }));
}

/** Each top-level block's node key, to find its element in the editor's DOM. */
export function $blockKeys(): string[] {
  return $getRoot()
    .getChildren()
    .map((child) => child.getKey());
}

/** Moves a selection point in `node` so that it stays beside the text it was beside. */
function shiftPoint(point: PointType, node: TextNode, from: number, to: number, inserted: number): void {
  if (point.type !== 'text' || point.key !== node.getKey() || point.offset <= from) return;
  const offset = point.offset >= to ? point.offset - (to - from) + inserted : from + inserted;
  point.set(node.getKey(), Math.min(offset, node.getTextContentSize()), 'text');
}

/** Replaces [start, end) of the block's text with `replacement`, across its text nodes, keeping the caret in place. */
export function $spliceBlock(blockIndex: number, start: number, end: number, replacement: string): void {
  const block = $getRoot().getChildren()[blockIndex];
  if (!$isElementNode(block)) return;
  const selection = $getSelection();
  let pos = 0;
  let inserted = false;
  for (const node of block.getAllTextNodes()) {
    const size = node.getTextContentSize();
    const nodeStart = pos;
    const nodeEnd = pos + size;
    pos = nodeEnd;
    const touches = inserted ? nodeStart < end : start >= nodeStart && (start < nodeEnd || (start === nodeEnd && start === end));
    if (!touches) {
      if (inserted) break;
      continue;
    }
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeEnd) - nodeStart;
    const text = inserted ? '' : replacement;
    const writable = node.spliceText(from, to - from, text, false);
    if ($isRangeSelection(selection)) {
      shiftPoint(selection.anchor, writable, from, to, text.length);
      shiftPoint(selection.focus, writable, from, to, text.length);
    }
    inserted = true;
    if (end <= nodeEnd) break;
  }
}

/** The text node and offset where a code-unit offset of the block's text falls. */
function pointIn(nodes: readonly TextNode[], offset: number): { key: string; offset: number } | null {
  let pos = 0;
  for (const node of nodes) {
    const size = node.getTextContentSize();
    if (offset <= pos + size) return { key: node.getKey(), offset: offset - pos };
    pos += size;
  }
  const last = nodes[nodes.length - 1];
  return last ? { key: last.getKey(), offset: last.getTextContentSize() } : null;
}

/** Selects [start, end) of the block's text (a finding shown to the reporter). */
export function $selectInBlock(blockIndex: number, start: number, end: number): void {
  const block = $getRoot().getChildren()[blockIndex];
  if (!$isElementNode(block)) return;
  const nodes = block.getAllTextNodes();
  const a = pointIn(nodes, start);
  const b = pointIn(nodes, end);
  if (!a || !b) {
    block.selectStart();
    return;
  }
  const selection = $createRangeSelection();
  selection.anchor.set(a.key, a.offset, 'text');
  selection.focus.set(b.key, b.offset, 'text');
  $setSelection(selection);
}
