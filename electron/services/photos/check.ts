// Whether a file a reporter added is a photo the paper can take: its real format, every pixel decoded, size as shown, date taken.
import { formatOf, FORMAT_NAMES } from './formats';
import { withSharp } from './sharpJobs';
import { takenFromExif } from './taken';

import type { PhotoCheck, PhotoFormat } from '../../../shared/photo';

export type { PhotoCheck, PhotoFormat };

/** The largest file taken: a phone's or camera's JPEG is 2–15 MB, a 100-megapixel PNG some 60 MB. */
export const MAX_PHOTO_BYTES = 60 * 1024 * 1024;
/** The most pixels taken (sharp's `limitInputPixels`): 100 megapixels, more than any camera a reporter carries. */
export const MAX_PHOTO_PIXELS = 100_000_000;

/**
 * How sharp opens a checked photo to make its copies: a decode error (a file cut short) fails the call instead of
 * leaving grey pixels, and an image of more than MAX_PHOTO_PIXELS is refused before it is decoded.
 */
export const PHOTO_INPUT = { failOn: 'error', limitInputPixels: MAX_PHOTO_PIXELS } as const;

/**
 * How the check opens it: stricter (sharp's own default), so that damage in the middle of a JPEG (grey or smeared
 * blocks, which libjpeg reports only as a warning: "Corrupt JPEG data: premature end of data segment") is refused too;
 * bytes left after the pixels, as some cameras write them, are no damage and pass.
 */
const CHECK_INPUT = { ...PHOTO_INPUT, failOn: 'warning' } as const;

/** sharp's words when an image has more pixels than `limitInputPixels`. */
const OVER_PIXEL_LIMIT = /exceeds pixel limit/i;
/**
 * Checks the bytes of a file a reporter added (`fileName` only names it in a refusal: the format is read from the
 * bytes, so a .jpg that is really a HEIC is refused as HEIC). Every pixel is decoded, so a JPEG or PNG cut short
 * is found now, not when the page is sent. Never throws for a bad file: the refusal is the answer.
 */
export async function checkPhoto(bytes: Uint8Array, fileName: string): Promise<PhotoCheck> {
  if (bytes.length === 0) return { ok: false, reason: 'photoEmpty', fileName };
  const found = await formatOf(bytes);
  if (!found.accepted) return { ok: false, reason: 'photoFormat', fileName, ...(found.name ? { format: found.name } : {}) };
  const format = found.format;
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, reason: 'photoTooBig', fileName, format: FORMAT_NAMES[format] };
  return withSharp(async (sharp) => {
    try {
      const metadata = await sharp(bytes, CHECK_INPUT).metadata();
      // the header can be whole where the pixels are not (a copy cut short): decode them all
      await sharp(bytes, CHECK_INPUT).stats();
      // sharp's autoOrient size is the size as shown: orientations 5–8 (a phone held upright) swap width and height
      const { width, height } = metadata.autoOrient;
      const taken = await takenFromExif(metadata.exif);
      return { ok: true, format, width, height, ...(taken ? { taken } : {}) };
    } catch (e) {
      const reason = e instanceof Error && OVER_PIXEL_LIMIT.test(e.message) ? 'photoTooBig' : 'photoDamaged';
      return { ok: false, reason, fileName, format: FORMAT_NAMES[format] };
    }
  });
}
