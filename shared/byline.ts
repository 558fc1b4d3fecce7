// The byline as the paper writes it (记者 李明 通讯员 王芳 文/图): read into contributors, and written back.
import type { Contributor } from './story';
import { startsWithSurname } from './surnames';

/** Role words: 记者 with its forms (本报记者, 见习记者, 摄影记者 …), 通讯员, 实习生, 摄影. */
const ROLE = '(?:本报|晚报|日报|本刊|本台|本网)?(?:见习|实习|特约|首席|融媒体|全媒体|摄影|驻站)?(?:记者|通讯员)|实习生|摄影';
const ROLE_ONLY = new RegExp(`^(?:${ROLE})$`, 'u');
const ROLE_PREFIX = new RegExp(`^(${ROLE})[:：]?`, 'u');
/** Credits written after a name: words and photos by the same person, photo, report. */
const CREDITS = ['文/图', '图/文', '文／图', '图／文', '文图', '图文', '摄', '报道', '文', '图', '制图', '视频'];
const LEADING_CREDITS = ['文/图', '图/文', '文／图', '图／文', '文图', '图文'];
const GLUED_CREDIT = /^(.+?)(文\/图|图\/文|文／图|图／文)$/u;
const NAME = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,8})$/u;
/** Words that follow 记者 in a column title, not a name (记者手记). */
const NOT_NAMES = new Set(['手记', '观察', '调查', '探访', '走访', '见闻', '札记', '感言', '连线', '直击', '体验', '日记', '节', '站']);
const LEADING_MARKS = /^[□■◇◆●○▲△★☆]+/u;
const SPACE = /[\s\u3000]+/u;

export interface BylineReading {
  contributors: Contributor[];
  /** Pieces that could not be read as a role, a name or a credit, in order. */
  unread: string[];
  /** Marks the reading took away because the layout writes them anew: brackets, □, 、. */
  removed: string;
}

export function isRoleWord(word: string): boolean {
  return ROLE_ONLY.test(word);
}

export function isName(word: string): boolean {
  return NAME.test(word) && !NOT_NAMES.has(word);
}

/** True when the text begins with a role word (记者, 本报记者 …), as a byline does. */
export function startsWithRole(text: string): boolean {
  return ROLE_PREFIX.test(text);
}

/** A cheap first look: a byline is short and opens with a role, a credit, a bracket or a □. */
export function mayBeByline(text: string): boolean {
  return text.length <= 80 && (startsWithRole(text) || /^[□■◇◆●○▲△★☆（(【[文图]/u.test(text));
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
    removed += `${text[0] ?? ""}${text[text.length - 1] ?? ""}`;
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
  const addName = (name: string) => {
    if (current) current.names.push(name);
    else unread.push(name);
  };
  // a credit written before the role applies to the contributor it opens: "文/图 本报记者 李明"
  let pendingCredit = '';
  for (let token of tokens) {
    if (!current && LEADING_CREDITS.includes(token)) {
      pendingCredit = token;
      continue;
    }
    // "文/记者 李明 图/通讯员 王芳": what each did, written before the role
    const did = /^(文|图|摄影|摄)[/／](.+)$/u.exec(token);
    if (did && ROLE_PREFIX.test(did[2] as string)) {
      pendingCredit = did[1] as string;
      removed += token[did[1]!.length] as string;
      token = did[2] as string;
    }
    const role = ROLE_PREFIX.exec(token);
    if (role) {
      const rest = token.slice(role[0].length);
      // a name glued to the role must start with a surname: 记者杨德坤 is a byline, 记者探营 a column head
      const restIsName = rest !== '' && startsWithSurname(rest) && (isName(rest) || GLUED_CREDIT.test(rest));
      if (rest === '' || restIsName) {
        if (role[0] !== role[1]) removed += role[0].slice((role[1] as string).length);
        current = { role: role[1] as string, names: [], credit: pendingCredit };
        pendingCredit = '';
        contributors.push(current);
        token = rest;
        if (token === '') continue;
      }
    }
    if (current && current.names.length > 0 && CREDITS.includes(token)) {
      current.credit = current.credit ? `${current.credit} ${token}` : token;
      continue;
    }
    if (isName(token)) {
      addName(token);
      continue;
    }
    const glued = GLUED_CREDIT.exec(token);
    if (glued && isName(glued[1] as string) && current) {
      addName(glued[1] as string);
      current.credit = glued[2] as string;
      continue;
    }
    unread.push(token);
  }
  if (pendingCredit) unread.unshift(pendingCredit);
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
      const names = c.names.map((n) => n.trim()).filter((n) => n !== '').join(sep);
      return [role, names, c.credit.trim()].filter((p) => p !== '').join(' ');
    })
    .join(' ');
}
