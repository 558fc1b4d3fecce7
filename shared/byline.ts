// The byline as the paper writes it (记者 李明 通讯员 王芳 文/图): read into contributors, and written back.
import type { Contributor } from './story';
import { startsWithSurname } from './surnames';

/**
 * Role words: 记者 with its forms (本报记者, 见习记者, 全媒体记者 …), 通讯员, 实习生, 摄影; the newsroom may stand
 * before them: 本报, a paper's short name (郑报), a media centre (融媒体中心, 区融媒体中心).
 */
const ROLE =
  '(?:本报|晚报|日报|本刊|本台|本网|[\u4e00-\u9fff]{0,6}?(?:日报|晚报|早报|晨报|都市报|商报|时报|报|网|电视台|台|广电|融媒体中心|新闻中心|传媒|融媒|媒体))?' +
  '(?:见习|实习|特约|首席|融媒体|全媒体|摄影|驻站|特派)?(?:记者|通讯员)|实习生|摄影';
const ROLE_ONLY = new RegExp(`^(?:${ROLE})$`, 'u');
const ROLE_PREFIX = new RegExp(`^(${ROLE})[:：]?`, 'u');
/** The roles a reporter picks for her own byline (Settings), each one a role word the byline reading knows. */
export const USUAL_ROLES = [
  '记者',
  '本报记者',
  '见习记者',
  '特约记者',
  '首席记者',
  '摄影记者',
  '融媒体记者',
  '通讯员',
  '实习生',
  '摄影',
] as const;

/** True for a role word alone (记者, 见习记者, 通讯员, 实习生 …). */
export function isRole(word: string): boolean {
  return ROLE_ONLY.test(word);
}
/** Credits written after a name: words and photos by the same person, photo, report. */
const CREDITS = ['文/图', '图/文', '文／图', '图／文', '文图', '图文', '摄', '摄影报道', '报道', '文', '图', '制图', '视频'];
const LEADING_CREDITS = ['文/图', '图/文', '文／图', '图／文', '文图', '图文'];
const GLUED_CREDIT = /^(.+?)(文\/图|图\/文|文／图|图／文)$/u;
/** 文图 or 摄 written straight after a two- or three-character name (张明文图, 王小明摄): read before the whole is taken for a name. */
const GLUED_PLAIN_CREDIT = /^([\u4e00-\u9fff]{2,3})(文图|图文|摄)$/u;
/** Credits that may stand before the role they belong to: "图 记者 李明", "文/图 本报记者 李明". */
const CREDITS_BEFORE_ROLE = [...LEADING_CREDITS, '图'];
const NAME = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,8})$/u;
/** Words that follow 记者 in a column title, not a name (记者手记). */
const NOT_NAMES = new Set(['手记', '观察', '调查', '探访', '走访', '见闻', '札记', '感言', '连线', '直击', '体验', '日记', '节', '站']);
const LEADING_MARKS = /^[□■◇◆●○◎▲△★☆▌▍|｜]+/u;
const SPACE = /[\s\u3000]+/u;

export interface BylineReading {
  contributors: Contributor[];
  /** Pieces that could not be read as a role, a name or a credit, in order. */
  unread: string[];
  /** Marks the reading took away because the layout writes them anew: brackets, □, 、. */
  removed: string;
}

/** A name as the paper writes it (2–4 Han characters, or a name with a middle dot), never a role word or a column word. */
export function isName(word: string): boolean {
  return NAME.test(word) && !NOT_NAMES.has(word) && !ROLE_ONLY.test(word);
}

/** A name with a credit written straight after it: 李明文/图, 张明文图. */
function nameWithCredit(word: string): { name: string; credit: string } | null {
  const glued = GLUED_CREDIT.exec(word) ?? GLUED_PLAIN_CREDIT.exec(word);
  const name = glued?.[1];
  if (!glued || !name || !isName(name)) return null;
  // 张明文图 only where a surname opens the name (a name such as 李文图 stays a name)
  if (GLUED_PLAIN_CREDIT.test(word) && !startsWithSurname(name)) return null;
  return { name, credit: glued[2] as string };
}

/** What a credit says: words and photos by one person (文/图, written 文图 too), a photo (摄, 摄影, 图), the words (文). */
export type CreditKind = 'wordsAndPhotos' | 'photo' | 'words';

export function creditKind(credit: string): CreditKind | null {
  const c = credit.trim();
  if (LEADING_CREDITS.includes(c)) return 'wordsAndPhotos';
  if (c === '摄' || c === '摄影' || c === '图') return 'photo';
  if (c === '文') return 'words';
  return null;
}

/** What may follow a role word in the same token: nothing, or a name with a surname (记者杨德坤, 记者杨德坤文/图). */
function readsAfterRole(rest: string): boolean {
  return rest === '' || (startsWithSurname(rest) && (isName(rest) || nameWithCredit(rest) !== null));
}

interface OpeningRole {
  role: string;
  /** A colon after the role word: 记者：李明. */
  removed: string;
  /** A credit written straight after the role word: 实习生文/图 李明. */
  credit: string;
  /** What is left of the token: a name, or nothing. */
  rest: string;
}

/**
 * A token that opens with a role word, read when what follows it in the token can be read: nothing, a name
 * (记者杨德坤; 记者探营 is a column head), or a credit written before the names (实习生文/图, 实习生文/图李明).
 */
function openingRole(token: string): OpeningRole | null {
  const m = ROLE_PREFIX.exec(token);
  if (!m) return null;
  const role = m[1] as string;
  const removed = m[0].slice(role.length);
  const rest = token.slice(m[0].length);
  if (readsAfterRole(rest)) return { role, removed, credit: '', rest };
  const credit = LEADING_CREDITS.find((c) => rest.startsWith(c));
  if (credit && readsAfterRole(rest.slice(credit.length))) return { role, removed, credit, rest: rest.slice(credit.length) };
  return null;
}

/** True when the text begins with a role word (记者, 本报记者 …), as a byline does. */
export function startsWithRole(text: string): boolean {
  return ROLE_PREFIX.test(text);
}

/** A cheap first look: a byline is short and opens with a role, a credit, a bracket or a □. */
export function mayBeByline(text: string): boolean {
  return (
    text.length <= 80 &&
    (startsWithRole(text) || LEADING_MARKS.test(text) || /^[（(【[文图]/u.test(text) || startsWithRole(text.replace(/[\s\u3000]+/gu, '')))
  );
}

/**
 * A two-character name padded to three characters' width (张 舟): a surname alone, then one character alone, is one
 * name. The space is layout; the tokens are joined in place.
 */
function joinSpacedNames(tokens: string[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as string;
    const b = tokens[i + 1] as string;
    const c = tokens[i + 2] ?? '';
    const single = (x: string) => /^[\u4e00-\u9fff]$/u.test(x);
    if (!single(a) || !single(b)) continue;
    // a role letter-spaced: 记 者, 通 讯 员
    if (single(c) && isRole(a + b + c)) tokens.splice(i, 3, a + b + c);
    else if (isRole(a + b)) tokens.splice(i, 2, a + b);
    else if (startsWithSurname(a) && !CREDITS.includes(b)) tokens.splice(i, 2, a + b);
  }
}

/** Roles and names written with no space at all (记者张京实习生张玉): cut before each role that follows a name. */
function splitGluedRoles(token: string): string[] {
  if (token.length < 6 || openingRole(token)) return [token];
  for (let j = 3; j + 2 <= token.length; j++) {
    const right = token.slice(j);
    if (!startsWithRole(right)) continue;
    const left = openingRole(token.slice(0, j));
    if (left && left.rest !== '') return [token.slice(0, j), ...splitGluedRoles(right)];
  }
  return [token];
}

/** Reads a byline. Whatever is not understood is kept in `unread`, never dropped. */
export function readByline(input: string): BylineReading {
  let text = input.trim();
  let removed = '';
  const marks = LEADING_MARKS.exec(text);
  if (marks) {
    removed += marks[0];
    text = text.slice(marks[0].length).trim();
  }
  const wrapped = /^[（(【[]\s*([\s\S]*?)\s*[）)】\]]$/u.exec(text);
  if (wrapped) {
    removed += `${text[0] ?? ''}${text[text.length - 1] ?? ''}`;
    text = wrapped[1] as string;
  }
  const contributors: Contributor[] = [];
  const unread: string[] = [];
  let current: Contributor | undefined;
  const tokens: string[] = [];
  for (const raw of text.split(SPACE)) {
    if (raw === '') continue;
    const parts = raw.split(/([、，,])/u);
    for (const p of parts) {
      if (/^[、，,]$/u.test(p)) removed += p;
      else if (p !== '') tokens.push(p);
    }
  }
  joinSpacedNames(tokens);
  tokens.splice(0, tokens.length, ...tokens.flatMap(splitGluedRoles));
  // credits written before the role, waiting for the contributor they open: "文/图 本报记者 李明"
  let pending: string[] = [];
  /** Keeps a piece that is not understood, after any credit still waiting, in the order written. */
  const leaveUnread = (piece: string) => {
    unread.push(...pending, piece);
    pending = [];
  };
  const addName = (name: string) => {
    if (current) current.names.push(name);
    else leaveUnread(name);
  };
  // a second credit is added to the first, never written over it: "记者 李明 文/图 文/图" keeps both
  const addCredit = (c: Contributor, credit: string) => {
    c.credit = c.credit ? `${c.credit} ${credit}` : credit;
  };
  for (let at = 0; at < tokens.length; at++) {
    let token = tokens[at] as string;
    const next = tokens[at + 1];
    if (!current && CREDITS_BEFORE_ROLE.includes(token)) {
      pending.push(token);
      continue;
    }
    // 摄影 alone is the photo credit when no name follows it ("记者 李明 摄影"), or before the role it credits ("摄影 记者 李明")
    if (
      token === '摄影' &&
      (next === undefined ? current !== undefined && current.names.length > 0 : next !== '' && startsWithRole(next))
    ) {
      if (next !== undefined) pending.push(token);
      else if (current) addCredit(current, token);
      continue;
    }
    // "文/记者 李明 图/通讯员 王芳": what each did, written before the role
    const did = /^(文|图|摄影|摄)[/／](.+)$/u.exec(token);
    const didRole = did ? openingRole(did[2] as string) : null;
    if (did && didRole) {
      pending.push(did[1] as string);
      removed += token[(did[1] as string).length] as string;
    }
    const opening = didRole ?? openingRole(token);
    if (opening) {
      removed += opening.removed;
      current = { role: opening.role, names: [], credit: '' };
      for (const credit of [...pending, opening.credit]) if (credit) addCredit(current, credit);
      pending = [];
      contributors.push(current);
      token = opening.rest;
      if (token === '') continue;
    }
    // a credit after the names, or one written between the role and its names ("记者 文/图 李明")
    if (current && (current.names.length > 0 ? CREDITS : LEADING_CREDITS).includes(token)) {
      addCredit(current, token);
      continue;
    }
    // "记者 王小明/文 李红/图": each name with what it did; a second credit under one role is a contributor of its own
    const slashed = current && !GLUED_CREDIT.test(token) ? /^(.+?)([/／])(文|图|摄|摄影)$/u.exec(token) : null;
    if (current && slashed && isName(slashed[1] as string)) {
      const [, name, slash, credit] = slashed as unknown as [string, string, string, string];
      removed += slash;
      if (current.names.length > 0 && current.credit !== '' && current.credit !== credit) {
        current = { role: current.role, names: [], credit: '' };
        contributors.push(current);
      }
      current.names.push(name);
      if (current.credit !== credit) addCredit(current, credit);
      continue;
    }
    const glued = nameWithCredit(token);
    if (isName(token) && !(glued && GLUED_PLAIN_CREDIT.test(token))) {
      addName(token);
      continue;
    }
    if (glued && current) {
      addName(glued.name);
      addCredit(current, glued.credit);
      continue;
    }
    leaveUnread(token);
  }
  unread.push(...pending);
  // "刘小龙 本报通讯员 肖定安": names before the first role, when roles follow, are a contributor without a role
  const lead = unread.findIndex((u) => !(isName(u) && startsWithSurname(u)));
  const names = lead < 0 ? unread.length : lead;
  if (names > 0 && names === unread.length && contributors.length > 0 && tokens[0] === unread[0])
    return { contributors: [{ role: '', names: unread, credit: '' }, ...contributors], unread: [], removed };
  return { contributors, unread, removed };
}

/** True when the whole text reads as a byline: at least one role with a name, and nothing left over. */
export function isByline(reading: BylineReading): boolean {
  return reading.unread.length === 0 && reading.contributors.length > 0 && reading.contributors.every((c) => c.names.length > 0);
}

/** Contributors from a reading, with whatever was not understood kept as a contributor without a role. */
export function contributorsKeepingUnread(reading: BylineReading): Contributor[] {
  const out = reading.contributors.map((c) => ({ ...c, names: [...c.names] }));
  if (reading.unread.length > 0) out.push({ role: '', names: [...reading.unread], credit: '' });
  return out;
}

export interface BylineFormat {
  roleWords?: Readonly<Record<string, string>>;
  nameSeparator?: string;
}

/** Writes contributors as the paper does: `记者 李明 通讯员 王芳 文/图`. */
export function formatByline(contributors: readonly Contributor[], format: BylineFormat = {}): string {
  const sep = format.nameSeparator ?? ' ';
  return contributors
    .filter((c) => c.role.trim() !== '' || c.names.some((n) => n.trim() !== ''))
    .map((c) => {
      const role = c.role.trim() === '' ? '' : (format.roleWords?.[c.role] ?? c.role);
      const names = c.names
        .map((n) => n.trim())
        .filter((n) => n !== '')
        .join(sep);
      return [role, names, c.credit.trim()].filter((p) => p !== '').join(' ');
    })
    .join(' ');
}

const PHOTO_CREDIT = /^(摄|摄影|摄影报道)$/u;

/**
 * A byline with no role on its own line: a photo credit (王小明摄, 李红 摄, （王小明 李红 摄）), read as the
 * photographers with the 摄 credit, names and 文/图 (冷一 刘二 文/图), or names alone in brackets or after a mark
 * (（王小明 李红）, □沈均); null when the line is anything else.
 */
export function readRolelessByline(input: string): BylineReading | null {
  const text = input.trim();
  if (text.length > 40) return null;
  const marks = LEADING_MARKS.exec(text);
  const unmarked = marks ? text.slice(marks[0].length).trim() : text;
  const wrapped = /^[（(]\s*([\s\S]*?)\s*[）)]$/u.exec(unmarked);
  const inner = wrapped ? (wrapped[1] as string) : unmarked;
  let removed = (marks?.[0] ?? '') + (wrapped ? `${unmarked[0] ?? ''}${unmarked[unmarked.length - 1] ?? ''}` : '');
  const tokens = inner.split(/([\s\u3000、，,]+)/u);
  const words: string[] = [];
  for (const t of tokens) {
    if (/^[\s\u3000]*$/u.test(t)) continue;
    if (/^[\s\u3000、，,]+$/u.test(t)) removed += t.replace(/[\s\u3000]/gu, '');
    else words.push(t);
  }
  const last = words[words.length - 1];
  if (!last) return null;
  joinSpacedNames(words);
  // "陈立国/林木": names with a slash between them
  if (words.length === 1 && /^[^/／]+(?:[/／][^/／]+)+$/u.test(words[0] as string)) {
    const slashed = (words[0] as string).split(/[/／]/u);
    if (slashed.every((n) => isName(n) && startsWithSurname(n)))
      return { contributors: [{ role: '', names: slashed, credit: '' }], unread: [], removed: removed + '/'.repeat(slashed.length - 1) };
  }
  // "（王小明 李红）", "□沈均": names alone in brackets or after a mark, the writers of a correspondent's story
  if ((wrapped || marks) && words.length <= 4 && words.every((n) => isName(n) && startsWithSurname(n)))
    return { contributors: [{ role: '', names: words, credit: '' }], unread: [], removed };
  let names: string[];
  let credit: string;
  if (PHOTO_CREDIT.test(last) || LEADING_CREDITS.includes(last)) {
    names = words.slice(0, -1);
    credit = last;
  } else {
    const glued = /^(.+?)(摄影报道|摄影|摄)$/u.exec(last);
    if (!glued) return null;
    names = [...words.slice(0, -1), glued[1] as string];
    credit = glued[2] as string;
  }
  if (names.length === 0 || !names.every((n) => isName(n) && startsWithSurname(n))) return null;
  return { contributors: [{ role: '', names, credit }], unread: [], removed };
}

/**
 * Adds contributors to a byline. A photo credit without a role whose one photographer is already named with a role
 * (记者 王小明 … 王小明摄), in either order, becomes that contributor's credit, so the byline names him once; the
 * names written twice are returned, for the decision that says so.
 */
export function addContributors(byline: readonly Contributor[], added: readonly Contributor[]): { byline: Contributor[]; twice: string[] } {
  const out = byline.map((c) => ({ ...c, names: [...c.names] }));
  const twice: string[] = [];
  const creditOnly = (c: Contributor) => c.role === '' && PHOTO_CREDIT.test(c.credit) && c.names.length === 1;
  const giveCredit = (owner: Contributor, credit: string) => {
    owner.credit = owner.credit === '' ? credit : owner.credit.split(' ').includes(credit) ? owner.credit : `${owner.credit} ${credit}`;
  };
  for (const c of added) {
    const name = c.names[0];
    const owner = creditOnly(c) ? out.find((o) => o.role !== '' && o.names.length === 1 && o.names[0] === name) : undefined;
    if (owner) {
      giveCredit(owner, c.credit);
      twice.push(name as string);
      continue;
    }
    const copy = { ...c, names: [...c.names] };
    const earlier = c.role !== '' && c.names.length === 1 ? out.findIndex((o) => creditOnly(o) && o.names[0] === c.names[0]) : -1;
    if (earlier >= 0) {
      giveCredit(copy, (out[earlier] as Contributor).credit);
      twice.push(c.names[0] as string);
      out.splice(earlier, 1);
    }
    out.push(copy);
  }
  return { byline: out, twice };
}

/**
 * Names alone on a line, unmarked (庞一 温二): read as a byline without a role only where a byline stands, after a
 * story's last paragraph (two-character words that open with a surname are also titles: 金秋 丰收).
 */
export function readNamesLine(text: string): BylineReading | null {
  if (text.length > 20) return null;
  const words = text.split(/[\s\u3000、，,]+/u).filter((w) => w !== '');
  joinSpacedNames(words);
  if (words.length === 0 || words.length > 4) return null;
  if (!words.every((w) => isName(w) && startsWithSurname(w) && charLengthOf(w) <= 3)) return null;
  const removed = text.replace(/[\s\u3000]/gu, '').replace(/[^、，,]/gu, '');
  return { contributors: [{ role: '', names: words, credit: '' }], unread: [], removed };
}

const charLengthOf = (w: string) => Array.from(w).length;
