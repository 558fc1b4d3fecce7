// checkPhoto on real files (made by sharp, or by hand where sharp cannot write the format): accepted formats, size as shown, date taken, each refusal.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkPhoto, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, type PhotoCheck, type PhotoFormat } from '../../electron/services/photos/index';
import { bmp, halves, heicHeader, jpegTaken, noisy, pdf, pngClaiming, rawHeader, uprightPhoneJpeg } from './helpers/photoFiles';

describe('checkPhoto accepts', () => {
  it('a JPEG, a PNG and a WebP, with their size', async () => {
    const image = halves(300, 200);
    const files: Array<[PhotoFormat, Buffer]> = [
      ['jpeg', await image.clone().jpeg().toBuffer()],
      ['png', await image.clone().png().toBuffer()],
      ['webp', await image.clone().webp().toBuffer()],
    ];
    for (const [format, file] of files) {
      const expected: PhotoCheck = { ok: true, format, width: 300, height: 200 };
      expect(await checkPhoto(file, `a.${format}`)).toEqual(expected);
    }
  });

  it('reads the format from the bytes, not the name: a PNG called .jpg is a PNG', async () => {
    const png = await halves(40, 30).png().toBuffer();
    expect(await checkPhoto(png, '现场.jpg')).toMatchObject({ ok: true, format: 'png' });
  });

  it('a JPEG with bytes left after its pixels, as some cameras write it', async () => {
    const jpeg = await noisy(300, 200).jpeg().toBuffer();
    const padded = Buffer.concat([jpeg.subarray(0, -2), Buffer.from('padding'), jpeg.subarray(-2)]);
    expect(await checkPhoto(padded, 'padded.jpg')).toEqual({ ok: true, format: 'jpeg', width: 300, height: 200 });
  });

  it('gives the size as the photo is shown: a phone held upright (EXIF orientation 6) is portrait', async () => {
    const jpeg = await uprightPhoneJpeg(1200, 800);
    expect((await sharp(jpeg).metadata()).orientation).toBe(6);
    expect(await checkPhoto(jpeg, 'upright.jpg')).toEqual({ ok: true, format: 'jpeg', width: 800, height: 1200 });
    // orientations 1–4 keep width and height; 5–8 swap them
    for (const orientation of [2, 3, 4, 5, 7, 8]) {
      const file = await halves(120, 80).jpeg().withMetadata({ orientation }).toBuffer();
      const swapped = orientation >= 5;
      expect(await checkPhoto(file, 'o.jpg'), `orientation ${orientation}`).toMatchObject({
        width: swapped ? 80 : 120,
        height: swapped ? 120 : 80,
      });
    }
  });
});

describe('checkPhoto’s date taken (EXIF DateTimeOriginal)', () => {
  it('is the camera’s local date-time, with no time zone made up', async () => {
    expect(await checkPhoto(await jpegTaken('2026:03:14 09:26:53'), 'a.jpg')).toMatchObject({ taken: '2026-03-14T09:26:53' });
  });

  it('carries the camera’s offset from UTC when the photo records one (OffsetTimeOriginal)', async () => {
    expect(await checkPhoto(await jpegTaken('2026:03:14 09:26:53', '+08:00'), 'a.jpg')).toMatchObject({
      taken: '2026-03-14T09:26:53+08:00',
    });
  });

  it('is read from a PNG’s and a WebP’s EXIF too', async () => {
    const exif = { IFD2: { DateTimeOriginal: '2025:12:31 23:59:59' } };
    for (const file of [await halves(40, 30).png().withExif(exif).toBuffer(), await halves(40, 30).webp().withExif(exif).toBuffer()])
      expect(await checkPhoto(file, 'a')).toMatchObject({ ok: true, taken: '2025-12-31T23:59:59' });
  });

  it('is absent when there is none, or the camera’s clock was never set', async () => {
    const none = await checkPhoto(await halves(40, 30).jpeg().toBuffer(), 'a.jpg');
    expect(none.ok && 'taken' in none).toBe(false);
    for (const never of ['0000:00:00 00:00:00', '    :  :     :  :  ', '2026:02:30 10:00:00']) {
      const check = await checkPhoto(await jpegTaken(never), 'a.jpg');
      expect(check.ok, never).toBe(true);
      expect('taken' in check, never).toBe(false);
    }
  });
});

describe('checkPhoto refuses', () => {
  it('an iPhone’s HEIC, named HEIC even when called .jpg, and a HEIF', async () => {
    expect(await checkPhoto(heicHeader(), 'IMG_0001.jpg')).toEqual({
      ok: false,
      reason: 'photoFormat',
      fileName: 'IMG_0001.jpg',
      format: 'HEIC',
    });
    expect(await checkPhoto(heicHeader('mif1'), 'IMG_0002.HEIF')).toMatchObject({ reason: 'photoFormat', format: 'HEIF' });
  });

  it('GIF, TIFF and AVIF (which sharp writes), BMP and PDF, each named', async () => {
    const image = halves(40, 30);
    expect(await checkPhoto(await image.clone().gif().toBuffer(), 'a.gif')).toMatchObject({ reason: 'photoFormat', format: 'GIF' });
    expect(await checkPhoto(await image.clone().tiff().toBuffer(), 'a.tif')).toMatchObject({ reason: 'photoFormat', format: 'TIFF' });
    expect(await checkPhoto(await image.clone().avif().toBuffer(), 'a.avif')).toMatchObject({ reason: 'photoFormat', format: 'AVIF' });
    expect(await checkPhoto(bmp(), 'a.bmp')).toMatchObject({ reason: 'photoFormat', format: 'BMP' });
    expect(await checkPhoto(pdf(), 'scan.jpg')).toMatchObject({ reason: 'photoFormat', format: 'PDF' });
  });

  it('a camera’s raw file, named by its maker’s format (not as a TIFF)', async () => {
    for (const kind of ['CR2', 'NEF', 'DNG', 'ARW'] as const)
      expect(await checkPhoto(rawHeader(kind), `DSC_0001.${kind}`)).toEqual({
        ok: false,
        reason: 'photoFormat',
        fileName: `DSC_0001.${kind}`,
        format: kind,
      });
  });

  it('a file of no image format, with no format named', async () => {
    expect(await checkPhoto(Buffer.from('本报讯 这不是照片'), 'notes.jpg')).toEqual({
      ok: false,
      reason: 'photoFormat',
      fileName: 'notes.jpg',
    });
  });

  it('a JPEG cut in half, whose header alone still reads (every pixel is decoded to see it)', async () => {
    const whole = await noisy(1200, 900).jpeg().toBuffer();
    const cut = whole.subarray(0, whole.length >> 1);
    // what a look at the header alone would pass
    expect(await sharp(cut).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 900 });
    expect(await checkPhoto(cut, 'cut.jpg')).toEqual({ ok: false, reason: 'photoDamaged', fileName: 'cut.jpg', format: 'JPEG' });
    expect(await checkPhoto(whole, 'whole.jpg')).toMatchObject({ ok: true });
  });

  it('a PNG cut short, a WebP cut short, a JPEG with its pixels overwritten', async () => {
    const png = await noisy(600, 400).png().toBuffer();
    expect(await checkPhoto(png.subarray(0, png.length - 4000), 'cut.png')).toMatchObject({ reason: 'photoDamaged', format: 'PNG' });
    const webp = await noisy(600, 400).webp().toBuffer();
    expect(await checkPhoto(webp.subarray(0, webp.length >> 1), 'cut.webp')).toMatchObject({ reason: 'photoDamaged', format: 'WebP' });
    const jpeg = Buffer.from(await noisy(600, 400).jpeg().toBuffer());
    jpeg.fill(0xff, jpeg.length >> 1, (jpeg.length >> 1) + 2000); // a run of marker bytes in the middle of the scan
    expect(await checkPhoto(jpeg, 'broken.jpg')).toMatchObject({ reason: 'photoDamaged', format: 'JPEG' });
  });

  it('an empty file', async () => {
    expect(await checkPhoto(new Uint8Array(0), 'empty.jpg')).toEqual({ ok: false, reason: 'photoEmpty', fileName: 'empty.jpg' });
  });

  it('a file over the size limit, and a photo of more pixels than the limit (100 megapixels), before decoding it', async () => {
    const jpegStart = await halves(40, 30).jpeg().toBuffer();
    const huge = Buffer.concat([jpegStart, Buffer.alloc(MAX_PHOTO_BYTES + 1 - jpegStart.length)]);
    expect(await checkPhoto(huge, 'huge.jpg')).toEqual({ ok: false, reason: 'photoTooBig', fileName: 'huge.jpg', format: 'JPEG' });
    const edge = Math.ceil(Math.sqrt(MAX_PHOTO_PIXELS)) + 1;
    expect(await checkPhoto(await pngClaiming(edge, edge), 'wide.png')).toEqual({
      ok: false,
      reason: 'photoTooBig',
      fileName: 'wide.png',
      format: 'PNG',
    });
  });

  it('a bad file among many checked at once, each answered for itself', async () => {
    const good = await halves(200, 100).jpeg().toBuffer();
    const checks = await Promise.all([good, heicHeader(), good, new Uint8Array(0), good].map((b, i) => checkPhoto(b, `${i}.jpg`)));
    expect(checks.map((c) => (c.ok ? c.format : c.reason))).toEqual(['jpeg', 'photoFormat', 'jpeg', 'photoEmpty', 'jpeg']);
  });
});
