// "Export page with photos…" through the desk: a page of two stories with real photos as a .zip (read back with fflate) and as a folder, and each refusal by reason.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../electron/services/desk';
import { ApiError } from '../../shared/apiError';
import { halves, uprightPhoneJpeg } from './helpers/photoFiles';

let dir: string;
let desk: Desk;
let downloads: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'desk-package-'));
  downloads = path.join(dir, 'Downloads');
  mkdirSync(downloads);
  desk = await openDesk({
    libraryFolder: path.join(dir, 'library'),
    userDataFolder: path.join(dir, 'user'),
    host: 'browser',
    version: 'test',
    downloadsFolder: downloads,
  });
});
afterEach(async () => {
  await desk.close();
});

const api = () => desk.service;

/** A story with its text and the photos given (real JPEG/PNG bytes), added through the desk as the strip does. */
async function storyWith(headline: string, photos: Array<{ bytes: Buffer; name: string; caption: string }>) {
  const created = await api()['story.create']({
    fields: {
      headline,
      body: [{ type: 'paragraph', text: '社区组织志愿者走进小区，为老人免费测量血压。' }],
      byline: [{ role: '记者', names: ['张明'], credit: '文/图' }],
    },
  });
  let revision = created.revision;
  for (const p of photos) {
    const added = await api()['photo.add']({
      id: created.story.id,
      baseRevision: revision,
      source: { base64: p.bytes.toString('base64'), fileName: p.name },
      caption: p.caption,
    });
    revision = added.revision;
  }
  return created.story.id;
}

/** A bulletin 二七报 第3版 of 2026-12-05: two stories, three photos. */
async function page(houseStyle?: string) {
  const first = await storyWith('社区义诊进小区', [
    { bytes: await uprightPhoneJpeg(2400, 1600), name: 'IMG_0001.jpg', caption: '志愿者为老人测量血压。' },
    { bytes: await halves(800, 600).png().toBuffer(), name: 'IMG_0002.png', caption: 'Zhang Ming 在义诊现场。' },
  ]);
  const second = await storyWith('夏粮收购开秤', [
    { bytes: await halves(1000, 1500).jpeg().toBuffer(), name: 'x.jpg', caption: '收购点前排起长队。' },
  ]);
  const made = await api()['bulletin.create']({
    title: '二七报 第3版',
    date: '2026-12-05',
    stories: [first, second],
    ...(houseStyle ? { houseStyle } : {}),
  });
  return made.bulletin.id;
}

async function refused(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe('export.package', () => {
  it('plans the page: its name, how many photos go with it, the long edge and the Downloads folder', async () => {
    const bulletin = await page();
    expect(await api()['export.packagePlan']({ bulletin })).toEqual({
      name: '二七报-第3版-2026-12-05',
      photos: 3,
      longEdge: 0,
      folder: downloads,
    });
  });

  it('answers a .zip to download: the page text, 01-1.jpg, 01-2.png, 02-1.jpg and captions.txt', async () => {
    const bulletin = await page();
    const answer = await api()['export.package']({ bulletin, as: 'zip' });
    expect(answer).toMatchObject({ name: '二七报-第3版-2026-12-05.zip', photos: 3, cancelled: false });
    expect(answer.path).toBeUndefined();
    const zip = unzipSync(Buffer.from(answer.base64 as string, 'base64'));
    expect(Object.keys(zip).sort()).toEqual(['01-1.jpg', '01-2.png', '02-1.jpg', 'captions.txt', '二七报-第3版-2026-12-05.txt']);
    const text = Buffer.from(zip['二七报-第3版-2026-12-05.txt'] as Uint8Array).toString('utf8');
    expect(text).toContain('社区义诊进小区');
    expect(text).toContain('志愿者为老人测量血压。 记者 张明 摄');
    const captions = Buffer.from(zip['captions.txt'] as Uint8Array).toString('utf8');
    expect(captions).toContain('01-2.png\nZhang Ming 在义诊现场。 记者 张明 摄');
    expect(await sharp(Buffer.from(zip['02-1.jpg'] as Uint8Array)).metadata()).toMatchObject({ width: 1000, height: 1500 });
    // nothing was written to the disk by the browser's zip
    expect(readdirSync(downloads)).toEqual([]);
  });

  it('writes a folder named after the page in the folder the reporter names, resized as the house style says, and never over it', async () => {
    await api()['preferences.set']({
      houseStyles: [
        {
          ...(await import('../../shared/houseStyle')).DEFAULT_HOUSE_STYLE,
          name: '晚报',
          photoLongEdge: 1200,
          photoQuality: 80,
        },
      ],
    });
    const bulletin = await page('晚报');
    expect((await api()['export.packagePlan']({ bulletin })).longEdge).toBe(1200);
    const into = path.join(dir, 'to the paper');
    mkdirSync(into);
    const answer = await api()['export.package']({ bulletin, as: 'folder', folder: into });
    const written = path.join(into, '二七报-第3版-2026-12-05');
    expect(answer).toMatchObject({ name: '二七报-第3版-2026-12-05', path: written, photos: 3, cancelled: false });
    expect(readdirSync(written).sort()).toEqual(['01-1.jpg', '01-2.jpg', '02-1.jpg', 'captions.txt', '二七报-第3版-2026-12-05.txt']);
    const resized = await sharp(readFileSync(path.join(written, '01-1.jpg'))).metadata();
    expect(Math.max(resized.width, resized.height)).toBe(1200);

    const again = await refused(api()['export.package']({ bulletin, as: 'folder', folder: into }));
    expect(again.reason).toBe('packageExists');
    expect(again.params).toEqual({ name: '二七报-第3版-2026-12-05', folder: into });
    // the Downloads folder when none is named
    const inDownloads = await api()['export.package']({ bulletin, as: 'folder' });
    expect(inDownloads.path).toBe(path.join(downloads, '二七报-第3版-2026-12-05'));
  });

  it('refuses a folder that is not there, a photo gone from the store, a caption the typesetter cannot take', async () => {
    const bulletin = await page();
    const nowhere = await refused(api()['export.package']({ bulletin, as: 'folder', folder: path.join(dir, 'no such folder') }));
    expect(nowhere.reason).toBe('packageFolderMissing');
    const relative = await refused(api()['export.package']({ bulletin, as: 'folder', folder: 'Downloads' }));
    expect(relative.reason).toBe('packageFolderMissing');

    const { story } = await api()['story.read']({ id: (await api()['bulletin.read']({ id: bulletin })).bulletin.stories[1] as string });
    rmSync(path.join(dir, 'library', 'photos', story.photos[0]?.file as string));
    const gone = await refused(api()['export.package']({ bulletin, as: 'zip' }));
    expect(gone.reason).toBe('photoMissing');
    expect(readdirSync(downloads)).toEqual([]);

    const emoji = await storyWith('农家乐开张', [
      { bytes: await halves(400, 300).jpeg().toBuffer(), name: 'a.jpg', caption: '游客点赞😀' },
    ]);
    const made = await api()['bulletin.create']({ title: '第4版', date: '2026-12-05', stories: [emoji], houseStyle: 'legacy-typesetter' });
    const caption = await refused(api()['export.package']({ bulletin: made.bulletin.id, as: 'zip' }));
    expect(caption.code).toBe('refused');
    expect(['outsideCharacterSet', 'unencodableInStory']).toContain(caption.reason);
    expect(caption.message).toContain('caption');
  });

  it('in Electron asks where: a cancelled dialog writes nothing', async () => {
    await desk.close();
    const asked: string[] = [];
    desk = await openDesk({
      libraryFolder: path.join(dir, 'library'),
      userDataFolder: path.join(dir, 'user'),
      host: 'electron',
      version: 'test',
      choosePackageTarget: async (name, as) => {
        asked.push(`${as}:${name}`);
        return as === 'zip' ? null : downloads;
      },
    });
    const bulletin = await page();
    expect(await api()['export.package']({ bulletin, as: 'zip' })).toMatchObject({ cancelled: true });
    const folder = await api()['export.package']({ bulletin, as: 'folder' });
    expect(folder.path).toBe(path.join(downloads, '二七报-第3版-2026-12-05'));
    expect(asked).toEqual(['zip:二七报-第3版-2026-12-05', 'folder:二七报-第3版-2026-12-05']);
  });
});
