// Files the system asked the app to open, placed in the library: the story or bulletin shown, and what the window says it cannot open.
import { describe, expect, it } from 'vitest';
import type { BulletinSummary, StorySummary } from '../../shared/api';
import type { LibraryModel } from '../../renderer/src/library/libraryModel';
import { placeOpenedFiles } from '../../renderer/src/shell/openedFiles';

const story = (id: string, file: string) => ({ id, file }) as StorySummary;
const bulletin = (id: string, file: string) => ({ id, file }) as BulletinSummary;
const model = (folder: string): LibraryModel => ({
  folder,
  stories: [story('a1b2c3d4', '举办邻里节-a1b2c3d4.story.json'), story('5f1c2a90', '夏粮收购-5f1c2a90.bstory')],
  bulletins: [bulletin('p1', '6月21日第3版.bulletin.json'), bulletin('p2', '6月22日第3版-7d0e4c11.bbulletin')],
  unreadable: [],
  conflicts: [],
});

describe('files opened from the system', () => {
  it("shows the library's story (the first one asked for) and says what it cannot open", () => {
    const placed = placeOpenedFiles(model('/home/li/稿库/'), {
      files: [
        { path: '/home/li/下载/别处-00000000.story.json', kind: 'story' },
        { path: '/home/li/稿库/举办邻里节-a1b2c3d4.story.json', kind: 'story' },
        { path: '/home/li/稿库/6月21日第3版.bulletin.json', kind: 'bulletin' },
      ],
      unopenable: ['notes.txt'],
    });
    expect(placed).toEqual({ show: { kind: 'story', id: 'a1b2c3d4' }, notOpened: ['notes.txt', '别处-00000000.story.json'] });
  });

  it("opens the library's bulletin, and compares Windows folders in any case and with either separator", () => {
    const placed = placeOpenedFiles(model('C:\\Users\\li\\稿库'), {
      files: [{ path: 'c:/users/LI/稿库\\6月21日第3版.bulletin.json', kind: 'bulletin' }],
      unopenable: [],
    });
    expect(placed).toEqual({ show: { kind: 'bulletin', id: 'p1' }, notOpened: [] });
  });

  it("opens the library's .bstory story and .bbulletin bulletin, and names a .bstory outside the library", () => {
    const placed = placeOpenedFiles(model('/home/li/稿库'), {
      files: [
        { path: '/home/li/下载/别处-00000000.bstory', kind: 'story' },
        { path: '/home/li/稿库/夏粮收购-5f1c2a90.bstory', kind: 'story' },
      ],
      unopenable: [],
    });
    expect(placed).toEqual({ show: { kind: 'story', id: '5f1c2a90' }, notOpened: ['别处-00000000.bstory'] });
    const page = placeOpenedFiles(model('/home/li/稿库'), {
      files: [{ path: '/home/li/稿库/6月22日第3版-7d0e4c11.bbulletin', kind: 'bulletin' }],
      unopenable: [],
    });
    expect(page).toEqual({ show: { kind: 'bulletin', id: 'p2' }, notOpened: [] });
  });
});
