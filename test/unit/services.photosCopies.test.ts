// The copies of a photo: thumbnails and copies for sending are upright JPEGs within their size, never enlarged; an upright JPEG goes as it is.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photoForSending, photoThumbnail, THUMBNAIL_EDGE, type SendingOptions } from '../../electron/services/photos/index';
import { halves, noisy, uprightPhoneJpeg } from './helpers/photoFiles';

/** The colour of the pixel at (x, y) of an image, as [r, g, b]. */
async function colourAt(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)];
}
const isRed = ([r, g, b]: number[]) => r! > 200 && g! < 60 && b! < 60;
const isBlue = ([r, g, b]: number[]) => b! > 200 && r! < 60 && g! < 60;

describe('photoThumbnail', () => {
  it('turns a phone’s upright photo (EXIF orientation 6) upright: portrait, its stored left side on top', async () => {
    const thumbnail = await photoThumbnail(await uprightPhoneJpeg(1200, 800));
    const meta = await sharp(thumbnail).metadata();
    expect(THUMBNAIL_EDGE).toBe(320);
    expect(meta).toMatchObject({ format: 'jpeg', width: 213, height: 320 });
    expect(meta.orientation).toBeUndefined();
    // stored: red left half, blue right half; turned 90° clockwise, red is on top and blue below
    expect(isRed(await colourAt(thumbnail, 106, 20))).toBe(true);
    expect(isBlue(await colourAt(thumbnail, 106, 300))).toBe(true);
  });

  it('fits the long edge asked, and never enlarges a smaller photo', async () => {
    const landscape = await halves(1000, 500).png().toBuffer();
    expect(await sharp(await photoThumbnail(landscape, 100)).metadata()).toMatchObject({ format: 'jpeg', width: 100, height: 50 });
    const small = await halves(120, 90).webp().toBuffer();
    expect(await sharp(await photoThumbnail(small)).metadata()).toMatchObject({ format: 'jpeg', width: 120, height: 90 });
  });

  it('refuses an edge that is not a whole number of pixels', async () => {
    const photo = await halves(40, 30).jpeg().toBuffer();
    await expect(photoThumbnail(photo, 0)).rejects.toThrow(RangeError);
    await expect(photoThumbnail(photo, 12.5)).rejects.toThrow(RangeError);
  });
});

describe('photoForSending', () => {
  it('sends an upright JPEG as it is when nothing is asked, or when it already fits', async () => {
    const jpeg = await halves(1200, 800)
      .jpeg()
      .withExif({ IFD0: { Make: 'Made up' } })
      .toBuffer();
    expect((await photoForSending(jpeg)).equals(jpeg)).toBe(true);
    expect((await photoForSending(jpeg, { longEdge: 1200 })).equals(jpeg)).toBe(true);
  });

  it('resizes to the long edge asked, on either side, and never enlarges', async () => {
    const landscape = await noisy(1200, 800).jpeg().toBuffer();
    const asked: SendingOptions = { longEdge: 1000 };
    expect(await sharp(await photoForSending(landscape, asked)).metadata()).toMatchObject({ width: 1000, height: 667 });
    const portrait = await noisy(600, 900).png().toBuffer();
    expect(await sharp(await photoForSending(portrait, { longEdge: 300 })).metadata()).toMatchObject({
      format: 'jpeg',
      width: 200,
      height: 300,
    });
    const sent = await photoForSending(landscape, { longEdge: 4000, quality: 80 });
    expect(await sharp(sent).metadata()).toMatchObject({ width: 1200, height: 800 });
  });

  it('turns a phone’s upright photo upright even when nothing else is asked', async () => {
    const sent = await photoForSending(await uprightPhoneJpeg(1200, 800));
    const meta = await sharp(sent).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 800, height: 1200 });
    expect(meta.orientation).toBeUndefined();
    expect(isRed(await colourAt(sent, 400, 50))).toBe(true);
  });

  it('makes a PNG or WebP a JPEG, a transparent background white as on paper', async () => {
    const transparent = await sharp({ create: { width: 80, height: 60, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const sent = await photoForSending(transparent);
    expect((await sharp(sent).metadata()).format).toBe('jpeg');
    expect((await colourAt(sent, 40, 30)).every((c) => c > 245)).toBe(true);
  });

  it('writes with the quality asked (a lower quality, a smaller file) and leaves out EXIF (the GPS position)', async () => {
    const photo = await noisy(800, 600)
      .jpeg()
      .withExif({ IFD0: { Make: 'Made up' }, IFD3: { GPSLatitudeRef: 'N' } })
      .toBuffer();
    const low = await photoForSending(photo, { longEdge: 600, quality: 40 });
    const high = await photoForSending(photo, { longEdge: 600, quality: 95 });
    expect(low.length).toBeLessThan(high.length);
    expect((await sharp(high).metadata()).exif).toBeUndefined();
  });

  it('refuses a long edge or quality out of range', async () => {
    const photo = await halves(40, 30).jpeg().toBuffer();
    await expect(photoForSending(photo, { longEdge: 0 })).rejects.toThrow(RangeError);
    await expect(photoForSending(photo, { quality: 101 })).rejects.toThrow(RangeError);
  });
});
