// electron-builder.yml unpacks sharp and its libvips from app.asar: a runtime package with native code left inside fails this test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asarUnpackIn, nativePackagesLeftInAsar, nativeRuntimePackages, type Lock } from '../../scripts/nativePackages';

const root = path.resolve(import.meta.dirname, '../..');
const config = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lock;

/** electron-builder.yml with its asarUnpack block taken out (the key line and its list). */
const withoutAsarUnpack = config.replace(/^asarUnpack:\n(?:\s+-.*\n)+/m, '');

describe('native packages and asarUnpack', () => {
  it('finds sharp and every prebuilt @img package of the lock (libvips and sharp’s binding, each platform) as native', () => {
    const native = nativeRuntimePackages(lock);
    expect(native).toContain('node_modules/sharp');
    expect(native).toContain('node_modules/@img/sharp-linux-x64');
    expect(native).toContain('node_modules/@img/sharp-libvips-linux-x64');
    expect(native).toContain('node_modules/@img/sharp-win32-x64');
    expect(native).toContain('node_modules/@img/sharp-darwin-arm64');
    // pure JavaScript runtime packages stay in the asar
    expect(native).not.toContain('node_modules/zod');
    expect(native).not.toContain('node_modules/exifr');
  });

  it('unpacks every one of them in electron-builder.yml', () => {
    expect(asarUnpackIn(config)).toEqual(['node_modules/sharp/**', 'node_modules/@img/**']);
    expect(nativePackagesLeftInAsar(config, lock)).toEqual([]);
  });

  it('fails when the asarUnpack block is missing or leaves one out', () => {
    expect(withoutAsarUnpack).not.toContain('asarUnpack');
    expect(nativePackagesLeftInAsar(withoutAsarUnpack, lock)).toEqual(nativeRuntimePackages(lock));
    const sharpOnly = config.replace(/^\s+- node_modules\/@img\/\*\*\n/m, '');
    expect(nativePackagesLeftInAsar(sharpOnly, lock)).toContain('node_modules/@img/sharp-libvips-linux-x64');
    expect(nativePackagesLeftInAsar(sharpOnly, lock)).not.toContain('node_modules/sharp');
  });

  it('reads the globs electron-builder takes: a leading **/, a trailing /**/*, one glob as a string', () => {
    const fake: Lock = { packages: { '': {}, 'node_modules/native': { cpu: ['x64'] } } };
    expect(nativePackagesLeftInAsar('asarUnpack: "**/node_modules/native/**/*"\n', fake)).toEqual([]);
    expect(nativePackagesLeftInAsar('asarUnpack:\n  - node_modules/**\n', fake)).toEqual([]);
    // a glob of another form is not read as unpacking anything
    expect(nativePackagesLeftInAsar('asarUnpack:\n  - "**/*.node"\n', fake)).toEqual(['node_modules/native']);
    expect(nativePackagesLeftInAsar('asarUnpack:\n  - node_modules/nativeish/**\n', fake)).toEqual(['node_modules/native']);
  });
});
