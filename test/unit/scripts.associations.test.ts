// The file types electron-builder.yml associates: .bstory and .bbulletin on every system, the older double extensions on Linux only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { associationProblems, type AssociationConfig } from '../../scripts/associations';

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as AssociationConfig;

describe('the file associations', () => {
  it('associate bstory and bbulletin everywhere and, on Linux, story.json and bulletin.json with the same MIME types', () => {
    expect(associationProblems(config)).toEqual([]);
    const common = (config.fileAssociations ?? []).map((a) => a.ext);
    expect(common).toEqual(['bstory', 'bbulletin']);
    expect((config.linux?.fileAssociations ?? []).map((a) => a.ext)).toEqual(['story.json', 'bulletin.json']);
  });

  it('says when an association is a double extension Windows and macOS cannot match, or one is missing', () => {
    const story = { ext: 'story.json', mimeType: 'application/x-bulletin-desk-story+json' };
    const bulletin = { ext: 'bbulletin', mimeType: 'application/x-bulletin-desk-bulletin+json' };
    expect(associationProblems({ fileAssociations: [story, bulletin] })).toEqual([
      "electron-builder.yml's fileAssociations do not associate bstory (a new story file's extension)",
      'electron-builder.yml associates story.json on every system: Windows and macOS match only its last extension',
      'electron-builder.yml linux.fileAssociations do not associate story.json (older story files)',
      'electron-builder.yml linux.fileAssociations do not associate bulletin.json (older bulletin files)',
    ]);
  });

  it('says when Linux gives the older extension another MIME type than the new one, or an association has none', () => {
    const broken: AssociationConfig = {
      fileAssociations: [{ ext: 'bstory' }, { ext: 'bbulletin', mimeType: 'application/x-bulletin-desk-bulletin+json' }],
      linux: {
        fileAssociations: [{ ext: 'story.json' }, { ext: 'bulletin.json', mimeType: 'application/json' }],
      },
      mac: { fileAssociations: [{ ext: ['bstory', 'bulletin.json'] }] },
    };
    expect(associationProblems(broken)).toEqual([
      "electron-builder.yml's file association bstory has no mimeType (Linux matches files by it)",
      'electron-builder.yml mac.fileAssociations has bulletin.json: that system matches only its last extension',
      "electron-builder.yml linux.fileAssociations gives bulletin.json the MIME type application/json, not its kind's application/x-bulletin-desk-bulletin+json",
    ]);
  });
});
