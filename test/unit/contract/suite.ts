// The one contract suite: every binding (IPC, HTTP) must pass it against a real desk on temp folders.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulletinDeskApi, EventName, EventPayload } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import { isStoryFile } from '../../../shared/fileNames';

interface ContractHarness {
  api: BulletinDeskApi;
  close(): Promise<void>;
}

type Opener = (libraryFolder: string, userDataFolder: string) => Promise<ContractHarness>;

/** Resolves with the first event of that name that satisfies `match`, or rejects after `ms`. */
function nextEvent<N extends EventName>(
  api: BulletinDeskApi,
  name: N,
  match: (p: EventPayload<N>) => boolean = () => true,
  ms = 5000,
): Promise<EventPayload<N>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no ${name} event within ${ms} ms`));
    }, ms);
    const off = api.on(name, (payload) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}

async function rejection(p: Promise<unknown>): Promise<{ code?: string; message: string; current?: unknown }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error('expected the call to be refused');
}

export function contractSuite(binding: string, open: Opener): void {
  describe(`the API contract over ${binding}`, () => {
    let library: string;
    let harness: ContractHarness;
    let api: BulletinDeskApi;

    beforeEach(async () => {
      library = mkdtempSync(path.join(tmpdir(), `contract-${binding}-lib-`));
      const userData = mkdtempSync(path.join(tmpdir(), `contract-${binding}-prefs-`));
      harness = await open(library, userData);
      api = harness.api;
    });
    afterEach(async () => {
      await harness.close();
    });

    it('tells what it is and where the library is', async () => {
      const info = await api.call('app.info', {});
      expect(info.libraryFolder).toBe(library);
      expect(['electron', 'browser']).toContain(info.host);
    });

    it('creates a story as a file in the library and lists it', async () => {
      const created = await api.call('story.create', { fields: { headline: '青苔街道举办邻里节' } });
      expect(readdirSync(library)).toContain(created.file);
      const listing = await api.call('library.list', {});
      expect(listing.stories.map((s) => s.headline)).toContain('青苔街道举办邻里节');
      const read = await api.call('story.read', { id: created.story.id });
      expect(read.revision).toBe(created.revision);
    });

    it('saves on the revision it was based on, and refuses a stale one as a conflict with the version on disk', async () => {
      const { story, revision } = await api.call('story.create', { fields: { headline: '枫溪镇开展义诊' } });
      const edited = { ...story, body: [{ type: 'paragraph' as const, text: '当天上午，义诊现场人头攒动。' }] };
      const saved = await api.call('story.save', { id: story.id, story: edited, baseRevision: revision });
      expect(saved.revision).not.toBe(revision);
      const conflict = await rejection(api.call('story.save', { id: story.id, story, baseRevision: revision }));
      expect(conflict.code).toBe('conflict');
      expect((conflict.current as { revision: string }).revision).toBe(saved.revision);
      const onDisk = JSON.parse(readFileSync(path.join(library, saved.file), 'utf8'));
      expect(onDisk.body[0].text).toBe('当天上午，义诊现场人头攒动。');
    });

    it('validates every input on the privileged side', async () => {
      expect((await rejection(api.call('story.read', { id: '../../etc/passwd' }))).code).toBe('invalid');
      expect((await rejection(api.call('story.read', { id: 'a\u0000b' }))).code).toBe('invalid');
      expect((await rejection(api.call('story.save', { id: 'x', story: { headline: 1 } as never, baseRevision: 'zz' }))).code).toBe(
        'invalid',
      );
      expect((await rejection(api.call('no.such.call' as never, {} as never))).code).toBe('invalid');
      expect((await rejection(api.call('story.read', { id: 'abc-123' }))).code).toBe('not-found');
    });

    it('reports a change made by another program as an event', async () => {
      const { story, file } = await api.call('story.create', { fields: { headline: '岩口县推进夏粮收购' } });
      const changed = nextEvent(api, 'story.changed', (p) => p.summary.id === story.id);
      const onDisk = JSON.parse(readFileSync(path.join(library, file), 'utf8'));
      writeFileSync(path.join(library, file), JSON.stringify({ ...onDisk, headline: '另一个程序改的标题' }, null, 2));
      expect((await changed).summary.headline).toBe('另一个程序改的标题');
    });

    it("tells of the app's own writes as events, and the search finds what was written at once", async () => {
      const page = (
        await api.call('import.parse', {
          base64: Buffer.from('白沙镇举办荔枝节\n本报讯 白沙镇昨天举办第五届荔枝节。\n').toString('base64'),
        })
      ).stories;
      expect((await api.call('library.search', { query: '荔枝' })).ids).toEqual([]); // the search index is built now
      const added = nextEvent(api, 'story.added', (p) => p.summary.headline === '白沙镇举办荔枝节');
      const bulletinAdded = nextEvent(api, 'bulletin.added', (p) => p.summary.title === '第3版');
      const written = await api.call('import.write', { stories: page, bulletin: { title: '第3版', date: '2026-06-21' } });
      const id = written.written[0]!.id;
      expect((await added).summary).toMatchObject({ id, status: 'draft' });
      expect((await bulletinAdded).summary).toMatchObject({ id: written.bulletin!.id, stories: 1 });
      expect((await api.call('library.search', { query: '荔枝节' })).ids).toEqual([id]);

      const filed = nextEvent(api, 'story.changed', (p) => p.summary.id === id && p.summary.status === 'filed');
      const bulletinChanged = nextEvent(api, 'bulletin.changed', (p) => p.summary.id === written.bulletin!.id);
      await api.call('bulletin.markFiled', { id: written.bulletin!.id });
      await filed;
      await bulletinChanged;

      const removed = nextEvent(api, 'story.removed', (p) => p.id === id);
      await api.call('story.trash', { id });
      await removed;
    });

    it('removes a new story left untouched without a trace, never one saved since or made with text', async () => {
      const empty = await api.call('story.create', {});
      const removed = nextEvent(api, 'story.removed', (p) => p.id === empty.story.id);
      expect(await api.call('story.discardUntouched', { id: empty.story.id, revision: empty.revision })).toEqual({ removed: true });
      await removed;
      expect(readdirSync(library)).not.toContain(empty.file);
      expect((await api.call('trash.list', {})).entries).toEqual([]);

      const typed = await api.call('story.create', {});
      await api.call('story.save', { id: typed.story.id, story: { ...typed.story, headline: '一' }, baseRevision: typed.revision });
      expect((await api.call('story.discardUntouched', { id: typed.story.id, revision: typed.revision })).removed).toBe(false);
      const withText = await api.call('story.create', { fields: { headline: '有字的稿子' } });
      expect((await api.call('story.discardUntouched', { id: withText.story.id, revision: withText.revision })).removed).toBe(false);
      expect(readdirSync(library)).toEqual(expect.arrayContaining([typed.file, withText.file]));
    });

    it('moves a story to the trash and restores it', async () => {
      const { story } = await api.call('story.create', { fields: { headline: '石门社区开展垃圾分类宣传' } });
      const { trashId } = await api.call('story.trash', { id: story.id });
      expect((await api.call('library.list', {})).stories.some((s) => s.id === story.id)).toBe(false);
      expect((await api.call('trash.list', {})).entries.map((e) => e.trashId)).toContain(trashId);
      const restored = await api.call('trash.restore', { trashId });
      expect(restored.story.id).toBe(story.id);
      expect((await api.call('library.list', {})).stories.some((s) => s.id === story.id)).toBe(true);
    });

    it('keeps history and restores a snapshot, keeping the current text as a snapshot first', async () => {
      const { story, revision } = await api.call('story.create', { fields: { headline: '第一稿' } });
      const first = await api.call('story.save', { id: story.id, story: { ...story, status: 'ready' }, baseRevision: revision });
      const [snapshot] = (await api.call('history.list', { id: story.id })).snapshots;
      expect(snapshot?.headline).toBe('第一稿');
      const second = await api.call('story.save', {
        id: story.id,
        story: { ...story, status: 'ready', headline: '第二稿' },
        baseRevision: first.revision,
      });
      const restored = await api.call('history.restore', {
        id: story.id,
        snapshotId: (snapshot as { snapshotId: string }).snapshotId,
        baseRevision: second.revision,
      });
      expect(restored.story.headline).toBe('第一稿');
      const headlines = (await api.call('history.list', { id: story.id })).snapshots.map((s) => s.headline);
      expect(headlines).toContain('第二稿');
    });

    it('exports stories in the paper layout, and refuses one without a body', async () => {
      const { story, revision } = await api.call('story.create', {
        fields: { kicker: '青苔街道', headline: '举办邻里节', byline: [{ role: '记者', names: ['韦书言'], credit: '' }] },
      });
      expect((await rejection(api.call('export.text', { ids: [story.id] }))).code).toBe('refused');
      await api.call('story.save', {
        id: story.id,
        story: { ...story, body: [{ type: 'paragraph', text: '当天，居民欢聚一堂。' }] },
        baseRevision: revision,
      });
      const { text } = await api.call('export.text', { ids: [story.id] });
      expect(text).toBe('青苔街道\n\n举办邻里节\n\n本报讯 当天，居民欢聚一堂。\n\n记者 韦书言\n');
    });

    it('finds a story by a word of its body', async () => {
      const { story, revision } = await api.call('story.create', { fields: { headline: '松涛社区开展夜间义诊' } });
      await api.call('story.save', {
        id: story.id,
        story: { ...story, body: [{ type: 'paragraph', text: '志愿者为居民测量血压。' }] },
        baseRevision: revision,
      });
      await api.call('story.create', { fields: { headline: '别的新闻' } });
      expect((await api.call('library.search', { query: '血压' })).ids).toEqual([story.id]);
    });

    it('keeps preferences and tells of a change', async () => {
      const changed = nextEvent(api, 'preferences.changed');
      const prefs = await api.call('preferences.set', { reporter: { name: '韦书言', role: '记者' } });
      expect(prefs.reporter.name).toBe('韦书言');
      expect((await changed).reporter.name).toBe('韦书言');
      const created = await api.call('story.create', {});
      expect(created.story.byline).toEqual([{ role: '记者', names: ['韦书言'], credit: '' }]);
      expect((await rejection(api.call('preferences.set', { language: 'fr' as never }))).code).toBe('invalid');
    });

    it('changes only the settings a preferences.set gives, keeping every other one', async () => {
      await api.call('preferences.set', { language: 'zh-CN', defaultHouseStyle: 'byline-at-end' });
      await api.call('preferences.set', { reporter: { name: '韦书言', role: '通讯员' } });
      const prefs = await api.call('preferences.set', { defaultHouseStyle: 'default' });
      expect(prefs).toMatchObject({ language: 'zh-CN', defaultHouseStyle: 'default', reporter: { name: '韦书言', role: '通讯员' } });
      expect(await api.call('preferences.get', {})).toEqual(prefs);
    });

    it('keeps a bulletin of stories in order, saves it on its revision, exports it and marks its stories filed', async () => {
      const make = async (headline: string, text: string) => {
        const { story, revision } = await api.call('story.create', { fields: { headline } });
        await api.call('story.save', { id: story.id, story: { ...story, body: [{ type: 'paragraph', text }] }, baseRevision: revision });
        return story.id;
      };
      const a = await make('甲：青苔街道举办邻里节', '当天，居民欢聚一堂。');
      const b = await make('乙：枫溪镇开展义诊', '义诊现场人头攒动。');
      const created = await api.call('bulletin.create', { title: '二七报 6月21日 第3版', date: '2024-06-21', stories: [a, b] });
      expect(readdirSync(library)).toContain(created.file);
      const reordered = { ...created.bulletin, stories: [b, a] };
      const saved = await api.call('bulletin.save', { id: created.bulletin.id, bulletin: reordered, baseRevision: created.revision });
      expect(
        (
          await rejection(
            api.call('bulletin.save', { id: created.bulletin.id, bulletin: created.bulletin, baseRevision: created.revision }),
          )
        ).code,
      ).toBe('conflict');
      const { bulletin } = await api.call('bulletin.read', { id: created.bulletin.id });
      expect(bulletin.stories).toEqual([b, a]);
      const { text } = await api.call('export.text', { ids: bulletin.stories });
      expect(text.indexOf('乙：枫溪镇开展义诊')).toBeLessThan(text.indexOf('甲：青苔街道举办邻里节'));
      // the page's file is named after the page: its title and date
      const page = await api.call('export.save', { ids: bulletin.stories, bulletin: created.bulletin.id });
      expect(page.fileName).toBe('二七报-6月21日-第3版-2024-06-21.txt');
      // the page with its photos (none here): planned, then a .zip of the page text alone, or a folder never written twice
      const plan = await api.call('export.packagePlan', { bulletin: created.bulletin.id });
      expect(plan).toMatchObject({ name: '二七报-6月21日-第3版-2024-06-21', photos: 0, longEdge: 0 });
      const zipped = await api.call('export.package', { bulletin: created.bulletin.id, as: 'zip' });
      if (!zipped.cancelled && zipped.base64 !== undefined)
        expect(Buffer.from(zipped.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
      const into = mkdtempSync(path.join(tmpdir(), `contract-${binding}-package-`));
      const folder = await api.call('export.package', { bulletin: created.bulletin.id, as: 'folder', folder: into });
      if (folder.path !== undefined) {
        expect(readdirSync(folder.path)).toEqual(['二七报-6月21日-第3版-2024-06-21.txt']);
        const again = await rejection(api.call('export.package', { bulletin: created.bulletin.id, as: 'folder', folder: into }));
        expect(again.code).toBe('refused');
      }
      expect((await api.call('library.list', {})).bulletins.map((x) => x.title)).toEqual(['二七报 6月21日 第3版']);
      const filed = await api.call('bulletin.markFiled', { id: created.bulletin.id });
      expect(filed.filedStories).toBe(2);
      expect(filed.bulletin.filedAt).toBeTruthy();
      expect(saved.revision).not.toBe(filed.revision);
      for (const id of [a, b]) expect((await api.call('story.read', { id })).story.status).toBe('filed');
    });

    it('reads a page for review without writing, then writes the reviewed drafts and a bulletin in page order', async () => {
      const page =
        '东湖街道\n\n举办消防安全开放日\n\n本报讯 当天，居民踊跃参与。\n\n记者 韦书言\n\n枫溪镇开展义诊\n\n本报讯 义诊现场人头攒动。\n\n记者 柳岸\n';
      const gb = await api.call('import.parse', { base64: Buffer.from(page).toString('base64') });
      expect(gb.encoding).toBe('utf8');
      expect(gb.stories.map((s) => s.headline)).toEqual(['举办消防安全开放日', '枫溪镇开展义诊']);
      expect(gb.decisions.some((d) => d.message.includes('kicker'))).toBe(true);
      expect(readdirSync(library).filter((f) => isStoryFile(f))).toEqual([]);
      // the reporter corrects a decision before anything is written: the kicker was the subheadline
      const [first, second] = gb.stories as [Story, Story];
      const corrected = { ...first, kicker: '', subheadline: first.kicker };
      const written = await api.call('import.write', { stories: [corrected, second], bulletin: { title: '第3版', date: '2024-06-21' } });
      expect(written.written).toHaveLength(2);
      const { bulletin } = await api.call('bulletin.read', { id: (written.bulletin as { id: string }).id });
      expect(bulletin.stories).toEqual(written.written.map((w) => w.id));
      const stored = await api.call('story.read', { id: (written.written[0] as { id: string }).id });
      expect([stored.story.kicker, stored.story.subheadline]).toEqual(['', '东湖街道']);
      // the same write again (a try after a failure half way, a second press): nothing is written twice
      const files = readdirSync(library)
        .filter((f) => isStoryFile(f))
        .sort();
      const again = await api.call('import.write', { stories: [corrected, second] });
      expect(again.written).toEqual(written.written);
      expect(
        readdirSync(library)
          .filter((f) => isStoryFile(f))
          .sort(),
      ).toEqual(files);
      // a story of the page whose id the library holds with other text is written anew, beside it
      const other = await api.call('import.write', { stories: [{ ...second, headline: '另一篇' }] });
      expect(other.written[0]?.id).not.toBe(second.id);
      expect(readdirSync(library).filter((f) => isStoryFile(f))).toHaveLength(3);
      expect((await rejection(api.call('import.parse', { base64: Buffer.from([0x41, 0x80, 0x42]).toString('base64') }))).code).toBe(
        'refused',
      );
    });

    it('refuses proof.savePdf where the desk has no page to print, saying to use Print… and “Save as PDF”; validates its input', async () => {
      const before = readdirSync(library);
      const refused = await rejection(api.call('proof.savePdf', { fileName: 'Proof 第3版' }));
      expect(refused.code).toBe('refused');
      expect(refused.message).toMatch(/Print….*Save as PDF/);
      expect((await rejection(api.call('proof.savePdf', { fileName: '' }))).code).toBe('invalid');
      expect(readdirSync(library)).toEqual(before);
    });

    it('answers app.takeOpenedFiles with nothing held where no system hands files over (Electron answers it itself)', async () => {
      expect(await api.call('app.takeOpenedFiles', {})).toEqual({ files: [], unopenable: [] });
      expect((await rejection(api.call('app.takeOpenedFiles', { files: [] } as never))).code).toBe('invalid');
    });

    it('lists an unreadable file with its reason and never touches it unless asked', async () => {
      writeFileSync(path.join(library, 'broken.story.json'), '{ not json');
      const listing = await api.call('library.list', {});
      expect(listing.unreadable.map((u) => u.file)).toContain('broken.story.json');
      expect(readFileSync(path.join(library, 'broken.story.json'), 'utf8')).toBe('{ not json');
      const moved = await api.call('unreadable.moveAside', { file: 'broken.story.json' });
      expect(readFileSync(path.join(library, moved.movedTo), 'utf8')).toBe('{ not json');
    });
  });
}
