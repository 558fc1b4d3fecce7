// Helpers shared by the unit tests: fixed-id stories, and a story without its id and times for comparison.
import { newStory, type Contributor, type Story, type Block, type Decision } from '../../shared/index';

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

export function messages(decisions: readonly Decision[]): string[] {
  return decisions.map((d) => d.message);
}
