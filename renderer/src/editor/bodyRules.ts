// The rules of the body: paragraphs and subheadings only, Shift+Enter is a new paragraph, paste keeps words and paragraph breaks, block shortcuts.
import {
  $addUpdateTag,
  $createParagraphNode,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_TAB_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  LineBreakNode,
  mergeRegister,
  OUTDENT_CONTENT_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
} from 'lexical';
import { pastedTextToParagraphs } from './fieldText';
import { $insertParagraphs, $setSelectedBlocks, $toggleSubheading } from './lexicalText';
import { $adoptDomSelection, isImeKey, transferredText } from './editorWatch';

const HAS_LINE_BREAK = /[\r\n\u2028\u2029\u000b\u000c\u0085]/u;

/** Ctrl/⌘+Alt+2 toggles a subheading, Ctrl/⌘+Alt+0 makes a paragraph (by key position, whatever the layout types). */
function blockShortcut(event: KeyboardEvent): 'toggle-subheading' | 'paragraph' | null {
  if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey) return null;
  if (event.code === 'Digit2' || event.code === 'Numpad2') return 'toggle-subheading';
  if (event.code === 'Digit0' || event.code === 'Numpad0') return 'paragraph';
  return null;
}

const refuse = () => true;

/** Registers the body's rules on its editor (on top of the rich-text ones). */
export function registerBodyRules(editor: LexicalEditor): () => void {
  return mergeRegister(
    // the Enter that commits an IME composition belongs to the IME, never a new paragraph
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (isImeKey(event)) return true;
        if (event !== null) $adoptDomSelection(editor);
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    // Shift+Enter (and any other line break) starts a new paragraph: a block is one line
    editor.registerCommand(
      INSERT_LINE_BREAK_COMMAND,
      () => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        selection.insertParagraph();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const shortcut = blockShortcut(event);
        if (shortcut === null) return false;
        event.preventDefault();
        $adoptDomSelection(editor);
        if (shortcut === 'toggle-subheading') $toggleSubheading();
        else $setSelectedBlocks('paragraph');
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    // no character or block formatting, no tabs, no indents: the paper's layout has none
    editor.registerCommand(FORMAT_TEXT_COMMAND, refuse, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(FORMAT_ELEMENT_COMMAND, refuse, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INDENT_CONTENT_COMMAND, refuse, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(OUTDENT_CONTENT_COMMAND, refuse, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_TAB_COMMAND, refuse, COMMAND_PRIORITY_HIGH),
    // paste from Word or a web page: the words and the paragraph breaks, nothing else (no formatting, no images)
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const text = transferredText(event);
        event.preventDefault();
        const paragraphs = text ? pastedTextToParagraphs(text) : [];
        if (paragraphs.length > 0) {
          $addUpdateTag(PASTE_TAG);
          $insertParagraphs(paragraphs);
        }
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (input) => {
        const text = typeof input === 'string' ? input : (transferredText(input) ?? input.data);
        const isDrop = typeof input !== 'string' && transferredText(input) !== null;
        if (text === null || (!isDrop && !HAS_LINE_BREAK.test(text))) return false;
        $insertParagraphs(pastedTextToParagraphs(text));
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    // the last guard: a line break that got in anyway splits its block in two
    editor.registerNodeTransform(LineBreakNode, (lineBreak) => {
      const block = lineBreak.getParent();
      if (block === null) return;
      const after = $createParagraphNode();
      after.append(...lineBreak.getNextSiblings());
      block.insertAfter(after);
      lineBreak.remove();
    }),
  );
}
