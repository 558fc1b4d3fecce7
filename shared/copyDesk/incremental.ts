// The copy desk while a story is typed: each check reruns the line checks only on the texts that changed since the check before.
import { checkCopy, type CheckSettings, type CopyTexts } from './check';
import { createTextMemo } from './textMemo';
import type { Finding } from './types';

/**
 * A checker for one story being edited: `check` gives what `checkCopy` gives for the same texts and style, but a
 * paragraph (a field, a caption) whose text is the same as at the check before is not read again; the checks
 * across the story (numbers' forms, the length, quotations over paragraphs, the lead, the last paragraph) are
 * made again from the parts remembered. Another house style forgets everything.
 */
export function createCopyChecker(): (texts: CopyTexts, style: CheckSettings) => Finding[] {
  const memo = createTextMemo();
  let lastStyle: CheckSettings | undefined;
  let lastStyleKey = '';
  return (texts, style) => {
    if (style !== lastStyle) {
      const key = JSON.stringify(style);
      if (key !== lastStyleKey) memo.clear();
      lastStyle = style;
      lastStyleKey = key;
    }
    try {
      return checkCopy(texts, style, memo);
    } finally {
      memo.endCheck();
    }
  };
}
