// A story's photos changed one at a time, the credit a new photo starts with, and captions' 字数 counted apart from the story's.
import { describe, expect, it } from 'vitest';
import { countStory, storyCounter } from '../../shared/count';
import { newStory, type Photo } from '../../shared/story';
import {
  PhotoNotOnStory,
  suggestedCredit,
  withPhotoAdded,
  withPhotoChanged,
  withPhotoMoved,
  withPhotoRemoved,
} from '../../shared/storyPhotos';

const photo = (n: number, caption = ''): Photo => ({ file: `${String(n).repeat(64)}.jpg`, caption, credit: '', width: 4, height: 3 });
const by = (role: string, names: string[], credit = '') => ({ role, names, credit });

describe('suggestedCredit', () => {
  it('credits the contributor the byline credits with the photos, as the paper writes it', () => {
    expect(suggestedCredit([by('记者', ['张明'], '文/图')])).toBe('记者 张明 摄');
    expect(suggestedCredit([by('记者', ['李明']), by('通讯员', ['王芳'], '摄')])).toBe('通讯员 王芳 摄');
    expect(suggestedCredit([by('记者', ['李明']), by('通讯员', ['王芳', '邱禾'], '图')])).toBe('通讯员 王芳 邱禾 摄');
  });

  it('else a photographer, else the first contributor with a name; nothing for an empty byline', () => {
    expect(suggestedCredit([by('记者', ['李明']), by('摄影记者', ['赵亮'])])).toBe('摄影记者 赵亮 摄');
    expect(suggestedCredit([by('记者', []), by('记者', ['李明'], '文')])).toBe('记者 李明 摄');
    expect(suggestedCredit([by('', ['李明'])])).toBe('李明 摄');
    expect(suggestedCredit([])).toBe('');
  });
});

describe('changing a story’s photos', () => {
  const story = newStory({ photos: [photo(1, '一'), photo(2, '二'), photo(3, '三')] });

  it('adds after the others, changes a caption or credit, moves and removes, leaving the story given alone', () => {
    expect(withPhotoAdded(story, photo(4)).photos.map((p) => p.file[0])).toEqual(['1', '2', '3', '4']);
    const changed = withPhotoChanged(story, 1, photo(2).file, { caption: '二号图', credit: '记者 李明 摄' });
    expect(changed.photos[1]).toEqual({ ...photo(2), caption: '二号图', credit: '记者 李明 摄' });
    expect(withPhotoChanged(story, 1, photo(2).file, { credit: '摄' }).photos[1]?.caption).toBe('二');
    expect(withPhotoMoved(story, 2, photo(3).file, 0).photos.map((p) => p.caption)).toEqual(['三', '一', '二']);
    expect(withPhotoMoved(story, 0, photo(1).file, 99).photos.map((p) => p.caption)).toEqual(['二', '三', '一']);
    expect(withPhotoRemoved(story, 0, photo(1).file).photos.map((p) => p.caption)).toEqual(['二', '三']);
    expect(story.photos.map((p) => p.caption)).toEqual(['一', '二', '三']);
  });

  it('refuses a change naming a photo that is not at that place (changed meanwhile elsewhere)', () => {
    expect(() => withPhotoChanged(story, 0, photo(2).file, { caption: 'x' })).toThrow(PhotoNotOnStory);
    expect(() => withPhotoMoved(story, 5, photo(1).file, 0)).toThrow(PhotoNotOnStory);
    expect(() => withPhotoRemoved(story, 2, photo(1).file)).toThrow(PhotoNotOnStory);
  });
});

describe('the 字数 of captions', () => {
  it('counts captions with their credits apart from the story (图片说明), as Word counts', () => {
    const s = newStory({
      headline: '夏粮收购',
      body: [{ type: 'paragraph', text: '正文十个字正文十个字' }],
      photos: [{ ...photo(1, '农户排队售粮'), credit: '记者 李明 摄' }, photo(2, 'G107国道')],
    });
    const count = countStory(s);
    // 农户排队售粮 6, 记者 李明 摄 5, G107国道 3 (a Latin and number run is one)
    expect(count.captions).toBe(6 + 5 + 3);
    expect(count.story).toBe(4 + 3 + 10);
    expect(storyCounter().story(s)).toEqual(count);
    expect(countStory(newStory({})).captions).toBe(0);
  });
});
