// GB/T 15834—2011 4.13: a range of numbers is joined by the house style's range mark (～ or —), never by - or ~.
import type { RangeMark } from './settings';
import type { RawFinding } from './types';

/** Marks typed for a range that the standard does not use for one: hyphens, tildes, en dash, full-width hyphen. */
const WRONG_MARK = '-~〜－–';

/**
 * A unit or measure word after a range (5-8月, 3~5天, 18-35岁, 1.5-2米); a result word after two numbers makes
 * them a score (3-1战胜), an address word a house number (3-5室).
 */
const UNIT =
  /^(?:[%‰℃°]|小时|分钟|公里|公顷|千米|千克|千瓦|公斤|毫[米升克]|厘米|平方|立方|[年月日天周岁个人名位次回元角万亿千百米里吨斤克度倍成分秒时点页章节期届级场家户所项条件只头辆台套本册种类座间亩块张部篇首批轮组队班杯碗瓶箱袋株棵层])/u;

/** Where a number may start a range: the line's start, a Han character or a Chinese mark; not a letter, digit or sign. */
const OPENS = /[\u3400-\u9fff，。：；？！、“‘《（【\s]/u;

/**
 * GB/T 15834—2011 4.13.3.3: a range of values takes the wave dash or the em dash (the house style says which); a
 * hyphen or a half-width tilde between two numbers before a unit is made the house's mark. Left alone: phone
 * numbers (0571-88886666), dates (2026-06-21), standard numbers (GB/T 15834-2011), model numbers (Mate-60,
 * G60-3), scores (3-1), house numbers (3-2-501), and a range already set with ～ or —.
 */
export function rangeMark(text: string, mark: RangeMark = '～'): RawFinding[] {
  const out: RawFinding[] = [];
  const re = new RegExp(`(\\d{1,4}(?:\\.\\d+)?)([${WRONG_MARK}])(\\d{1,4}(?:\\.\\d+)?)`, 'gu');
  for (const m of text.matchAll(re)) {
    const [whole, from, found, to] = m as unknown as [string, string, string, string];
    const start = m.index;
    const at = start + from.length;
    const prev = text[start - 1];
    const rest = text.slice(start + whole.length);
    if (prev !== undefined && !OPENS.test(prev)) continue;
    // a series of numbers (3-2-501, 2026-06-21) or a number with a leading zero (0571, 06)
    if (/^[\d\-~〜－–.]/u.test(rest) || /^0\d/.test(from) || /^0\d/.test(to)) continue;
    if (Number(from) >= Number(to) || !UNIT.test(rest)) continue;
    out.push({
      rule: 'range-mark',
      start: at,
      end: at + found.length,
      message: `“${from}${found}${to}” is a range: it is joined by “${mark}”, not “${found}” (GB/T 15834—2011 4.13)`,
      params: { found, range: `${from}${found}${to}`, replacement: mark },
      fix: { replacement: mark },
    });
  }
  return out;
}
