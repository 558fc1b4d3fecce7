// When a photo was taken, from its EXIF DateTimeOriginal (read by exifr), as an ISO date-time with no invented timezone.

/** EXIF writes a date-time as `YYYY:MM:DD HH:MM:SS`; cameras that were never set write zeros or blanks. */
const EXIF_DATE_TIME = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;
/** EXIF 2.31's OffsetTimeOriginal: the camera's offset from UTC when it took the photo. */
const EXIF_OFFSET = /^[+-](?:0\d|1[0-4]):[0-5]\d$/;
/** The prefix sharp's metadata keeps before the TIFF structure of a JPEG's or WebP's EXIF block (a PNG's has none). */
const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

/**
 * The date and time a photo was taken, from the EXIF block sharp found in it (`metadata().exif`), or undefined
 * when there is none or it is not a real date. It is the camera's own clock, so the string is the local date-time
 * as the camera wrote it (`2026-03-14T09:26:53`), with the camera's offset from UTC (`+08:00`) only when the photo
 * records one (OffsetTimeOriginal): a time zone is never guessed, neither the computer's nor UTC.
 */
export async function takenFromExif(exif: Buffer | undefined): Promise<string | undefined> {
  if (!exif || exif.length < 8) return undefined;
  const tiff = EXIF_HEADER.every((b, i) => exif[i] === b) ? exif.subarray(EXIF_HEADER.length) : exif;
  let tags: { DateTimeOriginal?: unknown; OffsetTimeOriginal?: unknown } | undefined;
  try {
    const { default: exifr } = await import('exifr');
    // reviveValues off: exifr would make a Date in the computer's time zone; the camera's own words are kept instead
    tags = (await exifr.parse(tiff, { pick: ['DateTimeOriginal', 'OffsetTimeOriginal'], reviveValues: false })) as typeof tags;
  } catch {
    return undefined; // EXIF too damaged to read: the photo is still good, it only has no date
  }
  const m = typeof tags?.DateTimeOriginal === 'string' ? EXIF_DATE_TIME.exec(tags.DateTimeOriginal.trim()) : null;
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate(); // days in that month
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return undefined;
  const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
  const offset = typeof tags?.OffsetTimeOriginal === 'string' ? tags.OffsetTimeOriginal.trim() : '';
  return EXIF_OFFSET.test(offset) ? `${local}${offset}` : local;
}
