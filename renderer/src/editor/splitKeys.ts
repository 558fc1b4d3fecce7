// The keys of the "Split into fields" offer: Alt+Enter takes it, Esc dismisses it, Ctrl/⌘+Z right after takes the split back, typing on lets it go.

/** What a key does to the paste's notice: act on it, or tell that the reporter typed on (the offer goes away). */
export type SplitKey = 'take' | 'undo' | 'dismiss' | 'typing' | null;

/** The parts of a keydown the decision reads. */
export interface KeyPress {
  key: string;
  code?: string;
  keyCode?: number;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/** What the notice on screen can do with a key. */
export type NoticeKind = 'offer' | 'several' | 'split' | 'undone';

const EDIT_KEYS = new Set(['Backspace', 'Delete', 'Enter']);
const EDIT_COMMANDS = new Set(['KeyZ', 'KeyY', 'KeyX', 'KeyV']);

/**
 * Alt+Enter (⌥↩) takes the offer (the split, or the import review for several stories): no field uses it, it types
 * nothing on any system, and it is not the browser's Ctrl+Shift+V. A key of an IME composition is never acted on: it
 * is typing, so the offer goes away and the key goes on to the IME untouched.
 */
export function splitKey(press: KeyPress, notice: NoticeKind): SplitKey {
  if (press.isComposing || press.keyCode === 229 || press.key === 'Process') return 'typing';
  const command = press.ctrlKey || press.metaKey;
  if (press.key === 'Enter' && press.altKey && !command && !press.shiftKey)
    return notice === 'offer' || notice === 'several' ? 'take' : null;
  if (press.key === 'Escape') return 'dismiss';
  const isZ = press.code === 'KeyZ' || press.key === 'z' || press.key === 'Z';
  if (command && isZ && !press.shiftKey && !press.altKey && notice === 'split') return 'undo';
  if (command) return EDIT_COMMANDS.has(press.code ?? '') || /^[zyxv]$/i.test(press.key) ? 'typing' : null;
  if (press.key.length === 1 || EDIT_KEYS.has(press.key)) return 'typing';
  return null;
}
