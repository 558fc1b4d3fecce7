// "Export page with photos": captions placed as the house style says, photos named by page order, a folder or a .zip, never over anything.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE, findHouseStyle, type HouseStyle } from '../../shared/houseStyle';
import { exportStories } from '../../shared/layout/export';
import { newStory, type Story } from '../../shared/story';
import { packageFiles, PackageExistsError, photoNames, writePackageFolder, writePackageZip } from '../../electron/services/photoPackage';
import { halves } from './helpers/photoFiles';

const LEGACY = findHouseStyle('legacy-typesetter') as HouseStyle;
const folder = () => mkdtempSync(path.join(tmpdir(), 'photo-package-'));

type Photo = { file: string; caption: string; credit: string; width: number; height: number };
const withPhotos = (story: Story, photos: Photo[]): Story => ({ ...story, photos }) as Story;

function story(headline: string, photos: Photo[]): Story {
  return withPhotos(
    newStory({
      headline,
      body: [{ type: 'paragraph', text: '社区组织志愿者走进小区，为老人免费测量血压。' }],
      byline: [{ role: '记者', names: ['张明'], credit: '文/图' }],
    }),
    photos,
  );
}

const photo = (file: string, caption: string, credit = '记者 张明 摄'): Photo => ({ file, caption, credit, width: 1600, height: 1200 });

/** A page of two stories: three photos, the first story's two captioned in Chinese and Pinyin. */
function page(): Story[] {
  return [
    story('社区义诊进小区', [
      photo('a'.repeat(64) + '.jpg', '志愿者为老人测量血压。'),
      photo('b'.repeat(64) + '.png', 'Zhang Ming 在义诊现场。'),
    ]),
    story('夏粮收购开秤', [photo('c'.repeat(64) + '.jpg', '收购点前排起长队。', '通讯员 王芳 摄')]),
  ];
}

/** The library's photo store as a folder of files by name: real JPEG and PNG made by sharp. */
async function store(): Promise<{ readPhoto(file: string): Promise<Uint8Array>; bytes: Map<string, Buffer> }> {
  const bytes = new Map<string, Buffer>([
    ['a'.repeat(64) + '.jpg', await halves(2400, 1600).jpeg().toBuffer()],
    ['b'.repeat(64) + '.png', await halves(800, 600).png().toBuffer()],
    ['c'.repeat(64) + '.jpg', await halves(1000, 1500).jpeg().toBuffer()],
  ]);
  return { bytes, readPhoto: async (file) => bytes.get(file) as Buffer };
}

describe('captions in the page text', () => {
  it('follow each story as the house style says: after the byline, each with its credit; or not at all', () => {
    const [first] = page() as [Story];
    const after = exportStories([first], DEFAULT_HOUSE_STYLE);
    expect(after.endsWith('记者 张明 文/图\n\n志愿者为老人测量血压。 记者 张明 摄\n\nZhang Ming 在义诊现场。 记者 张明 摄\n')).toBe(true);
    for (const captions of ['none', 'separateFile'] as const) {
      const text = exportStories([first], { ...DEFAULT_HOUSE_STYLE, captions });
      expect(text).not.toContain('测量血压。 记者');
      expect(text.endsWith('记者 张明 文/图\n')).toBe(true);
    }
    // the legacy typesetter's punctuation rule applies to captions too
    expect(exportStories([withPhotos(first, [photo('x.jpg', '义诊现场,老人排队。')])], LEGACY)).toContain(
      '义诊现场，老人排队。 记者 张明 摄\r\n',
    );
  });
});

describe('packageFiles', () => {
  it('names photos by page order, keeps their bytes, and writes captions.txt in the house encoding', async () => {
    const { readPhoto, bytes } = await store();
    const files = await packageFiles({ stories: page(), style: DEFAULT_HOUSE_STYLE, pageName: '二七报-第3版-2026-12-05', readPhoto });
    expect(files.map((f) => f.name)).toEqual(['二七报-第3版-2026-12-05.txt', '01-1.jpg', '01-2.png', '02-1.jpg', 'captions.txt']);
    expect(Buffer.from(files[1]!.bytes).equals(bytes.get('a'.repeat(64) + '.jpg')!)).toBe(true);
    expect(Buffer.from(files[4]!.bytes).toString('utf8')).toBe(
      '01-1.jpg\n志愿者为老人测量血压。 记者 张明 摄\n\n01-2.png\nZhang Ming 在义诊现场。 记者 张明 摄\n\n02-1.jpg\n收购点前排起长队。 通讯员 王芳 摄\n',
    );
    const legacy = await packageFiles({
      stories: page(),
      style: { ...LEGACY, photoLongEdge: 1200, photoQuality: 80 },
      pageName: 'p',
      readPhoto,
    });
    const captions = legacy.find((f) => f.name === 'captions.txt')!;
    expect(iconv.decode(Buffer.from(captions.bytes), 'gb18030')).toContain('01-1.jpg\r\n志愿者为老人测量血压。 记者 张明 摄\r\n\r\n');
    // resized for sending: JPEG, the long edge asked, never enlarged
    expect(legacy.map((f) => f.name)).toEqual(['p.txt', '01-1.jpg', '01-2.jpg', '02-1.jpg', 'captions.txt']);
    expect(await sharp(legacy[1]!.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 800 });
    expect(await sharp(legacy[2]!.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 800, height: 600 });
    expect(await sharp(legacy[3]!.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 800, height: 1200 });
  });

  it('names photos after the headline when the style says so, and never twice the same name', () => {
    const [a, b] = page() as [Story, Story];
    const twin = { ...b, headline: a.headline };
    expect(photoNames([a, twin], { ...DEFAULT_HOUSE_STYLE, photoNames: 'headline' }, false)).toEqual([
      ['社区义诊进小区-1.jpg', '社区义诊进小区-2.png'],
      ['社区义诊进小区-1-02-1.jpg'],
    ]);
  });

  it('leaves captions.txt out when the style keeps captions out, and refuses an incomplete page before reading a photo', async () => {
    const { readPhoto } = await store();
    const files = await packageFiles({ stories: page(), style: { ...DEFAULT_HOUSE_STYLE, captions: 'none' }, pageName: 'p', readPhoto });
    expect(files.map((f) => f.name)).not.toContain('captions.txt');
    let read = 0;
    const untitled = { ...page()[0]!, headline: '' };
    await expect(
      packageFiles({ stories: [untitled], style: DEFAULT_HOUSE_STYLE, pageName: 'p', readPhoto: async (f) => (read++, readPhoto(f)) }),
    ).rejects.toMatchObject({ reason: 'incomplete' });
    expect(read).toBe(0);
  });
});

describe('writing a package', () => {
  it('writes a .zip whose files are the package’s, byte for byte, and never over an existing file', async () => {
    const { readPhoto } = await store();
    const files = await packageFiles({ stories: page(), style: DEFAULT_HOUSE_STYLE, pageName: 'page', readPhoto });
    const dir = folder();
    const target = path.join(dir, 'page.zip');
    await writePackageZip(target, files);
    const unzipped = unzipSync(readFileSync(target));
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.name));
    for (const f of files) expect(Buffer.from(unzipped[f.name]!).equals(Buffer.from(f.bytes))).toBe(true);
    writeFileSync(path.join(dir, 'taken.zip'), 'mine');
    await expect(writePackageZip(path.join(dir, 'taken.zip'), files)).rejects.toBeInstanceOf(PackageExistsError);
    expect(readFileSync(path.join(dir, 'taken.zip'), 'utf8')).toBe('mine');
    expect(readdirSync(dir).sort()).toEqual(['page.zip', 'taken.zip']);
  });

  it('writes a folder whole or not at all, and never into one that exists (even empty)', async () => {
    const { readPhoto } = await store();
    const files = await packageFiles({ stories: page(), style: DEFAULT_HOUSE_STYLE, pageName: 'page', readPhoto });
    const dir = folder();
    await writePackageFolder(path.join(dir, 'page'), files);
    expect(readdirSync(path.join(dir, 'page')).sort()).toEqual(files.map((f) => f.name).sort());
    mkdirSync(path.join(dir, 'empty'));
    await expect(writePackageFolder(path.join(dir, 'empty'), files)).rejects.toBeInstanceOf(PackageExistsError);
    expect(readdirSync(path.join(dir, 'empty'))).toEqual([]);
    // a write that fails half way (here a name the folder cannot hold) leaves nothing behind
    await expect(
      writePackageFolder(path.join(dir, 'broken'), [...files, { name: 'no/such/place.jpg', bytes: new Uint8Array(1) }]),
    ).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['empty', 'page']);
  });

  it('clears away a package a killed program left half written (an old one only), and nothing else', async () => {
    const { readPhoto } = await store();
    const files = await packageFiles({ stories: page(), style: DEFAULT_HOUSE_STYLE, pageName: 'page', readPhoto });
    const dir = folder();
    const old = path.join(dir, '.page.partial-0a1b2c3d');
    mkdirSync(old);
    writeFileSync(path.join(old, '01-1.jpg'), 'half');
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(old, hourAgo, hourAgo);
    // another program's package on its way (young), and the reporter's own hidden folder (old), stay
    mkdirSync(path.join(dir, '.other.partial-99999999'));
    mkdirSync(path.join(dir, '.mine'));
    utimesSync(path.join(dir, '.mine'), hourAgo, hourAgo);
    await writePackageFolder(path.join(dir, 'page'), files);
    expect(readdirSync(dir).sort()).toEqual(['.mine', '.other.partial-99999999', 'page']);
  });
});
