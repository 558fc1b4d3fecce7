// The desk's own layout mistakes: a dateline repeated inside the body, a byline left in the body when the byline field holds it too.
import { creditKind, readByline } from '../byline';
import { readDateline } from '../parse/dateline';
import { DEFAULT_DATELINE } from '../story';
import { bylineStart } from './formRules';
import type { RawFinding } from './types';

/** 本报讯 (or the house style's label) quoted or cited (据本报讯, “本报讯”, 《本报讯》) is not a dateline. */
const CITED = /[据“‘《〈「]$/u;

function datelineFinding(start: number, label: string, where: 'paragraph' | 'inside'): RawFinding {
  return {
    rule: 'dateline-in-body',
    start,
    end: start + label.length,
    message:
      where === 'paragraph'
        ? `a paragraph after the lead opens with a dateline, “${label}”: the dateline stands once, before the lead`
        : `“${label}” inside the text: the dateline stands once, before the lead`,
    params: { found: label, where },
  };
}

/** The labels looked for inside the text: 本报讯 and the house style's own. */
function labelsOf(houseLabel: string): string[] {
  return [...new Set([DEFAULT_DATELINE, houseLabel].filter((l) => l.trim() !== ''))];
}

/** Each place a label stands inside `text` after `from`, not cited. */
function labelsInside(text: string, labels: readonly string[], from: number): RawFinding[] {
  const out: RawFinding[] = [];
  for (const label of labels) {
    for (let at = text.indexOf(label, from); at >= 0; at = text.indexOf(label, at + label.length)) {
      if (CITED.test(text.slice(0, at))) continue;
      out.push(datelineFinding(at, label, 'inside'));
    }
  }
  return out;
}

/**
 * `dateline-in-body` in a story's body block: a later paragraph that opens with a dateline (本报讯 5月9日，…), or
 * 本报讯 (the house label) anywhere but at the lead's start (which `dateline-form` reports).
 */
export function datelineInBody(text: string, block: number, houseLabel: string): RawFinding[] {
  const labels = labelsOf(houseLabel);
  const lead = text.length - text.trimStart().length;
  const opening = readDateline(text.slice(lead));
  if (block === 0) return labelsInside(text, labels, opening ? lead + opening.label.length : lead + 1);
  if (opening && opening.rest !== text.slice(lead) && !opening.label.startsWith('据')) {
    return [datelineFinding(lead, opening.label, 'paragraph'), ...labelsInside(text, labels, lead + opening.label.length)];
  }
  return labelsInside(text, labels, 0);
}

/** `dateline-in-body` in a page's line: a dateline opens a story's lead line, so only one inside a line is a mistake. */
export function datelineInLine(line: string, houseLabel: string): RawFinding[] {
  const lead = line.length - line.trimStart().length;
  return labelsInside(line, labelsOf(houseLabel), lead + 1);
}

/** The names a byline gives (李明, 王芳), photo credits left out: 记者 李明 摄 credits a photo, not the story. */
function bylineNames(text: string): { names: string[]; photo: boolean } {
  const reading = readByline(text);
  return {
    names: reading.contributors.flatMap((c) => c.names),
    photo: reading.contributors.some((c) => c.credit !== '' && creditKind(c.credit) === 'photo'),
  };
}

/**
 * `byline-in-body`: the body's first or last paragraph ends with (or is) a byline whose names the byline field holds
 * too, so the byline would be printed twice. The fix removes a byline after the paragraph's last sentence; a
 * paragraph that is nothing but the byline is for the reporter to delete.
 */
export function bylineInBody(text: string, bylineField: string): RawFinding[] {
  const field = bylineNames(bylineField).names;
  if (field.length === 0) return [];
  const at = bylineStart(text);
  if (at < 0) return [];
  const found = bylineNames(text.slice(at));
  if (found.photo || found.names.length === 0 || !found.names.every((n) => field.includes(n))) return [];
  const byline = text.slice(at).trim();
  const whole = text.slice(0, at).trim() === '';
  return [
    {
      rule: 'byline-in-body',
      start: whole ? 0 : at,
      end: text.length,
      message: `the body ${whole ? 'has a paragraph that is' : 'ends with'} the byline “${byline}”, which the byline field holds too: it would be printed twice`,
      params: { found: byline, where: whole ? 'paragraph' : 'end' },
      ...(whole ? {} : { fix: { replacement: '' } }),
    },
  ];
}
