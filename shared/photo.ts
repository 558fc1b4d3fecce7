// Photos on a story (format version 2): the formats taken, a photo as the story file holds it, and what the image service found in a file.

export const PHOTO_FORMATS = ['jpeg', 'png', 'webp'] as const;
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];

/** One photo on a story, as the story file (version 2) holds it. */
export interface Photo {
  file: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  taken?: string;
}

/** What the image service found in a file a reporter added. */
export type PhotoCheck =
  | { ok: true; format: PhotoFormat; width: number; height: number; taken?: string } // width/height as displayed (EXIF orientation applied); taken: ISO date-time from EXIF if any
  | { ok: false; reason: 'photoFormat' | 'photoDamaged' | 'photoTooBig' | 'photoEmpty'; fileName: string; format?: string }; // format: what the file is when known (e.g. 'HEIC', 'GIF', 'TIFF', 'PDF')

/** The file name's extension of each format. */
const PHOTO_EXTENSIONS: Readonly<Record<PhotoFormat, string>> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

/** The content type a photo file is served with. */
export const PHOTO_CONTENT_TYPES: Readonly<Record<PhotoFormat, string>> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** A photo's file in the library: the SHA-256 of its bytes in hex, then its format's extension; never a path. */
export const PHOTO_FILE_PATTERN = /^[0-9a-f]{64}\.(jpg|png|webp)$/;

/** The format a photo's file name says, or undefined for a name that is not a photo file's. */
export function photoFormatOf(file: string): PhotoFormat | undefined {
  const m = PHOTO_FILE_PATTERN.exec(file);
  if (!m) return undefined;
  return m[1] === 'jpg' ? 'jpeg' : (m[1] as 'png' | 'webp');
}

/** The file name a photo of these bytes' hash (hex SHA-256) and format is stored under. */
export function photoFileName(sha256Hex: string, format: PhotoFormat): string {
  return `${sha256Hex}.${PHOTO_EXTENSIONS[format]}`;
}
