// Real image files for the photo tests, made by sharp itself, and the headers of formats sharp cannot write (HEIC, BMP, PDF, cameras' raw files) made by hand.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** A photo `width`×`height` as stored: its left half red, its right half blue (so a rotation shows where its top went). */
export function halves(width: number, height: number): sharp.Sharp {
  const half = Math.floor(width / 2);
  return sharp({ create: { width, height, channels: 3, background: '#ff0000' } }).composite([
    { input: { create: { width: width - half, height, channels: 3, background: '#0000ff' } }, left: half, top: 0 },
  ]);
}

/** A photo with detail in every block (noise), so that a cut copy keeps its header and loses pixels. */
export function noisy(width: number, height: number): sharp.Sharp {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } } });
}

/** A JPEG as a phone held upright writes it: stored landscape, EXIF orientation 6 (turn 90° clockwise to show). */
export function uprightPhoneJpeg(width = 1200, height = 800): Promise<Buffer> {
  return halves(width, height).jpeg().withMetadata({ orientation: 6 }).toBuffer();
}

/** A JPEG whose EXIF says when it was taken (DateTimeOriginal) and, when given, the camera's offset from UTC. */
export function jpegTaken(dateTimeOriginal: string, offsetTimeOriginal?: string): Promise<Buffer> {
  const exif = { DateTimeOriginal: dateTimeOriginal, ...(offsetTimeOriginal ? { OffsetTimeOriginal: offsetTimeOriginal } : {}) };
  return halves(64, 48)
    .jpeg()
    .withExif({ IFD0: { Make: 'Made up', Model: 'Test camera' }, IFD2: exif })
    .toBuffer();
}

/** The first bytes of an iPhone's HEIC: an ISO-BMFF `ftyp` box of brand heic (what file-type and libheif look for). */
export function heicHeader(brand = 'heic'): Buffer {
  const ftyp = Buffer.concat([Buffer.from(`ftyp${brand}`), Buffer.from([0, 0, 0, 0]), Buffer.from(`mif1${brand}`)]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(ftyp.length + 4);
  return Buffer.concat([size, ftyp, Buffer.alloc(64)]);
}

/** A whole 4×4 24-bit BMP (Windows bitmap): file header, info header and the pixels. */
export function bmp(): Buffer {
  const pixels = 4 * 4 * 3;
  const file = Buffer.alloc(54 + pixels, 0x80);
  file.write('BM', 0, 'latin1');
  file.writeUInt32LE(file.length, 2);
  file.writeUInt32LE(0, 6);
  file.writeUInt32LE(54, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(4, 18);
  file.writeInt32LE(4, 22);
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(0, 30);
  file.writeUInt32LE(pixels, 34);
  return file;
}

/** A one-page PDF, as a scanner or "print to PDF" writes one. */
export function pdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

/**
 * The start of a camera's raw file, each a TIFF container with its maker's mark: Canon's CR2 ("CR" after the
 * header), Nikon's NEF (its first IFD's tag at byte 8), Adobe's DNG (a DNGVersion tag), Sony's ARW (its tag 50341).
 */
export function rawHeader(kind: 'CR2' | 'NEF' | 'DNG' | 'ARW'): Buffer {
  const file = Buffer.alloc(256);
  file.write('II', 0, 'latin1');
  file.writeUInt16LE(42, 2);
  if (kind === 'CR2') {
    file.writeUInt32LE(16, 4);
    file.write('CR', 8, 'latin1');
    file.writeUInt16LE(2, 10);
    return file;
  }
  // one IFD at byte 8 with one tag: NEF's first tag is 0x00FE (NewSubfileType) with 0x1C tags before it
  file.writeUInt32LE(8, 4);
  file.writeUInt16LE(kind === 'NEF' ? 0x1c : 1, 8);
  file.writeUInt16LE(kind === 'NEF' ? 0xfe : kind === 'DNG' ? 50706 : 50341, 10);
  file.writeUInt16LE(1, 12); // type BYTE
  file.writeUInt32LE(4, 14); // count
  file.writeUInt32LE(0x00000401, 18); // value
  return file;
}

/** A valid PNG of 1×1 pixel whose header claims `width`×`height` (its IHDR rewritten, CRC and all): a decoder stops at the header. */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: '#808080' } })
      .png()
      .toBuffer(),
  );
  // signature (8), IHDR length (4), "IHDR" (4), width, height …, CRC over type and data (13 bytes)
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}
