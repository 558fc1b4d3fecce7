// The page's order of stories: moves by keys, buttons and dragging, adding and removing, and the sidebar's newest-first order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BulletinSummary } from '../../shared/api';
import { addStories, localDate, moveTo, newestFirst, removeStory } from '../../renderer/src/bulletin/pageOrder';

const ids = ['a', 'b', 'c', 'd'];

describe('moveTo', () => {
  it('moves one story (one place up or down, or dropped onto another’s place) and keeps the others in their order', () => {
    expect(moveTo(ids, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(ids, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(ids, 1, 0)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveTo(ids, 1, 2)).toEqual(['a', 'c', 'b', 'd']);
  });
  it('moves nothing onto its own place or from outside the list; a place past the end is the end', () => {
    expect(moveTo(ids, 2, 2)).toBe(ids);
    expect(moveTo(ids, 0, -1)).toBe(ids);
    expect(moveTo(ids, -1, 0)).toBe(ids);
    expect(moveTo(ids, 4, 0)).toBe(ids);
    expect(moveTo(ids, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
  });
  it('keeps every story exactly once, and a move down then up is no move', () => {
    const distinct = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(distinct, fc.nat(), fc.nat(), (list, a, b) => {
        const from = a % list.length;
        const to = b % list.length;
        const moved = moveTo(list, from, to);
        expect([...moved].sort()).toEqual([...list].sort());
        expect(moved[to]).toBe(list[from]);
        expect(moveTo(moved, to, from)).toEqual(list);
      }),
    );
  });
});

describe('addStories and removeStory', () => {
  it('adds at the end in the order given, each once, never twice on the page', () => {
    expect(addStories(['a'], ['c', 'b', 'c', 'a'])).toEqual(['a', 'c', 'b']);
    expect(addStories([], [])).toEqual([]);
  });
  it('removes every place of the story', () => {
    expect(removeStory(['a', 'b', 'a'], 'a')).toEqual(['b']);
    expect(removeStory(ids, 'x')).toEqual(ids);
  });
});

describe('newestFirst', () => {
  const summary = (id: string, date: string, updatedAt: string): BulletinSummary => ({
    id,
    file: `${id}.bulletin.json`,
    title: id,
    date,
    stories: 0,
    updatedAt,
    revision: '0'.repeat(16),
  });
  it('orders by date, newest first, then by last change; undated last', () => {
    const list = [
      summary('old', '2026-06-01', '2026-06-01T08:00:00.000Z'),
      summary('undated', '', '2026-07-01T08:00:00.000Z'),
      summary('new-early', '2026-06-21', '2026-06-20T08:00:00.000Z'),
      summary('new-late', '2026-06-21', '2026-06-21T08:00:00.000Z'),
    ];
    expect(newestFirst(list).map((b) => b.id)).toEqual(['new-late', 'new-early', 'old', 'undated']);
  });
});

describe('localDate', () => {
  it('writes the local day as YYYY-MM-DD', () => {
    expect(localDate(new Date(2026, 5, 1, 23, 59))).toBe('2026-06-01');
    expect(localDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});
