// The library's news of itself and of what a full check finds: own writes told once (never by the watcher too), changes nobody reported told by the check.
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../shared/api';
import { newStory, serializeStory } from '../../shared/index';
import { openDesk, type Desk } from '../../electron/services/desk';
import { Library } from '../../electron/services/library/library';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

describe('a full check tells what nobody reported', () => {
  it('files added, changed and removed by another program since the last check; never the library’s own', async () => {
    const folder = tempFolder('found-');
    const library = new Library(folder);
    await library.open();
    await library.checkAll(); // the first check tells nothing: nobody listened before it
    const told: string[] = [];
    library.onFound = ({ found, gone }) => {
      for (const f of found) told.push(`${f.added ? 'added' : 'changed'} ${f.name}`);
      for (const g of gone) told.push(`gone ${g.name}`);
    };
    const own = await library.add(newStory({ headline: '本机写的' }));
    writeFileSync(path.join(folder, 'other-00000001.story.json'), serializeStory(newStory({ headline: '别处写的' }, { id: 'other-1' })));
    await library.checkAll();
    expect(told.splice(0)).toEqual(['added other-00000001.story.json']);

    writeFileSync(path.join(folder, 'other-00000001.story.json'), serializeStory(newStory({ headline: '别处改的' }, { id: 'other-1' })));
    await library.save(own.story.id, { ...own.story, headline: '本机改的' }, own.revision);
    await library.checkAll();
    expect(told.splice(0)).toEqual(['changed other-00000001.story.json']);

    unlinkSync(path.join(folder, 'other-00000001.story.json'));
    await library.checkAll();
    expect(told.splice(0)).toEqual(['gone other-00000001.story.json']);
    await library.checkAll();
    expect(told).toEqual([]);
  });
});

describe("the desk's own writes", () => {
  async function desk(): Promise<{ desk: Desk; events: string[]; folder: string }> {
    const folder = tempFolder('own-');
    const d = await openDesk({ libraryFolder: folder, userDataFolder: tempFolder('prefs-'), host: 'browser', version: 'test' });
    cleanups.push(() => d.close());
    const events: string[] = [];
    d.subscribe((name: EventName, payload) => {
      const p = payload as { summary?: { id: string }; id?: string };
      events.push(`${name} ${p.summary?.id ?? p.id ?? ''}`);
    });
    return { desk: d, events, folder };
  }

  it('are told once each, by the desk and not again by the watcher', async () => {
    const { desk: d, events } = await desk();
    const made = await d.service['story.create']({ fields: { headline: '一篇' } });
    const saved = await d.service['story.save']({
      id: made.story.id,
      story: { ...made.story, headline: '改过' },
      baseRevision: made.revision,
    });
    const copy = await d.service['story.duplicate']({ id: made.story.id });
    await d.service['story.trash']({ id: copy.story.id });
    await new Promise((resolve) => setTimeout(resolve, 800)); // past the watcher's wait for a write to finish
    expect(events).toEqual([
      `story.added ${made.story.id}`,
      `story.changed ${made.story.id}`,
      `story.added ${copy.story.id}`,
      `story.removed ${copy.story.id}`,
    ]);
    expect(saved.revision).not.toBe(made.revision);
  });

  it('a new story left untouched is removed without a trace when the desk closes; one saved since is kept', async () => {
    const { desk: d, events, folder } = await desk();
    const empty = await d.service['story.create']({});
    const typed = await d.service['story.create']({});
    await d.service['story.save']({ id: typed.story.id, story: { ...typed.story, headline: '写过' }, baseRevision: typed.revision });
    await d.close();
    expect(events).toContain(`story.removed ${empty.story.id}`);
    expect(events).not.toContain(`story.removed ${typed.story.id}`);
    const again = new Library(folder);
    await again.open();
    const listed = (await again.list()).stories.map((s) => s.id);
    expect(listed).toEqual([typed.story.id]);
  });

  it('New story under the id the window already shows: written with the house dateline and the reporter’s byline; an id the library has is refused', async () => {
    const { desk: d, events } = await desk();
    await d.service['preferences.set']({ reporter: { name: '王小明', role: '记者' } });
    const made = await d.service['story.create']({ id: 'shown-before-written' });
    expect(made.story).toMatchObject({
      id: 'shown-before-written',
      dateline: '本报讯',
      byline: [{ role: '记者', names: ['王小明'], credit: '' }],
    });
    expect(made.file).toMatch(/\.bstory$/);
    expect(events).toContain('story.added shown-before-written');
    await expect(d.service['story.create']({ id: 'shown-before-written' })).rejects.toMatchObject({
      code: 'invalid',
      reason: 'storyIdTaken',
    });
    // left with nothing typed, it is removed like any new story
    expect(await d.service['story.discardUntouched']({ id: made.story.id, revision: made.revision })).toEqual({ removed: true });
  });

  it('a new story put on a page is kept though nothing was typed: no page points at a story that is gone', async () => {
    const { desk: d, folder } = await desk();
    const empty = await d.service['story.create']({});
    await d.service['bulletin.create']({ title: '第3版', date: '2026-12-06', stories: [empty.story.id] });
    expect(await d.service['story.discardUntouched']({ id: empty.story.id, revision: empty.revision })).toEqual({ removed: false });
    await d.close();
    const again = new Library(folder);
    await again.open();
    expect((await again.list()).stories.map((s) => s.id)).toEqual([empty.story.id]);
  });
});
