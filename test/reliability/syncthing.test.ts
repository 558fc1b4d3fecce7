// The library in a folder synced by a real Syncthing (two instances on 127.0.0.1): a new story reaches the other side, and a conflict made while apart is offered on both sides and resolved without losing either text.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../shared/api';
import { readStoryFile, type Story } from '../../shared/index';
import { hasLibraryLastExtension, isBulletinFile } from '../../shared/fileNames';
import { openDesk, type Desk } from '../../electron/services/desk';
import {
  configure,
  connected,
  freePort,
  holdsNewest,
  prepare,
  rest,
  scan,
  setFolderPaused,
  start,
  stop,
  syncthingBinary,
  waitFor,
  type Instance,
} from './syncthing';

const SYNCTHING = syncthingBinary();
const MISSING = 'syncthing is not installed (Debian: apt-get install syncthing; .ci/run installs it): the real-Syncthing tests are skipped';
if (!SYNCTHING) console.log(`[syncthing.test] skipped: ${MISSING}`);

/** Every wait in a test comes out of this: a test never runs longer. */
const TEST_MS = 90_000;

interface Side {
  instance: Instance;
  desk: Desk;
  events: Array<{ name: EventName; payload: unknown }>;
}

let root: string;
const sides: Side[] = [];
const instances: Instance[] = [];

/** The story files' texts on disk, by file name (stories and conflict copies alike). */
function bodiesOnDisk(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    if (name.startsWith('.') || !hasLibraryLastExtension(name) || isBulletinFile(name)) continue;
    const r = readStoryFile(readFileSync(path.join(folder, name), 'utf8'));
    if (r.ok) out.set(name, bodyOf(r.value));
  }
  return out;
}

const bodyOf = (story: Story) => story.body.map((b) => b.text).join('\n');

/** Waits with the time left of the test's budget. */
function budget(): <T>(what: string, check: () => Promise<T | undefined> | T | undefined) => Promise<T> {
  const until = Date.now() + TEST_MS;
  return (what, check) => waitFor(what, Math.max(1000, until - Date.now()), check);
}

describe.skipIf(!SYNCTHING)('the library in a Syncthing folder (two instances on 127.0.0.1)', () => {
  /** Fails with both instances' logs, to say what Syncthing did. */
  const explain = (e: unknown): never => {
    throw new Error(
      `${(e as Error).message}\n--- syncthing logs ---\n${instances.map((i) => `[${i.name}]\n${i.log.slice(-4000)}`).join('\n')}`,
    );
  };

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'reliability-syncthing-'));
    const ports = [await freePort(), await freePort(), await freePort(), await freePort()];
    const a = prepare('desk-a', path.join(root, 'a-home'), path.join(root, 'a-library'), ports[0] as number, ports[1] as number);
    const b = prepare('desk-b', path.join(root, 'b-home'), path.join(root, 'b-library'), ports[2] as number, ports[3] as number);
    instances.push(a, b);
    configure(a, b);
    configure(b, a);
    const wait = budget();
    // one after the other: two instances dialling each other at the same moment may wait out a 20 s Hello timeout
    start(a);
    await wait('A’s REST API', () => rest(a, 'GET', '/rest/system/ping').then(() => true)).catch(explain);
    start(b);
    await wait('both instances connected', async () => ((await connected(a, b)) && (await connected(b, a)) ? true : undefined)).catch(
      explain,
    );
    for (const instance of instances) {
      const desk = await openDesk({
        libraryFolder: instance.folder,
        userDataFolder: path.join(root, `${instance.name}-prefs`),
        host: 'browser',
        language: 'en',
        version: 'test',
      });
      const side: Side = { instance, desk, events: [] };
      desk.subscribe((name, payload) => void side.events.push({ name, payload }));
      sides.push(side);
    }
  }, TEST_MS + 30_000);

  afterAll(async () => {
    for (const side of sides) await side.desk.close().catch(() => undefined);
    await Promise.all(instances.map((i) => stop(i)));
    if (root) rmSync(root, { recursive: true, force: true });
  }, 30_000);

  it(
    'a story made on one side appears in the other side’s listing, with a story.added event',
    async () => {
      const [a, b] = sides as [Side, Side];
      const wait = budget();
      const made = await a.desk.service['story.create']({
        fields: { headline: '社区消防开放日', body: [{ type: 'paragraph', text: '这是在甲电脑上写的。' }] },
      });
      await scan(a.instance);
      const id = made.story.id;
      await wait('the story in B’s listing', async () =>
        (await b.desk.service['library.list']({})).stories.some((s) => s.id === id) ? true : undefined,
      ).catch(explain);
      await wait('story.added on B', () =>
        b.events.some((e) => e.name === 'story.added' && (e.payload as EventPayload<'story.added'>).summary.id === id) ? true : undefined,
      ).catch(explain);
      expect((await b.desk.service['story.read']({ id })).story.body[0]?.text).toBe('这是在甲电脑上写的。');
    },
    TEST_MS + 10_000,
  );

  it(
    'edits made on both sides while apart become one story and one conflict copy on each side, both texts kept; keep both makes two stories',
    async () => {
      const [a, b] = sides as [Side, Side];
      const wait = budget();
      const made = await a.desk.service['story.create']({
        fields: { headline: '夏粮收购进度过半', body: [{ type: 'paragraph', text: '原稿。' }] },
      });
      const id = made.story.id;
      await scan(a.instance);
      const onB = await wait('the story on B', () => b.desk.service['story.read']({ id }).catch(() => undefined)).catch(explain);
      // both Syncthings have recorded that one version before they part
      await wait('the story recorded on both sides', async () =>
        (await holdsNewest(a.instance, made.file)) && (await holdsNewest(b.instance, made.file)) ? true : undefined,
      ).catch(explain);

      // apart: each side pauses the shared folder (as if the two laptops were offline), so nothing passes between them
      await setFolderPaused(a.instance, true);
      await setFolderPaused(b.instance, true);

      // the same story edited differently on each side, through each desk, and scanned by each Syncthing
      const TEXT_A = '甲电脑改的：全县已收购小麦一万吨。';
      const TEXT_B = '乙电脑改的：全县已收购小麦九千五百吨。';
      await a.desk.service['story.save']({
        id,
        story: { ...made.story, body: [{ type: 'paragraph', text: TEXT_A }] },
        baseRevision: made.revision,
      });
      await b.desk.service['story.save']({
        id,
        story: { ...onB.story, body: [{ type: 'paragraph', text: TEXT_B }] },
        baseRevision: onB.revision,
      });
      expect(bodiesOnDisk(b.instance.folder).get(made.file)).toBe(TEXT_B); // nothing passed meanwhile
      expect(bodiesOnDisk(a.instance.folder).get(made.file)).toBe(TEXT_A);

      // together again: Syncthing keeps one version under the story's name and the other as a conflict copy, on both sides
      await setFolderPaused(a.instance, false);
      await setFolderPaused(b.instance, false);
      for (const side of [a, b]) await wait(`a scan on ${side.instance.name}`, () => scan(side.instance).then(() => true)).catch(explain);
      for (const side of [a, b]) {
        await wait(`one story and one conflict on ${side.instance.name}`, async () => {
          const listing = await side.desk.service['library.list']({});
          const stories = listing.stories.filter((s) => s.id === id);
          const conflicts = listing.conflicts.filter((c) => c.id === id);
          if (stories.length !== 1 || conflicts.length !== 1) return undefined;
          const bodies = bodiesOnDisk(side.instance.folder);
          const kept = [bodies.get((stories[0] as { file: string }).file), bodies.get((conflicts[0] as { file: string }).file)];
          return kept.sort().join('|') === [TEXT_A, TEXT_B].sort().join('|') ? listing : undefined;
        }).catch(explain);
        // the window hears of it too (the event may come a moment after a listing that looked for itself)
        await wait(`conflict.found on ${side.instance.name}`, () =>
          side.events.some((e) => e.name === 'conflict.found' && (e.payload as EventPayload<'conflict.found'>).id === id)
            ? true
            : undefined,
        ).catch(explain);
      }

      // the conflict as the window reads it, then keep both on side A
      const listing = await a.desk.service['library.list']({});
      const conflict = listing.conflicts.find((c) => c.id === id) as { file: string };
      const both = await a.desk.service['conflict.read']({ file: conflict.file });
      expect([bodyOf(both.original?.story as Story), bodyOf(both.copy.story)].sort()).toEqual([TEXT_A, TEXT_B].sort());
      await a.desk.service['conflict.resolve']({ file: conflict.file, keep: 'both', copyRevision: both.copy.revision });

      const twoStories = async (side: Side) => {
        const now = await side.desk.service['library.list']({});
        const texts = await Promise.all(now.stories.map(async (s) => bodyOf((await side.desk.service['story.read']({ id: s.id })).story)));
        return now.conflicts.length === 0 &&
          texts
            .filter((t) => t === TEXT_A || t === TEXT_B)
            .sort()
            .join('|') === [TEXT_A, TEXT_B].sort().join('|')
          ? texts
          : undefined;
      };
      expect(await twoStories(a)).toBeDefined();
      await scan(a.instance);
      // and B follows: the copy gone (to A's trash, synced), the new story there
      await wait('both texts as two stories on B, no conflict left', () => twoStories(b)).catch(explain);
      await wait('conflict.gone on B', () =>
        b.events.some((e) => e.name === 'conflict.gone' && (e.payload as EventPayload<'conflict.gone'>).file === conflict.file)
          ? true
          : undefined,
      ).catch(explain);
    },
    TEST_MS + 10_000,
  );
});
