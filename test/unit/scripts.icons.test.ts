// The app's and its file types' icons: rendered from assets/icons at every size each platform needs, and named in every target of electron-builder.yml.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { iconFiles, iconProblems, renderIcons } from '../../scripts/icons';

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Parameters<typeof iconProblems>[1];
let build = '';

describe('the icons', () => {
  beforeAll(async () => {
    build = mkdtempSync(path.join(tmpdir(), 'icons-'));
    await renderIcons(path.join(root, 'assets/icons'), build);
  }, 60_000);
  afterAll(() => rmSync(build, { recursive: true, force: true }));

  it('renders the app, story and bulletin icons for Linux, Windows and macOS, and electron-builder.yml names them in every target', async () => {
    expect(iconFiles()).toEqual(
      expect.arrayContaining(['icon.png', 'icon.ico', 'icon.icns', 'icons/512x512.png', 'story.ico', 'bulletin.icns']),
    );
    expect(await iconProblems(build, config)).toEqual([]);
  });

  it('says which file is missing or at the wrong sizes, and which target names no icon', async () => {
    writeFileSync(path.join(build, 'icons/48x48.png'), readFileSync(path.join(build, 'icons/32x32.png')));
    rmSync(path.join(build, 'story.icns'));
    const { mac: _mac, ...withoutMac } = config as Record<string, unknown>;
    expect(await iconProblems(build, withoutMac as typeof config)).toEqual([
      'build/icons/48x48.png is not 48×48',
      'build/story.icns is missing: run npm run icons',
      'electron-builder.yml mac.icon is undefined, not build/icon.icns',
    ]);
  });
});
