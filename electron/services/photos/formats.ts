// What a file really is, read from its first bytes by file-type (never from its name), named as a reporter knows it.
import type { PhotoFormat } from './check';

/** A file's format, as found in its bytes; `name` is how a refusal names a refused one (HEIC, GIF, NEF, PDF …). */
export type FoundFormat = { accepted: true; format: PhotoFormat } | { accepted: false; name?: string };

/**
 * Which advice a refused format gets: `heic` an iPhone's (or another phone's) HEIC/HEIF, `raw` a camera's raw
 * file, `named` any other format that has a name (GIF, TIFF, PDF, a video …); none when the format is unknown.
 */
export type RefusedKind = 'heic' | 'raw' | 'named';

/** file-type's names of the formats the paper takes (an animated PNG is a PNG: its first frame is the photo). */
const ACCEPTED: Record<string, PhotoFormat> = { jpg: 'jpeg', png: 'png', apng: 'png', webp: 'webp' };

/** Cameras' raw files, by file-type's names: TIFF-like containers sharp would misread as a TIFF, or not read at all. */
const RAW = ['cr2', 'cr3', 'nef', 'arw', 'dng', 'orf', 'rw2', 'raf'];

/** Names the reporter knows, where file-type's extension upper-cased is not one. */
const NAMED: Record<string, string> = { tif: 'TIFF', jxl: 'JPEG XL', jp2: 'JPEG 2000', mov: 'MOV' };

/** The format of `bytes` from its first bytes (file-type reads only as far as it needs). */
export async function formatOf(bytes: Uint8Array): Promise<FoundFormat> {
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return { accepted: false };
  const accepted = ACCEPTED[found.ext];
  if (accepted) return { accepted: true, format: accepted };
  // file-type calls every HEIF "heic"; its MIME type tells a HEIF that is not HEVC-coded (image/heif)
  if (found.ext === 'heic') return { accepted: false, name: found.mime.startsWith('image/heif') ? 'HEIF' : 'HEIC' };
  return { accepted: false, name: NAMED[found.ext] ?? found.ext.toUpperCase() };
}

/** The advice for a refused format, by the name `formatOf` gave it; undefined for a format it could not name. */
export function refusedKind(name: string | undefined): RefusedKind | undefined {
  if (name === undefined) return undefined;
  if (name === 'HEIC' || name === 'HEIF') return 'heic';
  if (RAW.includes(name.toLowerCase())) return 'raw';
  return 'named';
}

/** How a refusal names an accepted format that turned out damaged. */
export const FORMAT_NAMES: Record<PhotoFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };
