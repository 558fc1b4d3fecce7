// The checks of the paper's own forms: the dateline, the byline, a page's lead line, and the house style's length targets.
import { isByline, readByline, startsWithRole } from '../byline';
import { readDateline } from '../parse/dateline';
import type { RawFinding } from './types';

/** The story's dateline field: a label as the paper writes it (本报讯, 本报北京5月8日电), nothing around it. */
export function datelineField(text: string, houseLabel: string): RawFinding[] {
  const out: RawFinding[] = [];
  if (text === '') return out;
  const lead = /^[\s\u3000]+/u.exec(text)?.[0].length ?? 0;
  const tail = /[\s\u3000：:]+$/u.exec(text.slice(lead))?.[0] ?? '';
  const label = text.slice(lead, text.length - tail.length);
  if (lead > 0) {
    out.push({
      rule: 'dateline-form',
      start: 0,
      end: lead,
      message: 'a space before the dateline: the label opens the lead line',
      params: { problem: 'space-before' },
      fix: { replacement: '' },
    });
  }
  if (tail !== '') {
    out.push({
      rule: 'dateline-form',
      start: text.length - tail.length,
      end: text.length,
      message: `“${tail}” after the dateline: the layout puts one space between the label and the lead by itself`,
      params: { problem: 'after-label', found: tail },
      fix: { replacement: '' },
    });
  }
  if (label === '' || label === houseLabel) return out;
  const read = readDateline(label);
  if (!read || read.rest !== '' || read.label !== label) {
    out.push({
      rule: 'dateline-form',
      start: lead,
      end: lead + label.length,
      message: `“${label}” does not read as a dateline: write it as 本报讯, 本报北京5月8日电 or the house style's label`,
      params: { problem: 'unreadable', found: label },
    });
  }
  return out;
}

/** The lead paragraph must not carry a dateline of its own (one pasted in with the text). */
export function leadRepeatsDateline(lead: string): RawFinding[] {
  const read = readDateline(lead.trimStart());
  if (!read || read.rest === lead.trimStart()) return [];
  const start = lead.indexOf(read.label);
  return [
    {
      rule: 'dateline-form',
      start,
      end: start + read.label.length,
      message: `the lead opens with a dateline, “${read.label}”: it belongs in the dateline field, or it is printed twice`,
      params: { problem: 'in-lead', found: read.label },
    },
  ];
}

/**
 * A page's line that opens with a dateline: one half-width space between the label and the lead (none when the
 * byline stands in brackets after it). Returns the findings and the range whose spaces are the layout's own.
 */
export function pageDateline(line: string): { findings: RawFinding[]; exempt: Array<[number, number]> } {
  const read = readDateline(line);
  if (!read) return { findings: [], exempt: [] };
  const labelEnd = line.indexOf(read.label) + read.label.length;
  const gap = /^[\s\u3000：:]*/u.exec(line.slice(labelEnd))?.[0] ?? '';
  const next = line[labelEnd + gap.length] ?? '';
  const exempt: Array<[number, number]> = [[labelEnd, labelEnd + gap.length]];
  if (read.byline) {
    const close = line.slice(labelEnd).search(/[）)】\]]/u);
    if (close >= 0) exempt.push([labelEnd, labelEnd + close + 1]);
    return { findings: [], exempt };
  }
  if (gap === ' ' || /[（(【[]/u.test(next) || read.rest === '') return { findings: [], exempt };
  return {
    findings: [
      {
        rule: 'dateline-form',
        start: labelEnd,
        end: labelEnd + gap.length,
        message:
          gap === ''
            ? `no space after “${read.label}”: one half-width space stands between the dateline and the lead`
            : `“${gap}” after “${read.label}”: one half-width space stands between the dateline and the lead`,
        params: { problem: 'gap', label: read.label, found: gap },
        fix: { replacement: ' ' },
      },
    ],
    exempt,
  };
}

/** Where a byline starts in a line: the whole line, or the end of a paragraph after its final mark; -1 when none. */
export function bylineStart(line: string): number {
  if (startsWithRole(line.trimStart()) && isByline(readByline(line))) return 0;
  const m = /[。！？”.!?][^。！？”.!?]{2,40}$/u.exec(line);
  if (!m) return -1;
  const at = m.index + 1;
  const rest = line.slice(at);
  return startsWithRole(rest) && isByline(readByline(rest)) ? at : -1;
}

/** The byline as typed: roles with names, nothing left unread, somebody named. */
export function bylineForm(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  if (text.trim() === '') {
    return [
      {
        rule: 'byline-form',
        start: 0,
        end: 0,
        message: 'the byline names nobody: write the role and the name, e.g. 记者 李明',
        params: { problem: 'nobody' },
      },
    ];
  }
  const reading = readByline(text);
  let from = 0;
  const locate = (piece: string) => {
    const at = text.indexOf(piece, from);
    if (at < 0) return { start: 0, end: text.length };
    from = at + piece.length;
    return { start: at, end: at + piece.length };
  };
  for (const c of reading.contributors) {
    const at = locate(c.role);
    for (const n of c.names) locate(n);
    if (c.names.length === 0) {
      out.push({
        rule: 'byline-form',
        ...at,
        message: `“${c.role}” names nobody: write the name after the role, e.g. ${c.role} 李明`,
        params: { problem: 'no-name', found: c.role },
      });
    }
  }
  from = 0;
  for (const piece of reading.unread) {
    out.push({
      rule: 'byline-form',
      ...locate(piece),
      message: `“${piece}” is not read as a role, a name or a credit: write the byline as 记者 李明 通讯员 王芳`,
      params: { problem: 'unread', found: piece },
    });
  }
  if (reading.contributors.length === 0 && reading.unread.length === 0) {
    out.push({
      rule: 'byline-form',
      start: 0,
      end: text.length,
      message: 'the byline names nobody: write the role and the name, e.g. 记者 李明',
      params: { problem: 'nobody' },
    });
  }
  return out;
}

export function lengthTarget(length: number, target: number, what: 'headline' | 'story', textLength: number): RawFinding[] {
  if (target <= 0 || length <= target) return [];
  return [
    {
      rule: 'length-target',
      start: 0,
      end: textLength,
      message: `the ${what} has ${length} characters (字数), over the house style's target of ${target}`,
      params: { what, n: length, target },
    },
  ];
}
