// The catalog finds a story's file by its id without looking through every entry, and stays right as files change.
import { describe, expect, it } from 'vitest';
import type { StorySummary } from '../../shared/api';
import { CatalogMap } from '../../electron/services/library/catalogMap';
import type { Entry } from '../../electron/services/library/catalogEntries';

const story = (id: string, file: string): Entry => ({
  kind: 'story',
  size: 1,
  mtimeMs: 0,
  summary: {
    id,
    file,
    headline: id,
    kicker: '',
    status: 'draft',
    createdAt: '',
    updatedAt: '',
    characters: 0,
    revision: 'r',
  } as StorySummary,
});
const unreadable = (file: string): Entry => ({ kind: 'unreadable', size: 1, mtimeMs: 0, unreadable: { file, reason: 'broken' } as never });

describe('the catalog’s files by id', () => {
  it('follows every change of a file: added, given another id, turned unreadable, removed, all cleared', () => {
    const map = new CatalogMap([
      ['a.bstory', story('A', 'a.bstory')],
      ['a copy.bstory', story('A', 'a copy.bstory')],
      ['b.bstory', story('B', 'b.bstory')],
    ]);
    expect([...map.filesOf('story', 'A')].sort()).toEqual(['a copy.bstory', 'a.bstory']);
    expect([...map.filesOf('bulletin', 'A')]).toEqual([]);

    map.set('a copy.bstory', story('C', 'a copy.bstory')); // another program wrote another story into it
    expect([...map.filesOf('story', 'A')]).toEqual(['a.bstory']);
    expect([...map.filesOf('story', 'C')]).toEqual(['a copy.bstory']);

    map.set('a.bstory', unreadable('a.bstory'));
    expect([...map.filesOf('story', 'A')]).toEqual([]);
    map.set('a.bstory', story('A', 'a.bstory'));
    expect([...map.filesOf('story', 'A')]).toEqual(['a.bstory']);

    expect(map.delete('b.bstory')).toBe(true);
    expect([...map.filesOf('story', 'B')]).toEqual([]);
    map.clear();
    expect([...map.filesOf('story', 'A')]).toEqual([]);
    expect(map.size).toBe(0);
  });

  it('a copy of the map (the catalog before a check) is a plain Map of the same entries', () => {
    const map = new CatalogMap([['a.bstory', story('A', 'a.bstory')]]);
    const before = new Map(map);
    map.delete('a.bstory');
    expect(before.get('a.bstory')?.kind).toBe('story');
  });
});
