// A Word file's content as page lines (shared/parse/wordPage.ts) and its bold paragraphs as subheadings (wordHints.ts), without a Word file.
import { describe, expect, it } from 'vitest';
import { parseWordDocument, withWordNotes, wordPageOf, type WordDocument } from '../../shared/parse/wordPage';

const doc = (blocks: WordDocument['blocks'], more: Partial<WordDocument> = {}): WordDocument => ({
  blocks,
  images: [],
  notes: [],
  comments: [],
  headersFooters: 0,
  ...more,
});
const p = (text: string, bold = false) => ({ kind: 'paragraph' as const, text, bold });

describe('wordPageOf', () => {
  it('a paragraph a line, one blank line between two, one more per empty paragraph; soft breaks start a line; tables beside', () => {
    const page = wordPageOf(
      doc([p('东湖街道', true), p(''), p('举办开放日'), { kind: 'table', rows: [['甲', '乙']] }, p('本报讯 近日，\n活动举行。')], {
        images: [{ at: 0, name: 'a.png', type: 'image/png', bytes: 10 }],
      }),
    );
    expect(page.lines).toEqual(['东湖街道', '', '', '举办开放日', '', '本报讯 近日，', '活动举行。']);
    expect(page.boldLines).toEqual([1]);
    expect(page.extras).toEqual([
      { kind: 'image', line: 1, name: 'a.png', type: 'image/png', bytes: 10 },
      { kind: 'table', line: 4, text: '甲\t乙' },
    ]);
  });
});

describe('parseWordDocument', () => {
  const STORY = [p('东湖街道'), p('举办开放日'), p('本报讯 近日，东湖街道举办开放日活动。'), p('现场设置了四个区域。')];
  it('a short bold paragraph in the body is a subheading, even one the text alone would keep as a paragraph', () => {
    const page = parseWordDocument(doc([...STORY, p('居民齐动手！', true), p('大家一起参与。'), p('记者 李明')]));
    expect(page.stories[0]?.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'subheading', 'paragraph']);
    const plain = parseWordDocument(doc([...STORY, p('居民齐动手！'), p('大家一起参与。'), p('记者 李明')]));
    expect(plain.stories[0]?.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a bold lead, a long bold paragraph and a bold last paragraph stay paragraphs', () => {
    const long = '这一段文字很长很长，超过了三十个字，所以它虽然是粗体，但仍然是一个普通的段落。';
    const page = parseWordDocument(
      doc([p('东湖街道'), p('举办开放日'), p('本报讯 近日，东湖街道举办开放日活动。', true), p(long, true), p('结束了。', true)]),
    );
    expect(page.stories[0]?.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('keeps each extra in the notes of the story its line is in (or the next one)', () => {
    const page = parseWordDocument(doc([...STORY, { kind: 'table', rows: [['组别', '人数']] }, p('记者 李明')]));
    const noted = withWordNotes(page, page.word, (e) => `note: ${e.kind}`);
    expect(noted.stories[0]?.notes).toBe('note: table');
    expect(page.stories[0]?.notes).toBe(''); // the page itself is not changed
  });
});
