// `npm run icons` (run by `npm run dist`): the app's and its file types' icons, drawn as SVG in assets/icons, rendered for each platform into build/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Icns, IcnsImage } from '@fiahfy/icns';
import pngToIco from 'png-to-ico';
import sharp from 'sharp';
import { fileKindOf } from '../shared/fileNames';

/** The icons drawn in assets/icons: the app, and the file types it opens (electron-builder.yml's fileAssociations `icon`). */
export const ICON_SOURCES = ['app', 'story', 'bulletin'] as const;
export type IconName = (typeof ICON_SOURCES)[number];

/** Linux: build/icons/<n>x<n>.png (the desktop entry's hicolor sizes). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
/** Windows: the sizes inside each .ico (256 the largest an .ico holds). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** macOS: each .icns image type with its pixel size (PNG inside; @2x types for Retina). */
export const ICNS_TYPES = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 } as const;

/** The files written into the build folder: the app's icon.png/.ico/.icns and icons/, and story/bulletin .ico and .icns. */
export function iconFiles(): string[] {
  const files = ['icon.png', 'icon.ico', 'icon.icns', ...LINUX_SIZES.map((n) => `icons/${n}x${n}.png`)];
  for (const name of ICON_SOURCES.filter((n) => n !== 'app')) files.push(`${name}.ico`, `${name}.icns`);
  return files;
}

async function png(svg: Buffer, size: number): Promise<Buffer> {
  return sharp(svg, { density: Math.max(72, Math.ceil((72 * size) / 1024) * 4) })
    .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
}

async function icns(svg: Buffer): Promise<Buffer> {
  const file = new Icns();
  for (const [type, size] of Object.entries(ICNS_TYPES))
    file.append(IcnsImage.fromPNG(await png(svg, size), type as keyof typeof ICNS_TYPES));
  return file.data;
}

async function ico(svg: Buffer): Promise<Buffer> {
  return pngToIco(await Promise.all(ICO_SIZES.map((n) => png(svg, n))));
}

/** Renders every icon of `sourceFolder` (assets/icons) into `buildFolder` (electron-builder's buildResources). */
export async function renderIcons(sourceFolder: string, buildFolder: string): Promise<void> {
  mkdirSync(path.join(buildFolder, 'icons'), { recursive: true });
  for (const name of ICON_SOURCES) {
    const svg = readFileSync(path.join(sourceFolder, `${name}.svg`));
    const base = name === 'app' ? 'icon' : name;
    writeFileSync(path.join(buildFolder, `${base}.ico`), await ico(svg));
    writeFileSync(path.join(buildFolder, `${base}.icns`), await icns(svg));
    if (name !== 'app') continue;
    writeFileSync(path.join(buildFolder, 'icon.png'), await png(svg, 1024));
    for (const n of LINUX_SIZES) writeFileSync(path.join(buildFolder, 'icons', `${n}x${n}.png`), await png(svg, n));
  }
}

/** The sizes inside an .ico (its directory: a width byte of 0 is 256). */
function icoSizes(bytes: Buffer): number[] {
  if (bytes.length < 6 || bytes.readUInt16LE(2) !== 1) return [];
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => bytes[6 + i * 16] || 256);
}

/** What electron-builder.yml names as icons: each target's `icon`, and each file association's. */
interface IconConfig {
  linux?: { icon?: string; fileAssociations?: Array<{ ext: string; icon?: string }> };
  win?: { icon?: string };
  mac?: { icon?: string };
  fileAssociations?: Array<{ ext: string; icon?: string }>;
}

/**
 * What is wrong with the icons (empty: nothing): every file rendered, each at the sizes its platform needs, and
 * named in every target of electron-builder.yml and by every file association. `buildFolder` holds the rendered files.
 */
export async function iconProblems(buildFolder: string, config: IconConfig): Promise<string[]> {
  const problems: string[] = [];
  const read = (file: string): Buffer | null => {
    try {
      return readFileSync(path.join(buildFolder, file));
    } catch {
      problems.push(`build/${file} is missing: run npm run icons`);
      return null;
    }
  };
  const pngSize = async (bytes: Buffer) => {
    const meta = await sharp(bytes).metadata();
    return meta.format === 'png' && meta.width === meta.height ? meta.width : -1;
  };
  const icon = read('icon.png');
  if (icon && (await pngSize(icon)) < 1024) problems.push('build/icon.png is not a square PNG of at least 1024 pixels');
  for (const n of LINUX_SIZES) {
    const bytes = read(`icons/${n}x${n}.png`);
    if (bytes && (await pngSize(bytes)) !== n) problems.push(`build/icons/${n}x${n}.png is not ${n}×${n}`);
  }
  for (const base of ['icon', ...ICON_SOURCES.filter((n) => n !== 'app')]) {
    const icoBytes = read(`${base}.ico`);
    const sizes = icoBytes ? icoSizes(icoBytes) : [];
    if (icoBytes && ICO_SIZES.some((n) => !sizes.includes(n)))
      problems.push(`build/${base}.ico holds ${sizes.join(', ')}, Windows needs ${ICO_SIZES.join(', ')}`);
    const icnsBytes = read(`${base}.icns`);
    if (icnsBytes) {
      let types: string[] = [];
      try {
        types = Icns.from(icnsBytes).images.map((image) => image.osType);
      } catch {
        problems.push(`build/${base}.icns is not an icns file`);
      }
      const missing = Object.keys(ICNS_TYPES).filter((t) => !types.includes(t));
      if (types.length > 0 && missing.length > 0) problems.push(`build/${base}.icns lacks ${missing.join(', ')}`);
    }
  }
  const wants: Array<[string, string | undefined, string]> = [
    ['linux', config.linux?.icon, 'build/icons'],
    ['win', config.win?.icon, 'build/icon.ico'],
    ['mac', config.mac?.icon, 'build/icon.icns'],
  ];
  for (const [target, named, expected] of wants)
    if (named !== expected) problems.push(`electron-builder.yml ${target}.icon is ${String(named)}, not ${expected}`);
  for (const association of [...(config.fileAssociations ?? []), ...(config.linux?.fileAssociations ?? [])]) {
    // the icon of the kind of file the extension names (bstory and story.json: a story's)
    const kind = fileKindOf(`x.${association.ext}`);
    if (!kind || association.icon !== kind)
      problems.push(`electron-builder.yml's file association ${association.ext} has no icon of its kind (${kind ?? '?'})`);
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  await renderIcons(path.join(root, 'assets/icons'), path.join(root, 'build'));
  console.log(`icons rendered into build/: ${iconFiles().length} files`);
}
