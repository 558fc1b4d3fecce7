// The GB/T 15835—2011 number checks: mixed numerals, estimates in Arabic digits, two-digit years, percentage ranges, one form per story.
import type { RawFinding } from './types';

const CHINESE_DIGIT = '〇零一二三四五六七八九';
const CHINESE_NUMERAL = `${CHINESE_DIGIT}两十百千`;
/** Units whose 千 or 百 is a prefix, not a place value (5千米, 3千克, 1013百帕), and words that open with one (3百货, 5十字). */
const PREFIXED_UNIT = /^(?:千(?:米|克|瓦|伏|帕|焦|卡|赫|兆|字节|比特|岛)|百(?:帕|货|姓|度)|十字)/u;

/** The value of Arabic digits with place words (3千5百, 1百, 3十5, 3千零5), or null when it is not certain. */
function placeValue(written: string): number | null {
  const m =
    /^([1-9])千(?:([1-9])百|零(?=[1-9]))?(?:([1-9])十)?([1-9])?$|^([1-9])百(?:([1-9])十|零(?=[1-9]))?([1-9])?$|^([1-9])十([1-9])?$/u.exec(
      written,
    );
  if (!m) return null;
  const n = (s: string | undefined) => (s ? Number(s) : 0);
  // a digit after 千 or 百 with neither 十 nor 零 before it (3千5) is read 3500 by most, 3005 by some: no fix
  const bare = !written.includes('零');
  if (m[1] !== undefined) {
    if (m[4] !== undefined && m[3] === undefined && bare) return null;
    return n(m[1]) * 1000 + n(m[2]) * 100 + n(m[3]) * 10 + n(m[4]);
  }
  if (m[5] !== undefined) {
    if (m[7] !== undefined && m[6] === undefined && bare) return null;
    return n(m[5]) * 100 + n(m[6]) * 10 + n(m[7]);
  }
  return n(m[8]) * 10 + n(m[9]);
}

function mixedFinding(start: number, found: string, replacement?: string): RawFinding {
  return {
    rule: 'mixed-numerals',
    start,
    end: start + found.length,
    message: `“${found}” mixes Arabic and Chinese numerals in one number: only 万 and 亿 may follow Arabic digits (GB/T 15835—2011 5.3)${
      replacement ? `, “${replacement}”` : ''
    }`,
    params: { found, ...(replacement ? { replacement } : {}) },
    ...(replacement ? { fix: { replacement } } : {}),
  };
}

/** `3千5百`, `1百`, `一百08`, `二0二六年`: one number written partly in Arabic, partly in Chinese numerals. */
export function mixedNumerals(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  // a year in Chinese numerals with an Arabic 0 or a letter O for 〇 (二0二六年), or any other Arabic digit in it
  for (const m of text.matchAll(/(?<![0-9A-Za-z〇零一二三四五六七八九])[〇零一二三四五六七八九0-9OoＯ○]{4}(?=年)/gu)) {
    const run = m[0];
    if (!/[〇零一二三四五六七八九]/u.test(run) || !/[0-9OoＯ]/u.test(run)) continue;
    const certain = !/[1-9]/.test(run);
    out.push(mixedFinding(m.index, run, certain ? run.replace(/[0OoＯ]/gu, '〇') : undefined));
  }
  // Arabic digits with a place word (3千5百, 1百, 4千): only 万 and 亿 may follow Arabic digits
  for (const m of text.matchAll(/(?<![0-9A-Za-z.第])[0-9]+(?:[十百千](?:零?[0-9]+[十百千]?)*)/gu)) {
    const run = m[0];
    const place = run.search(/[十百千]/u);
    if (place < 0) continue;
    if (PREFIXED_UNIT.test(text.slice(m.index + place))) continue;
    // a Latin letter right after (千5G) makes it a model name or a code
    if (/^[A-Za-z]/.test(text.slice(m.index + run.length))) continue;
    // 3千5百 inside 三千5百 is reported with its Chinese part below
    if (CHINESE_NUMERAL.includes(text[m.index - 1] ?? '')) continue;
    const value = placeValue(run);
    out.push(mixedFinding(m.index, run, value === null ? undefined : String(value)));
  }
  // Chinese numerals with a place word, then Arabic digits (一百08, 三千5百)
  for (const m of text.matchAll(/[一二三四五六七八九两][十百千](?:[〇零一二三四五六七八九十百千]*)[0-9]+[十百千]?(?![0-9A-Za-z])/gu)) {
    out.push(mixedFinding(m.index, m[0]));
  }
  return out.sort((a, b) => a.start - b.start);
}

const ARABIC_TO_CHINESE = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Measure words that count (个, 天, 人…); ordinals (号, 月, 届, 年级) are lists, not estimates. */
const COUNTING =
  /^(?:个|天|人|名|位|次|遍|家|件|条|项|本|只|头|辆|台|张|棵|株|种|岁|小时|分钟|周|倍|米|公里|千米|斤|公斤|吨|元|块|亩|户|所|座|场|批|处|年(?![级代度]))/u;

/** The estimate in Chinese numerals without the 顿号: 3、4个 → 三四个, 1、2个 → 一两个, 2、3个 → 两三个, 30、40人 → 三四十人. */
function estimateWords(a: number, b: number, tens: boolean): string {
  if (tens) return `${ARABIC_TO_CHINESE[a]}${ARABIC_TO_CHINESE[b]}十`;
  if (a === 1) return '一两';
  if (a === 2) return '两三';
  return `${ARABIC_TO_CHINESE[a]}${ARABIC_TO_CHINESE[b]}`;
}

/** `3、4个`, `30、40人`: an estimate of two neighbouring numbers is written in Chinese numerals without a mark. */
export function estimateDigits(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of text.matchAll(/(?<![0-9A-Za-z.第])([1-9])(0?)、([1-9])(0?)(?![0-9.])/gu)) {
    const [found, a, za, b, zb] = m as unknown as [string, string, string, string, string];
    if (za !== zb || Number(b) !== Number(a) + 1) continue;
    if (!COUNTING.test(text.slice(m.index + found.length))) continue;
    // 分别有3、4个 gives two counts, one each
    if (/分别|依次|各/u.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const replacement = estimateWords(Number(a), Number(b), za === '0');
    out.push({
      rule: 'estimate-digits',
      start: m.index,
      end: m.index + found.length,
      message: `“${found}” is an estimate: estimates are written in Chinese numerals with no mark between them (GB/T 15835—2011 4.2.2, 5.2.1), “${replacement}”`,
      params: { found, replacement },
      fix: { replacement },
    });
  }
  return out;
}

/** `26年6月`, `’26`: a year written with two digits where the full year is meant (工作26年, 26年来 are durations). */
export function twoDigitYears(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  const report = (start: number, found: string, year: string) =>
    out.push({
      rule: 'two-digit-year',
      start,
      end: start + found.length,
      message: `“${found}” gives the year in two digits: write the full year, e.g. 20${year}年 (GB/T 15835—2011 5.1.4)`,
      params: { found, year },
    });
  for (const m of text.matchAll(/(?<![0-9A-Za-z.])([0-9]{2})年(?=(?:[1-9]|1[0-2])月)/gu)) report(m.index, m[0], m[1] as string);
  for (const m of text.matchAll(/(?<![0-9A-Za-z])[’']([0-9]{2})(?![0-9A-Za-z’'%])/gu)) {
    // a closing single quotation mark (‘一老一小’26项) is no year's apostrophe
    const before = text.slice(0, m.index);
    if ((before.match(/‘/gu)?.length ?? 0) > (before.match(/’/gu)?.length ?? 0)) continue;
    report(m.index, m[0], m[1] as string);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `20～30%` → `20%～30%`: each number of a percentage range keeps its % sign (GB/T 15835—2011 5.1.3); a hyphen or a
 * tilde between them becomes the house style's range mark.
 */
export function percentRanges(text: string, rangeMark: '～' | '—' = '～'): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of text.matchAll(/(?<![0-9A-Za-z.%％\-－])([0-9]+(?:\.[0-9]+)?)([～~\-－—–至到])([0-9]+(?:\.[0-9]+)?)([%％])/gu)) {
    const [found, from, mark, to, percent] = m as unknown as [string, string, string, string, string];
    // the range marks GB/T 15834 gives stay (至, 到, —, ～); a hyphen or a half-width tilde becomes the house style's
    const range = mark === '至' || mark === '到' || mark === '—' || mark === '～' ? mark : rangeMark;
    const replacement = `${from}${percent}${range}${to}${percent}`;
    out.push({
      rule: 'percent-range',
      start: m.index,
      end: m.index + found.length,
      message: `“${found}”: each number of a percentage range keeps its % sign (GB/T 15835—2011 5.1.3), “${replacement}”`,
      params: { found, replacement },
      fix: { replacement },
    });
  }
  return out;
}
