// The per-character diff: it rebuilds both texts, is as short as it can be, keeps surrogate pairs whole, and stays fast on long bodies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffStories, diffText, fieldText, textFromRuns, PHOTO_MARK, SUBHEADING_MARK, type DiffRun } from '../../shared/diff';
import { newStory } from '../../shared/story';

/** Characters removed plus added. */
const edits = (runs: readonly DiffRun[]) => runs.filter((r) => r.kind !== 'same').reduce((n, r) => n + [...r.text].length, 0);

/** The fewest edits by dynamic programming (longest common subsequence), for short texts. */
function fewestEdits(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = [0];
    for (let j = 1; j <= y.length; j++)
      row.push(x[i - 1] === y[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, row[j - 1] as number));
    prev = row;
  }
  return x.length + y.length - 2 * (prev[y.length] as number);
}

// Chinese, Latin, a line break and characters outside the BMP (surrogate pairs), few enough to repeat often
const char = fc.constantFrom('东', '湖', '街', '道', '，', '。', 'a', 'b', ' ', '\n', '𠀀', '𝄞', '😀');
const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));

const isLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('diffText', () => {
  it('rebuilds both texts exactly from its runs', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const runs = diffText(a, b);
        expect(textFromRuns(runs, 'before')).toBe(a);
        expect(textFromRuns(runs, 'after')).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the fewest changes, removed before added, no empty or repeated runs', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const runs = diffText(a, b);
        expect(edits(runs)).toBe(fewestEdits(a, b));
        for (const [i, r] of runs.entries()) {
          expect(r.text).not.toBe('');
          const next = runs[i + 1];
          if (next) expect(next.kind).not.toBe(r.kind);
          if (r.kind === 'added') expect(next?.kind ?? 'same').toBe('same');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives one same run for equal texts, none for two empty ones', () => {
    fc.assert(
      fc.property(
        text.filter((s) => s !== ''),
        (a) => void expect(diffText(a, a)).toEqual([{ kind: 'same', text: a }]),
      ),
    );
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', '新')).toEqual([{ kind: 'added', text: '新' }]);
  });

  it('never splits a surrogate pair', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        for (const r of diffText(a, b)) expect(isLoneSurrogate(r.text)).toBe(false);
      }),
      { numRuns: 500 },
    );
    // same high surrogate, different low one: the whole character changes
    expect(diffText('𠀀', '𠀁')).toEqual([
      { kind: 'removed', text: '𠀀' },
      { kind: 'added', text: '𠀁' },
    ]);
  });

  it('marks the changed characters of a Chinese sentence, not whole words', () => {
    expect(diffText('县粮食局召开推进会。', '县粮食局昨天召开了推进会。')).toEqual([
      { kind: 'same', text: '县粮食局' },
      { kind: 'added', text: '昨天' },
      { kind: 'same', text: '召开' },
      { kind: 'added', text: '了' },
      { kind: 'same', text: '推进会。' },
    ]);
  });

  it('diffs a 20,000-character body with a few changes, marking only those', () => {
    const sentences = ['活动现场设置了六个互动区域。', '志愿者为居民讲解了相关知识。', '不少居民带着孩子一同前来。', '现场气氛热烈。'];
    let long = '';
    for (let i = 0; long.length < 20_000; i++) long += sentences[i % sentences.length] + (i % 7 === 0 ? '\n' : '');
    const changed =
      long.slice(0, 3000) + '新增的一句话。' + long.slice(3000, 12_000).replace('气氛', '气氛十分') + long.slice(12_010) + '结尾𠀀';
    const runs = diffText(long, changed);
    expect(textFromRuns(runs, 'before')).toBe(long);
    expect(textFromRuns(runs, 'after')).toBe(changed);
    expect(edits(runs)).toBeLessThanOrEqual(7 + 2 + 10 + 3);
  });

  it('shows two very different long texts as one replacement instead of searching on', () => {
    const a = '甲乙丙丁'.repeat(5000);
    const b = 'abcd'.repeat(5000);
    expect(diffText(a, b)).toEqual([
      { kind: 'removed', text: a },
      { kind: 'added', text: b },
    ]);
    const runs = diffText('开头' + a + '结尾', '开头' + 'x'.repeat(3000) + '结尾', { maxEdits: 100 });
    expect(runs).toEqual([
      { kind: 'same', text: '开头' },
      { kind: 'removed', text: a },
      { kind: 'added', text: 'x'.repeat(3000) },
      { kind: 'same', text: '结尾' },
    ]);
  });
});

describe('diffText, readable', () => {
  it('rebuilds both texts exactly, never more runs than the fewest edits give, surrogate pairs whole', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const runs = diffText(a, b, { readable: true });
        expect(textFromRuns(runs, 'before')).toBe(a);
        expect(textFromRuns(runs, 'after')).toBe(b);
        expect(runs.length).toBeLessThanOrEqual(diffText(a, b).length);
        for (const r of runs) expect(isLoneSurrogate(r.text)).toBe(false);
        for (const [i, r] of runs.entries()) if (runs[i + 1]) expect(runs[i + 1]?.kind).not.toBe(r.kind);
      }),
      { numRuns: 500 },
    );
  });

  it('shows a rewritten phrase as one change instead of scattered characters in common', () => {
    expect(diffText('我们的工作取得了成效', '他的努力得到了认可')).toHaveLength(10);
    expect(diffText('我们的工作取得了成效', '他的努力得到了认可', { readable: true })).toEqual([
      { kind: 'removed', text: '我们的工作取得了成效' },
      { kind: 'added', text: '他的努力得到了认可' },
    ]);
    // a few added characters in a long stretch in common stay just that
    expect(diffText('县粮食局召开推进会。', '县粮食局昨天召开了推进会。', { readable: true })).toEqual(
      diffText('县粮食局召开推进会。', '县粮食局昨天召开了推进会。'),
    );
  });
});

describe('diffStories', () => {
  it('compares each field in the page’s order, the byline as written and the body one block a line', () => {
    const before = newStory({
      headline: '夏粮收购',
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
      body: [
        { type: 'paragraph', text: '导语。' },
        { type: 'subheading', text: '开辟通道' },
        { type: 'paragraph', text: '正文。' },
      ],
    });
    const after = { ...before, headline: '夏粮收购顺利', byline: [{ role: '记者', names: ['李明', '王芳'], credit: '' }] };
    const diff = diffStories(before, after);
    expect(diff.map((f) => f.field)).toEqual(['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'body', 'photos', 'notes']);
    expect(diff.filter((f) => f.changed).map((f) => f.field)).toEqual(['headline', 'byline']);
    expect(diff[1]?.runs).toEqual([
      { kind: 'same', text: '夏粮收购' },
      { kind: 'added', text: '顺利' },
    ]);
    expect(diff[4]).toMatchObject({ before: '记者 李明', after: '记者 李明 王芳' });
    expect(fieldText(before, 'body')).toBe(`导语。\n${SUBHEADING_MARK}开辟通道\n正文。`);
    expect(diff[5]).toMatchObject({ changed: false, runs: [{ kind: 'same', text: fieldText(before, 'body') }] });
  });

  it('compares the photos one a line, by caption and credit, a photo with neither still marked', () => {
    const photo = (n: number, caption: string, credit: string) => ({
      file: `${String(n).repeat(64)}.jpg`,
      caption,
      credit,
      width: 4,
      height: 3,
    });
    const before = newStory({ photos: [photo(1, '收购现场', '记者 李明 摄')] });
    const after = { ...before, photos: [photo(1, '收购现场一角', '记者 李明 摄'), photo(2, '', '')] };
    const diff = diffStories(before, after).find((f) => f.field === 'photos');
    expect(diff).toMatchObject({
      changed: true,
      before: `${PHOTO_MARK}收购现场 记者 李明 摄`,
      after: `${PHOTO_MARK}收购现场一角 记者 李明 摄\n${PHOTO_MARK}`,
    });
  });
});
