// The one "same story" comparison: plain data walked once, every field but the save time, the reporter's fields only.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { samePlainData, sameStoryContent, sameStoryText } from '../../shared/sameStory';
import { newStory, type Story } from '../../shared/story';

const story = newStory(
  {
    kicker: '夏粮收购',
    headline: '三项举措护航夏粮收购',
    byline: [{ role: '记者', names: ['李明'], credit: '' }],
    body: [
      { type: 'paragraph', text: '6月2日，县粮食局召开推进会。' },
      { type: 'subheading', text: '开辟绿色通道' },
    ],
    notes: '回电话',
  },
  { id: 'same-1', now: new Date('2024-05-08T08:00:00Z') },
);

describe('samePlainData', () => {
  it('compares values, arrays in order and objects in any key order', () => {
    expect(samePlainData('文', '文')).toBe(true);
    expect(samePlainData(1, '1')).toBe(false);
    expect(samePlainData([1, 2], [2, 1])).toBe(false);
    expect(samePlainData({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(samePlainData({ a: 1, b: [1, { c: 2 }] }, { a: 1, b: [1, { c: 3 }] })).toBe(false);
    expect(samePlainData([], {})).toBe(false);
    expect(samePlainData(null, {})).toBe(false);
    expect(samePlainData(null, null)).toBe(true);
  });
  it('takes a key holding undefined as absent, as JSON does', () => {
    expect(samePlainData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(samePlainData({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(samePlainData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(samePlainData({ a: 1, b: 2 }, { a: 1 })).toBe(false);
  });
  it('leaves out the top-level keys it is told to skip, and only those', () => {
    const skip = new Set(['t']);
    expect(samePlainData({ a: 1, t: 1 }, { a: 1, t: 2 }, skip)).toBe(true);
    expect(samePlainData({ a: 1, t: 1 }, { a: 1 }, skip)).toBe(true);
    expect(samePlainData({ a: { t: 1 } }, { a: { t: 2 } }, skip)).toBe(false);
  });
  it('tells house styles apart by their settings, not by the order of their role words', () => {
    const a = { ...DEFAULT_HOUSE_STYLE, roleWords: { 记者: '本报记者', 通讯员: '特约通讯员' } };
    expect(samePlainData(a, { ...a, roleWords: { 通讯员: '特约通讯员', 记者: '本报记者' } })).toBe(true);
    expect(samePlainData(a, { ...a, roleWords: { 记者: '本报记者' } })).toBe(false);
    expect(samePlainData(a, { ...a, nameSeparator: '\u3000' as const })).toBe(false);
  });
});

describe('sameStoryContent', () => {
  it('is the same story whenever only the save time differs', () => {
    expect(sameStoryContent(story, { ...story, updatedAt: '2030-01-01T00:00:00.000Z' })).toBe(true);
    expect(sameStoryContent(story, { ...story, body: story.body.map((b) => ({ ...b })) })).toBe(true);
  });
  it('counts every other field: the text, status, ids, times of creation and keys the app does not know', () => {
    const others: Story[] = [
      { ...story, headline: '三项举措护航夏粮收购！' },
      { ...story, body: [...story.body, { type: 'paragraph', text: '' }] },
      { ...story, byline: [] },
      { ...story, status: 'ready' },
      { ...story, id: 'same-2' },
      { ...story, createdAt: '2024-05-09T08:00:00.000Z' },
      { ...story, later: 'a field of a later version' } as Story,
    ];
    for (const other of others) expect(sameStoryContent(story, other)).toBe(false);
  });
});

describe('sameStoryText', () => {
  it('compares only what the reporter writes: ids, times and status aside', () => {
    const elsewhere = {
      ...story,
      id: 'same-2',
      createdAt: '2030-01-01T00:00:00.000Z',
      updatedAt: '2030-01-01T00:00:00.000Z',
      status: 'filed' as const,
    };
    expect(sameStoryText(story, elsewhere)).toBe(true);
  });
  it('tells a change in any written field', () => {
    const changed: Array<Partial<Story>> = [
      { kicker: '' },
      { headline: '三项举措' },
      { subheadline: '副题' },
      { dateline: '本报北京6月2日电' },
      { byline: [{ role: '记者', names: ['李明', '王芳'], credit: '' }] },
      { bylinePosition: 'inline' },
      { body: story.body.slice(0, 1) },
      { notes: '' },
    ];
    for (const fields of changed) expect(sameStoryText(story, { ...story, ...fields }), Object.keys(fields)[0]).toBe(false);
  });
  it('agrees with the JSON comparison it replaced on stories as files hold them', () => {
    const json = (s: Story) =>
      JSON.stringify([s.kicker, s.headline, s.subheadline, s.dateline, s.byline, s.bylinePosition, s.body, s.notes]);
    const versions: Story[] = [
      story,
      { ...story, status: 'ready' },
      { ...story, notes: '' },
      { ...story, byline: [] },
      { ...story, body: [] },
    ];
    for (const x of versions) for (const y of versions) expect(sameStoryText(x, y)).toBe(json(x) === json(y));
  });
});
