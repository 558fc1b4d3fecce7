// Reading the dateline off a lead's line: 本报讯, 本报4月5日讯, 本报北京5月8日电, with a byline in brackets or not.
import { isByline, readByline, readRolelessByline, startsWithRole, type BylineReading } from '../byline';

const DATE = '(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日';
const SOURCE =
  '(?:据)?(?:本报|本刊|本台|本网|新华社|中新社|中新网|人民网|新华网|央视网|央广网|中国新闻网|' +
  '[\\u4e00-\\u9fff]{2,8}?(?:日报|晚报|早报|都市报|商报|时报|报|网|台))';
/** A second source joined to the first: 东海网-石城日报. */
const JOINED = '(?:[-－—·][\\u4e00-\\u9fff]{2,8}?(?:日报|晚报|早报|都市报|商报|时报|报|网|台))?';
/** source, then an optional place (no 记者/通讯员 in it), an optional date, then 讯 or 电 */
const DATELINE = new RegExp(`^[□■◆●]?(${SOURCE}${JOINED}([\\u4e00-\\u9fff]{0,8}?)(${DATE})?(讯|电|报道))`, 'u');
/** A paper's short name or a place, then 讯, then a break: 江城讯, 青苔讯（记者 …）. */
const SHORT_DATELINE = new RegExp(`^[□■◆●]?(([\\u4e00-\\u9fff]{2,4})()(${DATE})?(讯))(?=[\\s\\u3000（(【：:])`, 'u');
/** Words that end in 讯 and open a sentence, never a dateline. */
const NOT_DATELINES = /(?:通讯|资讯|喜讯|简讯|快讯|短讯|电讯|音讯|闻讯|审讯|传讯|死讯|特讯|问讯|查讯)$/u;
const OPEN = '（(【[';
/** A byline told in the lead: who, then 报道 and a colon, a comma or a space. */
const REPORTED = /^(\S.{1,38}?)(报道[：:，,]?[\s\u3000]*)(?=\S)/u;
const CLOSE = '）)】]';

export interface DatelineReading {
  /** The label as written: 本报讯, 本报北京5月8日电. */
  label: string;
  /** The byline that stood in brackets right after the label, if any. */
  byline?: BylineReading;
  /** The byline was told in the lead's first words (通讯员王小明报道：), not in brackets. */
  told?: true;
  /** The lead paragraph's text after the label (and the byline). */
  rest: string;
  /** Layout marks taken away: the brackets, a colon after the label, a leading □. */
  removed: string;
}

/** Reads a dateline at the start of a line, or null when the line does not open with one. */
export function readDateline(line: string): DatelineReading | null {
  // a cheap first look: a dateline ends in 讯 or 电 within its first 30 characters
  const head = line.slice(0, 30);
  if (!head.includes('讯') && !head.includes('电') && !head.includes('报道')) return null;
  const m = DATELINE.exec(line) ?? SHORT_DATELINE.exec(line);
  if (!m || NOT_DATELINES.test(m[1] as string)) return null;
  const [whole, label, place, date, kind] = m as unknown as [string, string, string, string | undefined, string];
  if (/记者|通讯员|实习生/u.test(place)) return null;
  // "本报通讯员" is a role, not a dateline 本报通讯
  if (label.endsWith('通讯') || line.slice(whole.length).startsWith('员')) return null;
  let rest = line.slice(whole.length);
  const next = rest.trimStart()[0];
  const opensSeparately = next === undefined || /[\s\u3000（(【[：:—]/u.test(rest[0] ?? '') || OPEN.includes(next);
  // "本报记者日前从市电力公司获悉" is a sentence, not a dateline: a 电 needs a date or a break after it
  if (kind === '电' && !date && !opensSeparately) return null;
  // "南湖日报3月8日报道 3月6日，…": a paper's 报道 is a dateline only before a break and a lead
  if (kind === '报道' && (!opensSeparately || rest.trim() === '')) return null;
  // "村级光伏电站并网发电" alone on its line is a headline: a 电 with no date needs the lead after it
  if (kind === '电' && !date && rest.trim() === '') return null;
  // a bare 本报…讯 must have nothing but a place between: 本报讯, 本报北京讯
  if (kind === '讯' && !date && place.length > 4) return null;
  let removed = whole.length > label.length ? whole.slice(0, whole.length - label.length) : '';
  // "本报讯：" — a colon right after the label (or its byline) is layout; after a space it is the lead's own
  const colonFirst = /^[：:]/u.test(rest);
  rest = rest.replace(/^[\s\u3000]+/u, '');
  let byline: BylineReading | undefined;
  let afterByline = false;
  const open = OPEN.indexOf(rest[0] ?? '');
  if (open >= 0) {
    const close = rest.indexOf(CLOSE[open] as string);
    const alt = close < 0 ? rest.search(/[）)】\]]/u) : close;
    if (alt > 0) {
      const inner = rest.slice(1, alt);
      const read = readByline(inner);
      // "本报讯(柯明日 温小溪)5月6日，…": names with no role in the dateline's brackets are its byline too
      const reading = isByline(read) ? read : (readRolelessByline(`（${inner}）`) ?? read);
      if (isByline(reading)) {
        byline = reading;
        removed += rest[0] + (rest[alt] as string) + (reading === read ? reading.removed : reading.removed.slice(2));
        rest = rest.slice(alt + 1);
        afterByline = /^[：:]/u.test(rest);
        rest = rest.replace(/^[\s\u3000]+/u, '');
      }
    }
  }
  // "本报讯 通讯员王小明、李红报道：近日，…": the byline told in the lead's first words
  const told = !byline && startsWithRole(rest) ? REPORTED.exec(rest) : null;
  if (told) {
    const reading = readByline(told[1] as string);
    if (isByline(reading)) {
      byline = reading;
      removed += `${told[2] as string}${reading.removed}`;
      rest = rest.slice(told[0].length);
      return { label, byline, told: true, rest, removed: removed.replace(/[\s\u3000]/gu, '') };
    }
  }
  // "本报讯 记者 王小明 通讯员 李红 近日，…": the byline unbracketed, up to the last word that still reads as one
  const spaced = !byline && startsWithRole(rest) ? leadingByline(rest) : null;
  if (spaced) return { label, byline: spaced.reading, rest: rest.slice(spaced.cut), removed: removed + spaced.reading.removed };
  const colon = (byline ? afterByline : colonFirst) ? /^[：:]/u.exec(rest) : null;
  if (colon) {
    removed += colon[0];
    rest = rest.slice(1).replace(/^[\s\u3000]+/u, '');
  }
  return { label, ...(byline ? { byline } : {}), rest, removed };
}

/** The longest run of words at the lead's start that reads as a byline, and where the lead starts after it. */
function leadingByline(rest: string): { reading: BylineReading; cut: number } | null {
  const parts = rest.split(/([\s\u3000]+)/u);
  let best: { reading: BylineReading; cut: number } | null = null;
  let text = '';
  for (let k = 0; k < parts.length; k += 2) {
    text += (k > 0 ? (parts[k - 1] as string) : '') + (parts[k] as string);
    if (text.length > 40) break;
    const reading = readByline(text);
    if (isByline(reading)) best = { reading, cut: text.length + (parts[k + 1]?.length ?? 0) };
  }
  return best;
}

/** A lead's opening as the importer reads it: a dateline, or a byline in brackets with no dateline (label ''). */
export function readLeadOpening(line: string): DatelineReading | null {
  return readDateline(line) ?? bylineOpening(line);
}

/** A lead that opens with a byline in brackets and no dateline: （记者 张一 通讯员 王二）14日，… */
function bylineOpening(line: string): DatelineReading | null {
  const open = OPEN.indexOf(line[0] ?? '');
  if (open < 0) return null;
  const close = line.indexOf(CLOSE[open] as string);
  if (close < 3 || close > 60) return null;
  const rest = line.slice(close + 1).replace(/^[\s\u3000]+/u, '');
  if (rest === '') return null;
  const reading = readByline(line.slice(1, close));
  if (!isByline(reading)) return null;
  return { label: '', byline: reading, rest, removed: `${line[0] as string}${line[close] as string}${reading.removed}` };
}
