// Helpers shared by the unit tests: fixed-id stories, and a story without its id and times for comparison.
import { newStory, type Contributor, type Story, type Block, type ParsedPage } from '../../shared/index';

export const T0 = new Date('2024-05-08T08:00:00.000Z');

let counter = 0;
/** A story with a fixed id and time, made of the given fields. */
export function story(fields: Partial<Omit<Story, 'format' | 'version'>> = {}): Story {
  counter++;
  return newStory(fields, { id: `test-${counter}`, now: T0 });
}

export const p = (text: string): Block => ({ type: 'paragraph', text });
export const sub = (text: string): Block => ({ type: 'subheading', text });
export const by = (role: string, names: string[], credit = ''): Contributor => ({ role, names, credit });

/** The fields that the page holds: everything but the id and the times. */
export function content(s: Story): Omit<Story, 'id' | 'createdAt' | 'updatedAt'> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = s;
  return rest;
}

/** A page from lines (LF), so that line numbers in tests are easy to read. */
export function page(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** Every piece of text the importer kept: story fields, marks it removed (and said so), lines it left unplaced. */
export function keptTexts(r: ParsedPage): string[] {
  const out: string[] = [];
  for (const s of r.stories) {
    out.push(s.kicker, s.headline, s.subheadline, s.dateline, s.notes);
    for (const c of s.byline) out.push(c.role, ...c.names, c.credit);
    for (const b of s.body) out.push(b.text);
  }
  for (const d of r.decisions) {
    if (d.removed) out.push(d.removed);
    if (d.kind === 'unplaced' && d.text) out.push(d.text);
  }
  return out;
}
