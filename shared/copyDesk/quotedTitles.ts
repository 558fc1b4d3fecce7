// Quoted names and titles in a line (“迎七一 展风采”, 《读书 读人》), whose spaces between parts are their own, as a headline's are.
import { isHan } from '../text';

/** Marks that make a quotation a sentence rather than a name: a quoted name or title has none of them. */
const SENTENCE_MARK = /[，。；：！？、,.;:!?]/u;
/** A name or title in quotation marks or title marks, up to 30 characters, holding no pair of the same marks. */
const QUOTED = /“([^“”]{1,30})”|‘([^‘’]{1,30})’|《([^《》]{1,30})》|〈([^〈〉]{1,30})〉|「([^「」]{1,30})」/gu;

/**
 * The spans inside quotation or title marks that read as a name or a title: short, no sentence mark, Han on both
 * sides of every space. A space there joins two parts, as in a two-part headline; it is not stray.
 */
export function quotedTitleSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    if (SENTENCE_MARK.test(inner) || ![...inner].some((ch) => isHan(ch))) continue;
    spans.push([m.index + 1, m.index + m[0].length - 1]);
  }
  return spans;
}
