// What a save does beside writing the story: its temp file written while the file on disk is compared, the lock given back, the count kept.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countStory } from '../../shared/count';
import { newStory, serializeStory, type Story } from '../../shared/index';
import { Library } from '../../electron/services/library/library';
import { isStoryFile } from '../../shared/fileNames';

async function libraryWithStory(): Promise<{ library: Library; story: Story; revision: string; file: string }> {
  const library = new Library(mkdtempSync(path.join(tmpdir(), 'save-work-')));
  await library.open();
  const story = newStory({ headline: '枫溪镇开展义诊', body: [{ type: 'paragraph', text: '枫溪镇卫生院组织医生走进村部。' }] });
  const { revision, file } = await library.add(story);
  return { library, story, revision, file };
}

/**
 * Every file below the library's folder but its stories, its catalog and the owner file of the lock it keeps
 * between saves (`.lock/<token>/owner.json`, for a moment after a save): temp files, and a lock's leftovers.
 */
const otherFiles = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory() && !isStoryFile(e.name) && e.name !== '.index.json')
    .map((e) => path.join(path.relative(folder, e.parentPath), e.name))
    .filter((f) => !/^\.lock\/[0-9a-f]+\/owner\.json$/.test(f));

describe('a save', () => {
  it('refused (changed by another program, or unreadable) leaves the file as it is and no temp file anywhere', async () => {
    const { library, story, revision, file } = await libraryWithStory();
    const target = path.join(library.folder, file);
    const theirs = serializeStory({ ...story, notes: '另一台电脑改的' });
    writeFileSync(target, theirs);
    await expect(library.save(story.id, { ...story, notes: '我的' }, revision)).rejects.toMatchObject({
      code: 'conflict',
      reason: 'storyChanged',
    });
    expect(readFileSync(target, 'utf8')).toBe(theirs);
    expect(otherFiles(library.folder)).toEqual([]);

    writeFileSync(target, '{ not json');
    await expect(library.save(story.id, { ...story, notes: '我的' }, revision)).rejects.toMatchObject({ code: 'unreadable' });
    expect(readFileSync(target, 'utf8')).toBe('{ not json');
    expect(otherFiles(library.folder)).toEqual([]);
    await library.lock.close();
  });

  it('lands whole, one after another, and leaves only the story (the lock, kept for the next save, goes when the library closes)', async () => {
    const { library, story, revision, file } = await libraryWithStory();
    let base = revision;
    for (let i = 0; i < 5; i++) base = (await library.save(story.id, { ...story, notes: `第${i}稿` }, base)).revision;
    expect(JSON.parse(readFileSync(path.join(library.folder, file), 'utf8'))).toMatchObject({ notes: '第4稿' });
    expect(otherFiles(library.folder)).toEqual([]);
    await library.lock.close();
    expect(readdirSync(library.folder).filter((n) => n.startsWith('.lock'))).toEqual([]);
    expect(readdirSync(library.folder, { recursive: true }).filter((n) => !isStoryFile(String(n)) && n !== '.index.json')).toEqual([]);
  });

  it('keeps the story’s count in the catalog right as paragraphs change, are added and removed', async () => {
    const { library, story, revision } = await libraryWithStory();
    const versions: Story['body'][] = [
      [{ type: 'paragraph', text: '枫溪镇卫生院组织医生走进村部，为村民免费测血压。' }],
      [
        { type: 'paragraph', text: '枫溪镇卫生院组织医生走进村部，为村民免费测血压。' },
        { type: 'paragraph', text: 'A 2026 health check for 300 residents.' },
      ],
      [{ type: 'paragraph', text: 'A 2026 health check for 300 residents.' }],
      [],
    ];
    let base = revision;
    for (const body of versions) {
      const saved = await library.save(story.id, { ...story, body }, base);
      base = saved.revision;
      const listed = (await library.list()).stories.find((s) => s.id === story.id);
      expect(listed?.characters).toBe(countStory(saved.saved).story);
    }
    await library.lock.close();
  });
});
