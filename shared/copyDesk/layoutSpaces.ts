// The spaces a page's layout sets beyond the paper's own dateline and byline: an indented dateline, another paper's dateline, a credit in brackets, a line of names after ■.
import { pageDateline } from './formRules';

type Range = [number, number];

const INDENT = /^[\s\u3000]+/u;
/** Another paper's dateline with its bracketed byline: 长城网·冀云客户端讯（记者 代晴）, 云上黄石报道（通讯员 张敏）. */
const OTHER_DATELINE = /^[\s\u3000]*[^\s\u3000（(，。：:]{1,24}?(?:讯|报道|电)[\s\u3000]*([（(][^（）()，。；！？]{1,40}[）)])/u;
/** A credit in brackets closing a paragraph: （吕枫 摄）, （本报通讯员 成和平 摄影报道）, （李欣 李谦）. */
const CLOSING_CREDIT = /[（(]([^（）()。，；！？]{2,40})[）)][\s\u3000]*$/u;
const CREDIT_WORDS = /记者|通讯员|实习生|摄|文|图|报道|审核|编辑|供稿|整理/u;
const NAME = /^[\p{Script=Han}·]{2,5}$/u;
/** A line of names after a mark, the byline of some papers: ■王歆瑜   石蓉. */
const MARKED_NAMES = /^[\s\u3000]*[■□▲●◆★][\s\u3000]*\p{Script=Han}{2,4}(?:[\s\u3000]+\p{Script=Han}{2,4}){0,5}[\s\u3000]*$/u;

/** The ranges of a line (a page's line or a paragraph) whose spaces are layout, not stray. */
export function layoutSpaces(line: string): Range[] {
  const out: Range[] = [];
  if (MARKED_NAMES.test(line)) return [[0, line.length]];
  const indent = INDENT.exec(line)?.[0].length ?? 0;
  if (indent > 0) for (const [a, b] of pageDateline(line.slice(indent)).exempt) out.push([a + indent, b + indent]);
  const other = OTHER_DATELINE.exec(line);
  if (other) {
    const bracket = other[1] as string;
    const end = other.index + other[0].length;
    out.push([end - bracket.length, end]);
  }
  const credit = CLOSING_CREDIT.exec(line);
  if (credit) {
    const inside = (credit[1] as string).trim();
    const tokens = inside.split(/[\s\u3000]+/u);
    if (tokens.length > 1 && (CREDIT_WORDS.test(inside) || tokens.every((t) => NAME.test(t))))
      out.push([credit.index, credit.index + credit[0].length]);
  }
  return out;
}
