// The sidebar's library model (events and saves applied, filters) and the preview's text.
import { describe, expect, it } from 'vitest';
import type { StorySummary } from '../../shared/api';
import { BUILT_IN_HOUSE_STYLES, DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { exportStories } from '../../shared/layout/export';
import { newStory } from '../../shared/story';
import { applyNews, fromListing, markUnreadable, removeFile, shownStories, upsertStory } from '../../renderer/src/library/libraryModel';
import { summarizeStory as summaryOf } from '../../shared/summary';
import { previewText } from '../../renderer/src/preview/previewText';

const summary = (id: string, updatedAt: string, fields: Partial<StorySummary> = {}): StorySummary => ({
  id,
  file: `${id}.story.json`,
  headline: id,
  kicker: '',
  status: 'draft',
  createdAt: updatedAt,
  updatedAt,
  characters: 1,
  revision: '0000000000000000',
  ...fields,
});

describe('the library model', () => {
  const base = fromListing({
    folder: '/l',
    stories: [summary('a', '2024-01-01'), summary('b', '2024-03-01')],
    unreadable: [{ file: 'x.story.json', reason: 'bad', newer: false }],
  });

  it('lists the newest first', () => {
    expect(base.stories.map((s) => s.id)).toEqual(['b', 'a']);
  });
  it('puts a changed story where its time says and never lists it twice', () => {
    const m = upsertStory(base, summary('a', '2024-05-01', { headline: '新' }));
    expect(m.stories.map((s) => [s.id, s.headline])).toEqual([
      ['a', '新'],
      ['b', 'b'],
    ]);
  });
  it('a file that becomes readable leaves the unreadable list, and the other way round', () => {
    const fixed = upsertStory(base, summary('x', '2024-06-01', { file: 'x.story.json' }));
    expect(fixed.unreadable).toEqual([]);
    const broken = markUnreadable(fixed, { file: 'a.story.json', reason: 'not JSON', newer: false });
    expect(broken.stories.map((s) => s.id)).toEqual(['x', 'b']);
    expect(broken.unreadable.map((u) => u.file)).toEqual(['a.story.json']);
  });
  it('removes by file, also when the id was not known', () => {
    expect(removeFile(base, { id: '', file: 'b.story.json' }).stories.map((s) => s.id)).toEqual(['a']);
    expect(removeFile(base, { id: '', file: 'x.story.json' }).unreadable).toEqual([]);
  });
  it('filters by status and by the search’s hits', () => {
    const m = upsertStory(base, summary('c', '2024-04-01', { status: 'ready' }));
    expect(shownStories(m.stories, 'ready', undefined).map((s) => s.id)).toEqual(['c']);
    expect(shownStories(m.stories, 'all', new Set(['a', 'c'])).map((s) => s.id)).toEqual(['c', 'a']);
    expect(shownStories(m.stories, 'draft', new Set(['a', 'c'])).map((s) => s.id)).toEqual(['a']);
  });
  it('summarises a story saved here like the catalog does', () => {
    const story = newStory({ headline: '举办 开放日', body: [{ type: 'paragraph', text: '五月八日。' }] }, { id: 's1' });
    expect(summaryOf(story, 's1.story.json', 'ab'.repeat(8))).toMatchObject({ id: 's1', headline: '举办 开放日', characters: 5 + 3 + 5 }); // headline, 本报讯, body
  });

  it('keeps the bulletins from the same listing and events: added, changed, removed, unreadable', () => {
    const bulletin = (id: string, title: string, updatedAt: string) => ({
      id,
      file: `${id}.bulletin.json`,
      title,
      date: '2026-06-21',
      stories: 2,
      updatedAt,
      revision: '0000000000000000',
    });
    let model = fromListing({ folder: '/l', stories: [], bulletins: [bulletin('p3', '第3版', '2026-06-20')], unreadable: [] });
    model = applyNews(model, { name: 'bulletin.added', payload: { summary: bulletin('p4', '第4版', '2026-06-21') } });
    expect(model.bulletins.map((b) => b.title)).toEqual(['第4版', '第3版']);
    model = applyNews(model, { name: 'bulletin.changed', payload: { summary: bulletin('p3', '第3版（改）', '2026-06-22') } });
    expect(model.bulletins.map((b) => b.title)).toEqual(['第3版（改）', '第4版']);
    model = applyNews(model, { name: 'bulletin.removed', payload: { id: '', file: 'p4.bulletin.json' } });
    expect(model.bulletins.map((b) => b.id)).toEqual(['p3']);
    model = applyNews(model, { name: 'file.unreadable', payload: { file: 'p3.bulletin.json', reason: 'bad', newer: false } });
    expect(model.bulletins).toEqual([]);
    expect(model.unreadable.map((u) => u.file)).toEqual(['p3.bulletin.json']);
    model = applyNews(model, { name: 'story.changed', payload: { summary: summary('a', '2024-05-01', { status: 'filed' }) } });
    expect(model.stories.map((s) => `${s.id} ${s.status}`)).toEqual(['a filed']);
  });
});

describe('the preview', () => {
  const story = newStory(
    {
      kicker: '东湖街道',
      headline: '举办社区消防安全开放日',
      body: [{ type: 'paragraph', text: '5月8日上午，活动举行。' }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id: 'p1' },
  );
  it('is exactly the export under each built-in house style', () => {
    for (const style of BUILT_IN_HOUSE_STYLES)
      expect(previewText(story, style)).toEqual({ text: exportStories([story], style), missing: [] });
  });
  it('shows what a story without a headline or body has, and why export would refuse it', () => {
    expect(previewText({ ...story, headline: '' }, DEFAULT_HOUSE_STYLE)).toEqual({
      text: '东湖街道\n\n本报讯 5月8日上午，活动举行。\n\n记者 李明\n',
      missing: ['headline'],
    });
    expect(previewText({ ...story, headline: '', body: [{ type: 'paragraph', text: ' ' }] }, DEFAULT_HOUSE_STYLE).missing).toEqual([
      'headline',
      'body',
    ]);
  });
});
