// A save reads the story's file back before writing over it: whole at every size, and changes by others always found.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newStory, serializeStory } from '../../shared/index';
import { Library } from '../../electron/services/library/library';
import { readRegularFile } from '../../electron/services/library/safeRead';

const opened: Library[] = [];
afterEach(async () => {
  for (const library of opened.splice(0)) await library.lock.close().catch(() => undefined);
});

async function openLibrary(): Promise<Library> {
  const library = new Library(mkdtempSync(path.join(tmpdir(), 'readback-')));
  await library.open();
  opened.push(library);
  return library;
}

describe('reading a file back', () => {
  it('reads files of every size around its read boundaries whole, byte for byte', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'readback-sizes-'));
    for (const size of [0, 1, 65_535, 65_536, 65_537, 131_073, 200_000]) {
      const file = path.join(folder, `${size}.story.json`);
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 7 + size) % 251;
      writeFileSync(file, bytes);
      const read = await readRegularFile(file);
      expect(read.length, `${size} bytes`).toBe(size);
      expect(read.equals(bytes), `${size} bytes`).toBe(true);
    }
  });
});

describe('a save compares the file on disk with what this library last wrote', () => {
  it('refuses a save after another program rewrote the file in place with other text of the same length', async () => {
    const library = await openLibrary();
    const story = newStory({ headline: '青苔街道举办邻里节', body: [{ type: 'paragraph', text: '正文。'.repeat(5000) }] });
    const added = await library.add(story);
    const first = await library.save(story.id, { ...story, notes: '一' }, added.revision);
    const file = path.join(library.folder, first.file);
    const mine = readFileSync(file, 'utf8');
    // the same number of bytes, the same inode: only the content tells it apart
    const theirs = mine.replace('青苔街道举办邻里节', '枫溪镇开展义诊活动');
    expect(Buffer.byteLength(theirs)).toBe(Buffer.byteLength(mine));
    writeFileSync(file, theirs);

    await expect(library.save(story.id, { ...story, notes: '二' }, first.revision)).rejects.toMatchObject({
      code: 'conflict',
      reason: 'storyChanged',
      current: { story: { headline: '枫溪镇开展义诊活动' } },
    });
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });

  it('saves on when a sync tool wrote back the very bytes this library saved', async () => {
    const library = await openLibrary();
    const story = newStory({ headline: '枫溪镇开展义诊', body: [{ type: 'paragraph', text: '正文。' }] });
    const added = await library.add(story);
    const first = await library.save(story.id, { ...story, notes: '一' }, added.revision);
    const file = path.join(library.folder, first.file);
    writeFileSync(file, readFileSync(file));

    const second = await library.save(story.id, { ...story, notes: '二' }, first.revision);
    expect(JSON.parse(readFileSync(file, 'utf8')).notes).toBe('二');
    expect(serializeStory(second.saved)).toBe(readFileSync(file, 'utf8'));
  });
});
