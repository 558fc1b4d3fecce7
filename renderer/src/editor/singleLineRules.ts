// The rules of a single-line field (kicker, headline, subheadline, dateline, byline): Enter moves on, line breaks become spaces.
import {
  $addUpdateTag,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ENTER_COMMAND,
  LineBreakNode,
  mergeRegister,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';
import { pastedTextToLine } from './fieldText';
import { isImeKey, transferredText } from './editorWatch';

const HAS_LINE_BREAK = /[\r\n\u2028\u2029\u000b\u000c\u0085]/u;

function $insertLine(text: string): void {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) selection.insertText(pastedTextToLine(text));
}

/** Registers the single-line rules; `onEnter` moves the cursor to the next field. */
export function registerSingleLine(editor: LexicalEditor, onEnter: () => void): () => void {
  return mergeRegister(
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        // the Enter that commits an IME composition belongs to the IME; a null event comes from a composition ending in "\n"
        if (event === null || isImeKey(event)) return true;
        event.preventDefault();
        // after this update is done: focusing another editor inside this one's update would nest two editors' updates
        queueMicrotask(onEnter);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(FORMAT_TEXT_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const text = transferredText(event);
        event.preventDefault();
        if (text) {
          $addUpdateTag(PASTE_TAG);
          $insertLine(text);
        }
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (input) => {
        // typed text goes the usual way; a drop, or text with line breaks in it, goes through pastedTextToLine
        if (typeof input === 'string') {
          if (!HAS_LINE_BREAK.test(input)) return false;
          $insertLine(input);
          return true;
        }
        const dropped = transferredText(input);
        if (dropped !== null) {
          $insertLine(dropped);
          return true;
        }
        if (input.data && HAS_LINE_BREAK.test(input.data)) {
          $insertLine(input.data);
          return true;
        }
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    // the last guard: a line break that got in anyway (history, a drag from another field) becomes a space
    editor.registerNodeTransform(LineBreakNode, (lineBreak) => {
      lineBreak.replace($createTextNode(' '));
    }),
  );
}
