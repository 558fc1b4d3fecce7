// Reading a proof from a real desk on temp folders: the open story's edits first, a bulletin's stories in order under its house style.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, dispatch, type BulletinDeskApi } from '../../shared/api';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { openDesk, type Desk } from '../../electron/services/desk';
import { loadProof } from '../../renderer/src/proof/loadProof';
import { by, p } from './helpers';

let desk: Desk;
let api: BulletinDeskApi;
let library: string;

beforeEach(async () => {
  library = mkdtempSync(path.join(tmpdir(), 'proof-lib-'));
  desk = await openDesk({
    libraryFolder: library,
    userDataFolder: mkdtempSync(path.join(tmpdir(), 'proof-prefs-')),
    host: 'browser',
    version: 'test',
  });
  api = {
    async call(name, input) {
      const result = await dispatch(desk.service, name, structuredClone(input));
      if (!result.ok) throw new ApiError(result.error);
      return structuredClone(result.value) as never;
    },
    on: () => () => undefined,
  };
});
afterEach(async () => {
  await desk.close();
  rmSync(library, { recursive: true, force: true });
});

const write = (headline: string, text: string) =>
  api.call('story.create', { fields: { headline, kicker: `${headline}的引题`, body: [p(text)], byline: [by('记者', ['李明'])] } });

describe('loading a proof', () => {
  it('waits for the open story’s edits before reading the story', async () => {
    const { story, revision } = await write('初稿标题', '初稿。');
    let flushed = false;
    const flush = async () => {
      await api.call('story.save', { id: story.id, story: { ...story, headline: '改好的标题' }, baseRevision: revision });
      flushed = true;
      return true;
    };
    const sheet = await loadProof(api, { kind: 'story', id: story.id }, DEFAULT_HOUSE_STYLE, flush);
    expect(flushed).toBe(true);
    expect(sheet.title).toBe('改好的标题');
    expect(sheet.saved).toBe(true);
    expect(sheet.entries).toHaveLength(1);
  });

  it('says when the open story could not be saved, and proofs the text on disk', async () => {
    const { story } = await write('磁盘上的标题', '正文。');
    const sheet = await loadProof(api, { kind: 'story', id: story.id }, DEFAULT_HOUSE_STYLE, async () => false);
    expect(sheet.saved).toBe(false);
    expect(sheet.title).toBe('磁盘上的标题');
  });

  it('sets a bulletin’s stories in its order under its house style, naming a story that is gone', async () => {
    const a = await write('甲稿', '甲。');
    const b = await write('乙稿', '乙。');
    const c = await write('丙稿', '丙。');
    const { bulletin } = await api.call('bulletin.create', {
      title: '二七报 6月21日 第3版',
      date: '2026-06-21',
      houseStyle: 'byline-in-dateline',
      stories: [c.story.id, a.story.id, b.story.id],
    });
    await api.call('story.trash', { id: a.story.id });
    const sheet = await loadProof(api, { kind: 'bulletin', id: bulletin.id }, DEFAULT_HOUSE_STYLE, async () => true);
    expect(sheet.title).toBe('二七报 6月21日 第3版');
    expect(sheet.date).toBe('2026-06-21');
    expect(sheet.style.name).toBe('byline-in-dateline');
    expect(sheet.entries.map((e) => (e.kind === 'story' ? e.story.headline : `missing ${e.position} ${e.id}`))).toEqual([
      '丙稿',
      `missing 2 ${a.story.id}`,
      '乙稿',
    ]);
    const first = sheet.entries[0];
    expect(first?.kind === 'story' && first.story.blocks[0]?.dateline).toBe('本报讯（记者 李明）');
  });

  it('fails with the desk’s reason when the story itself cannot be read', async () => {
    await expect(loadProof(api, { kind: 'story', id: 'no-such-story' }, DEFAULT_HOUSE_STYLE, async () => true)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('a proof’s photos', () => {
  it('are read as upright JPEG copies for print (long edge 1600 at most); one gone from the store is named, the rest shown', async () => {
    const sharp = (await import('sharp')).default;
    const { uprightPhoneJpeg } = await import('./helpers/photoFiles');
    const { story, revision } = await write('社区义诊进小区', '志愿者为老人测量血压。');
    const big = await uprightPhoneJpeg(3000, 2000);
    const added = await api.call('photo.add', {
      id: story.id,
      baseRevision: revision,
      source: { base64: big.toString('base64'), fileName: 'IMG_1.jpg' },
      caption: '义诊现场',
    });
    const sheet = await loadProof(api, { kind: 'story', id: story.id }, DEFAULT_HOUSE_STYLE, async () => true);
    const image = sheet.photos.get(added.photo.file) as { src: string };
    expect(image.src.startsWith('data:image/jpeg;base64,')).toBe(true);
    const meta = await sharp(Buffer.from(image.src.slice('data:image/jpeg;base64,'.length), 'base64')).metadata();
    expect([meta.width, meta.height]).toEqual([1067, 1600]);

    rmSync(path.join(library, 'photos', added.photo.file));
    const again = await loadProof(api, { kind: 'story', id: story.id }, DEFAULT_HOUSE_STYLE, async () => true);
    expect(again.photos.get(added.photo.file)).toEqual({ reason: expect.stringContaining(added.photo.file) });
  });
});
