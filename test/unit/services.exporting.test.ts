// Export to bytes under a house style for an older typesetting system, and the name an exported file is offered under.
import { describe, expect, it } from 'vitest';
import { findHouseStyle, type HouseStyle } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';
import { CannotExportError, exportBytes, exportFileName } from '../../electron/services/exporting';

const LEGACY = findHouseStyle('legacy-typesetter') as HouseStyle;
const OK = newStory({ headline: '柳岸社区读书节开幕', body: [{ type: 'paragraph', text: '活动持续一个月。' }] }, { id: 'ok' });
const EMOJI = newStory(
  { headline: '消防安全开放日 市民走进消防站', body: [{ type: 'paragraph', text: '孩子们说“太酷了😀”。' }] },
  { id: 'emoji' },
);

describe('export under a style whose typesetting system takes GBK only', () => {
  it('refuses an emoji, naming it, its code point, the field and the story; nothing is written', () => {
    let error: unknown;
    try {
      exportBytes([OK, EMOJI], LEGACY);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CannotExportError);
    expect((error as CannotExportError).storyId).toBe('emoji');
    expect((error as Error).message).toContain('“😀” (U+1F600) in the body paragraph 1 of “消防安全开放日 市民走进消防站”');
    expect((error as Error).message).toContain('takes GBK characters only');
  });

  it('writes GB18030 when every character is GBK’s', () => {
    const { bytes } = exportBytes([OK], LEGACY);
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
    expect(bytes.length).toBeGreaterThan(0);
  });

  it('writes the emoji under a style that takes every character, GB18030 included', () => {
    expect(() => exportBytes([EMOJI], { ...LEGACY, characterSet: 'all' })).not.toThrow();
  });
});

describe('the exported file’s name', () => {
  it('names a page after its bulletin: title and date, safe on every system', () => {
    expect(exportFileName([OK, EMOJI], { title: '二七报 第3版', date: '2026-12-05' })).toBe('二七报-第3版-2026-12-05.txt');
    expect(exportFileName([OK], { title: 'A/B: 版 *?"<>|', date: '2026-12-05' })).toBe('a-b-版-2026-12-05.txt');
    expect(exportFileName([OK], { title: '', date: '' })).toBe('bulletin.txt');
  });

  it('names one story after its headline, other stories by the day', () => {
    expect(exportFileName([OK])).toBe('柳岸社区读书节开幕.txt');
    expect(exportFileName([OK, EMOJI])).toMatch(/^bulletin-\d{4}-\d{2}-\d{2}\.txt$/);
  });
});
