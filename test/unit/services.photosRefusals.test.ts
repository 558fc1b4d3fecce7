// A refused photo from a real file, as the reporter reads it in both languages: the file's name, its format, what to do.
import { describe, expect, it } from 'vitest';
import { checkPhoto, photoRefusal } from '../../electron/services/photos/index';
import { translator } from '../../renderer/src/i18n/translate';
import { failureText } from '../../renderer/src/shell/errors';
import { halves, heicHeader, noisy, pngClaiming, rawHeader } from './helpers/photoFiles';

const zh = translator('zh-CN');
const en = translator('en');

/** What the reporter reads for `bytes` called `fileName`, in Chinese and English (as the refusal crosses the boundary: as data). */
async function refusalOf(bytes: Uint8Array, fileName: string): Promise<{ zh: string; en: string }> {
  const check = await checkPhoto(bytes, fileName);
  if (check.ok) throw new Error(`${fileName} was accepted`);
  const data = photoRefusal(check).toData();
  expect(data).toMatchObject({ code: 'refused', reason: check.reason, params: { file: fileName } });
  return { zh: failureText(data, zh), en: failureText(data, en) };
}

describe('a refused photo, worded', () => {
  it('HEIC: names the file and the format, and says how to set the iPhone or export a JPEG', async () => {
    const words = await refusalOf(heicHeader(), 'IMG_0001.jpg');
    expect(words.zh).toBe(
      'IMG_0001.jpg 是 HEIC 格式（苹果手机自带的格式），报社收不了：请在手机“设置”›“相机”›“格式”里选“兼容性最佳”，或在“照片”里把它导出为 JPEG，再重新添加',
    );
    expect(words.en).toContain('IMG_0001.jpg is a HEIC photo');
    expect(words.en).toContain('Settings › Camera › Formats › Most Compatible, or export it as JPEG');
  });

  it('a camera’s raw file: says to export a JPEG from the camera’s software', async () => {
    const words = await refusalOf(rawHeader('NEF'), 'DSC_0042.NEF');
    expect(words.zh).toBe('DSC_0042.NEF 是相机的 RAW 原始文件（NEF），报社收不了：请用相机配套的软件导出 JPEG，再添加导出的照片');
    expect(words.en).toBe(
      'DSC_0042.NEF is a camera’s raw file (NEF), not a photo the paper can take: export a JPEG from the camera’s software and add that',
    );
  });

  it('any other format, named; a file of no image format', async () => {
    const gif = await refusalOf(await halves(40, 30).gif().toBuffer(), '动图.gif');
    expect(gif.zh).toBe('动图.gif 是 GIF 文件，不是报社能收的照片：请另存为 JPEG、PNG 或 WebP 格式，再重新添加');
    expect(gif.en).toContain('动图.gif is a GIF file');
    const text = await refusalOf(Buffer.from('采访笔记'), '笔记.jpg');
    expect(text.zh).toBe('笔记.jpg 不是简讯编辑台能读的照片：请添加 JPEG、PNG 或 WebP 格式的照片');
    expect(text.en).toBe('笔记.jpg is not a photo Bulletin Desk can read: add a JPEG, PNG or WebP photo');
  });

  it('a damaged JPEG: names it and says to copy it from the camera again', async () => {
    const whole = await noisy(800, 600).jpeg().toBuffer();
    const words = await refusalOf(whole.subarray(0, whole.length >> 1), 'IMG_0412.jpg');
    expect(words.zh).toBe('IMG_0412.jpg 这个 JPEG 文件已损坏，读不完整：请从相机或手机里重新拷一份，再添加新拷的照片');
    expect(words.en).toContain('IMG_0412.jpg is a damaged JPEG file');
    expect(words.en).toContain('copy the photo from the camera or phone again');
  });

  it('too big, with the limits; empty', async () => {
    const big = await refusalOf(await pngClaiming(20_000, 20_000), 'pano.png');
    expect(big.zh).toBe('pano.png 太大，超出了新闻照片的上限（文件超过 60 MB，或像素太多）：请另存一份尺寸小一些的，再添加');
    expect(big.en).toContain('(a file of more than 60 MB, or far too many pixels)');
    const empty = await refusalOf(new Uint8Array(0), 'IMG_0413.jpg');
    expect(empty.zh).toBe('IMG_0413.jpg 是空文件（0 字节）：请从相机或手机里重新拷一份，再添加新拷的照片');
    expect(empty.en).toBe('IMG_0413.jpg is empty (0 bytes): copy the photo from the camera or phone again and add the new copy');
  });
});
