// The strip's photo list: every change sends the story's whole photo list; moves, removal and Undo keep each photo's caption; which files are photos; the date taken in both languages.
import { describe, expect, it } from 'vitest';
import type { Photo } from '../../shared/photo';
import { createPhotoList, looksLikePhoto, takenText } from '../../renderer/src/photos/photoList';

const photo = (n: number, caption = ''): Photo => ({
  file: `${String(n).repeat(64)}.jpg`,
  caption,
  credit: '记者 张明 摄',
  width: 1200,
  height: 800,
});

function setup(initial: Photo[]) {
  const sent: Photo[][] = [];
  const list = createPhotoList(initial, (photos) => sent.push(photos));
  const captions = () => list.entries().map((e) => e.photo.caption);
  return { list, sent, captions };
}

describe('createPhotoList', () => {
  it('adds after the others and sends the whole list', () => {
    const { list, sent, captions } = setup([photo(1, '一')]);
    list.add(photo(2, '二'));
    expect(captions()).toEqual(['一', '二']);
    expect(sent.at(-1)?.map((p) => p.file)).toEqual([photo(1).file, photo(2).file]);
  });

  it('changes a caption or a credit, and sends nothing when they are as they were', () => {
    const { list, sent } = setup([photo(1, '一')]);
    const key = list.entries()[0]?.key as number;
    list.change(key, { caption: '一' });
    expect(sent).toHaveLength(0);
    list.change(key, { credit: '通讯员 王芳 摄' });
    list.change(key, { caption: '社区义诊现场。' });
    expect(sent.at(-1)).toEqual([{ ...photo(1), caption: '社区义诊现场。', credit: '通讯员 王芳 摄' }]);
  });

  it('moves a photo by its key (the same file twice stays two photos), clamped, and answers the new place', () => {
    const { list, captions, sent } = setup([photo(1, 'a'), photo(1, 'b'), photo(2, 'c')]);
    const [a] = list.entries();
    expect(list.move(a?.key as number, 5)).toBe(2);
    expect(captions()).toEqual(['b', 'c', 'a']);
    expect(list.move(a?.key as number, 2)).toBeUndefined();
    expect(list.move(a?.key as number, -1)).toBe(0);
    expect(captions()).toEqual(['a', 'b', 'c']);
    expect(sent).toHaveLength(2);
  });

  it('puts a removed photo back at its place with its caption', () => {
    const { list, captions, sent } = setup([photo(1, 'a'), photo(2, 'b'), photo(3, 'c')]);
    const removed = list.remove(list.entries()[1]?.key as number);
    expect(removed?.index).toBe(1);
    expect(captions()).toEqual(['a', 'c']);
    list.restore(removed as NonNullable<typeof removed>);
    expect(captions()).toEqual(['a', 'b', 'c']);
    expect(sent.at(-1)?.map((p) => p.file)).toEqual([photo(1).file, photo(2).file, photo(3).file]);
    // put back once only
    list.restore(removed as NonNullable<typeof removed>);
    expect(captions()).toEqual(['a', 'b', 'c']);
  });

  it('puts a removed photo at the end when the strip got shorter meanwhile', () => {
    const { list, captions } = setup([photo(1, 'a'), photo(2, 'b'), photo(3, 'c')]);
    const removed = list.remove(list.entries()[2]?.key as number);
    list.remove(list.entries()[0]?.key as number);
    list.restore(removed as NonNullable<typeof removed>);
    expect(captions()).toEqual(['b', 'c']);
  });

  it('tells its listeners of each change', () => {
    const { list } = setup([]);
    let told = 0;
    const off = list.subscribe(() => told++);
    list.add(photo(1));
    off();
    list.add(photo(2));
    expect(told).toBe(1);
  });
});

describe('looksLikePhoto', () => {
  it.each([
    [{ name: 'a.jpg', type: 'image/jpeg' }, true],
    [{ name: 'IMG_0001.HEIC', type: '' }, true],
    [{ name: 'DSC_1.NEF', type: '' }, true],
    [{ name: 'anything', type: 'image/png' }, true],
    [{ name: 'page.txt', type: 'text/plain' }, false],
    [{ name: 'story.docx', type: '' }, false],
  ])('%j: %s', (file, yes) => {
    expect(looksLikePhoto(file)).toBe(yes);
  });
});

describe('takenText', () => {
  it('says the camera’s own time in the interface’s language, never moved to another time zone', () => {
    expect(takenText('2026-03-14T09:26:53', 'zh-CN')).toBe('2026年3月14日 09:26');
    expect(takenText('2026-03-14T09:26:53+08:00', 'en')).toBe('Mar 14, 2026, 9:26 AM');
  });
  it('says nothing of a date it cannot read', () => {
    expect(takenText(undefined, 'en')).toBeUndefined();
    expect(takenText('yesterday', 'en')).toBeUndefined();
  });
});
