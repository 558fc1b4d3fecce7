// The keys of the "Split into fields" offer: Alt+Enter takes it, Esc dismisses it, Ctrl/⌘+Z right after the split takes it back, typing (Pinyin included) lets it go and is never eaten.
import { describe, expect, it } from 'vitest';
import { splitKey, type KeyPress } from '../../renderer/src/editor/splitKeys';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...more,
});

describe('splitKey', () => {
  it('takes the offer (or the import review for several stories) with Alt+Enter, and nothing else', () => {
    expect(splitKey(press('Enter', { altKey: true }), 'offer')).toBe('take');
    expect(splitKey(press('Enter', { altKey: true }), 'several')).toBe('take');
    expect(splitKey(press('Enter', { altKey: true }), 'split')).toBeNull();
    expect(splitKey(press('Enter', { altKey: true, shiftKey: true }), 'offer')).toBe('typing');
    expect(splitKey(press('Enter', { altKey: true, ctrlKey: true }), 'offer')).toBeNull();
    expect(splitKey(press('Enter'), 'offer')).toBe('typing');
  });

  it('dismisses any notice with Esc', () => {
    for (const notice of ['offer', 'several', 'split', 'undone'] as const) expect(splitKey(press('Escape'), notice)).toBe('dismiss');
  });

  it('takes the split back with Ctrl+Z or ⌘Z only while the split is the last thing done', () => {
    expect(splitKey(press('z', { ctrlKey: true }), 'split')).toBe('undo');
    expect(splitKey(press('z', { metaKey: true }), 'split')).toBe('undo');
    // another layout types another letter on the Z key: the key's place counts
    expect(splitKey(press('y', { ctrlKey: true, code: 'KeyZ' }), 'split')).toBe('undo');
    expect(splitKey(press('z', { ctrlKey: true }), 'undone')).toBe('typing');
    expect(splitKey(press('z', { ctrlKey: true, shiftKey: true }), 'split')).toBe('typing');
  });

  it('never acts on a key of an IME composition, even Alt+Enter or Esc: it is typing, and goes on to the IME', () => {
    expect(splitKey(press('Enter', { altKey: true, isComposing: true }), 'offer')).toBe('typing');
    expect(splitKey(press('Escape', { isComposing: true }), 'offer')).toBe('typing');
    expect(splitKey(press('Process', { keyCode: 229 }), 'offer')).toBe('typing');
    expect(splitKey(press('n', { keyCode: 229 }), 'offer')).toBe('typing');
  });

  it('tells typing (letters, Backspace, Ctrl+V) from moving about (arrows, Tab, modifiers), which leaves the offer be', () => {
    for (const key of ['a', '你', ' ', 'Backspace', 'Delete']) expect(splitKey(press(key), 'offer'), key).toBe('typing');
    expect(splitKey(press('v', { ctrlKey: true }), 'offer')).toBe('typing');
    for (const key of ['ArrowLeft', 'Tab', 'Shift', 'Control', 'Alt', 'End']) expect(splitKey(press(key), 'offer'), key).toBeNull();
    expect(splitKey(press('a', { ctrlKey: true }), 'offer')).toBeNull();
  });
});
