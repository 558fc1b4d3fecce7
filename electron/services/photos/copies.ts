// Copies made from a photo's original (which is never changed): a small JPEG thumbnail for the story's strip, a JPEG for sending to the paper.
import type sharp from 'sharp';
import { PHOTO_INPUT } from './check';
import { withSharp } from './sharpJobs';

/** A thumbnail's long edge when none is asked: sharp enough for a strip of thumbnails on a high-density screen. */
export const THUMBNAIL_EDGE = 320;
/** The JPEG quality of a copy for sending when none is asked: a newspaper prints from it. */
const SENDING_QUALITY = 90;
/** What shows through a transparent PNG or WebP once it is a JPEG: white, as on paper. */
const PAPER = '#ffffff';

/** Upright (EXIF orientation applied), no larger than `longEdge` either way and never enlarged, on white, as a JPEG. */
function uprightJpeg(image: sharp.Sharp, longEdge: number | undefined, quality: number): Promise<Buffer> {
  const upright = image.autoOrient();
  const sized = longEdge === undefined ? upright : upright.resize(longEdge, longEdge, { fit: 'inside', withoutEnlargement: true });
  // no metadata is kept (sharp's default): the paper gets no GPS position of the reporter; colours are made sRGB
  return sized.flatten({ background: PAPER }).jpeg({ quality }).toBuffer();
}

/** A JPEG thumbnail of a checked photo: upright, its long edge at most `maxEdge` pixels (a smaller photo stays its size). */
export async function photoThumbnail(bytes: Uint8Array, maxEdge = THUMBNAIL_EDGE): Promise<Buffer> {
  if (!Number.isInteger(maxEdge) || maxEdge < 1) throw new RangeError(`a thumbnail's edge is a whole number of pixels, not ${maxEdge}`);
  return withSharp((sharp) => uprightJpeg(sharp(bytes, PHOTO_INPUT), maxEdge, 80));
}

export interface SendingOptions {
  /** The long edge, in pixels, the copy may have at most (the house style's); a smaller photo is never enlarged. */
  longEdge?: number;
  /** JPEG quality, 1–100 (SENDING_QUALITY when not given). */
  quality?: number;
}

/**
 * The copy of a checked photo that goes to the paper: a JPEG, upright, no larger than `longEdge`, never enlarged.
 * A photo that is already an upright JPEG within `longEdge`, with no quality asked, goes as the original bytes
 * (unchanged, not compressed again); otherwise it is decoded, turned upright, resized and written anew.
 */
export async function photoForSending(bytes: Uint8Array, options: SendingOptions = {}): Promise<Buffer> {
  const { longEdge, quality } = options;
  if (longEdge !== undefined && (!Number.isInteger(longEdge) || longEdge < 1))
    throw new RangeError(`the long edge is a whole number of pixels, not ${longEdge}`);
  if (quality !== undefined && (!Number.isInteger(quality) || quality < 1 || quality > 100))
    throw new RangeError(`the JPEG quality is a whole number from 1 to 100, not ${quality}`);
  return withSharp(async (sharp) => {
    const image = sharp(bytes, PHOTO_INPUT);
    const { format, width, height, orientation } = await image.metadata();
    const upright = orientation === undefined || orientation === 1;
    const fits = longEdge === undefined || Math.max(width, height) <= longEdge;
    if (format === 'jpeg' && upright && fits && quality === undefined) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return uprightJpeg(image, longEdge, quality ?? SENDING_QUALITY);
  });
}
