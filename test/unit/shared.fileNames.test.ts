// Library file names: new .bstory/.bbulletin, older .story.json/.bulletin.json known alike, names made with the new extensions.
import { describe, expect, it } from 'vitest';
import {
  baseNameOf,
  fileKindOf,
  hasLibraryLastExtension,
  isBulletinFile,
  isStoryFile,
  LIBRARY_EXTENSIONS,
  withBulletinExtension,
  withStoryExtension,
} from '../../shared/fileNames';

describe('library file names', () => {
  it('knows stories and bulletins by the new single extension and by the older double one', () => {
    expect(fileKindOf('夏粮收购-5f1c2a90.bstory')).toBe('story');
    expect(fileKindOf('举办邻里节-a1b2c3d4.story.json')).toBe('story');
    expect(fileKindOf('6月22日第3版-7d0e4c11.bbulletin')).toBe('bulletin');
    expect(fileKindOf('6月21日第3版.bulletin.json')).toBe('bulletin');
    expect(isStoryFile('a.bstory') && isStoryFile('a.story.json')).toBe(true);
    expect(isBulletinFile('a.bbulletin') && isBulletinFile('a.bulletin.json')).toBe(true);
    expect(isStoryFile('a.bbulletin') || isBulletinFile('a.bstory')).toBe(false);
    for (const other of ['.bstory', '.story.json', 'notes.json', 'a.story', 'a.bstory.txt', 'a.bstory.part', 'bstory', 'a.json'])
      expect(fileKindOf(other), other).toBeNull();
    expect(LIBRARY_EXTENSIONS).toEqual(['.bstory', '.bbulletin', '.story.json', '.bulletin.json']);
  });

  it('names new files with the single extension, and takes either extension off a name', () => {
    expect(withStoryExtension('夏粮收购-5f1c2a90')).toBe('夏粮收购-5f1c2a90.bstory');
    expect(withBulletinExtension('第3版-7d0e4c11')).toBe('第3版-7d0e4c11.bbulletin');
    expect(baseNameOf('夏粮收购-5f1c2a90.bstory')).toBe('夏粮收购-5f1c2a90');
    expect(baseNameOf('举办邻里节-a1b2c3d4.story.json')).toBe('举办邻里节-a1b2c3d4');
    expect(baseNameOf('第3版.bulletin.json')).toBe('第3版');
    expect(baseNameOf('notes.txt')).toBe('notes.txt');
  });

  it('knows the last extensions sync tools put their conflict marks before', () => {
    expect(hasLibraryLastExtension('a.sync-conflict-20261205-101010-ABCDEF7.bstory')).toBe(true);
    expect(hasLibraryLastExtension('a.story.sync-conflict-20261205-101010-ABCDEF7.json')).toBe(true);
    expect(hasLibraryLastExtension('a (conflicted copy 2026-12-05 101010).bbulletin')).toBe(true);
    expect(hasLibraryLastExtension('a.sync-conflict-20261205-101010-ABCDEF7.txt')).toBe(false);
  });
});
