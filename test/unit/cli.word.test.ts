// `bulletin parse` and `bulletin import` on Word files (.docx built by the tests), run in-process on real files in temp folders.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readStoryFile } from '../../shared/index';
import type { Story } from '../../shared/story';
import { CORRESPONDENT, correspondentDocx, imageDocx, oldWordBytes, tableDocx } from '../wordFiles';
import { isStoryFile } from '../../shared/fileNames';
import { runCli } from './helpers/cliRun';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-cli-word-'));
});

const run = (...argv: string[]) => runCli(dir, argv);

const drafts = (): Story[] =>
  readdirSync(path.join(dir, 'drafts'))
    .filter((f) => isStoryFile(f))
    .map((f) => {
      const read = readStoryFile(readFileSync(path.join(dir, 'drafts', f), 'utf8'));
      if (!read.ok) throw new Error(`${f} unreadable`);
      return read.value as Story;
    });

describe('bulletin parse STORY.docx', () => {
  it('prints the stories and decisions as for a page, with the lines the importer numbered', async () => {
    writeFileSync(path.join(dir, '通讯稿.docx'), await correspondentDocx());
    const r = await run('parse', '通讯稿.docx');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { stories: Story[]; lines: string[]; word: unknown[] };
    expect(out.stories.map((s) => [s.kicker, s.headline, s.dateline])).toEqual([[CORRESPONDENT.kicker, CORRESPONDENT.headline, '本报讯']]);
    expect(out.stories[0]?.body[2]).toEqual({ type: 'subheading', text: CORRESPONDENT.subheading });
    expect(out.lines[0]).toBe(CORRESPONDENT.kicker);
    expect(out.word).toEqual([]);
    expect(r.stderr).toBe('');
  });

  it('tells a table and a photo on stderr', async () => {
    writeFileSync(path.join(dir, 'table.docx'), await tableDocx());
    expect((await run('parse', 'table.docx')).stderr).toBe('table.docx:7: a table, kept in the notes of its story on import\n');
    writeFileSync(path.join(dir, 'photo.docx'), await imageDocx());
    expect((await run('parse', 'photo.docx')).stderr).toContain(
      'photo.docx:5: a photo, added to its story on import: 志愿者合影.png (image/png, ',
    );
    expect((await run('parse', 'photo.docx')).stderr).toContain('photo.docx:7: a footnote, kept in the notes of its story on import\n');
  });

  it('refuses an old .doc, saying to save it as .docx', async () => {
    writeFileSync(path.join(dir, 'old.doc'), oldWordBytes());
    const r = await run('parse', 'old.doc');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^bulletin parse: old\.doc: the file is an old Word \(\.doc\) or WPS \(\.wps\) file.*save it as \.docx/);
  });
});

describe('bulletin import STORY.docx', () => {
  it('writes the story as a draft, the table kept in its notes, the photo made the story’s photo (in DIR/photos)', async () => {
    writeFileSync(path.join(dir, 'table.docx'), await tableDocx());
    const r = await run('import', 'table.docx', '--into', 'drafts');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`1 story imported into drafts`);
    const [story] = drafts();
    expect(story?.headline).toBe(CORRESPONDENT.headline);
    expect(story?.notes).toBe('table.docx: a table, kept here (not in the story text):\n组别\t人数\n第一组\t6\n第二组\t5');

    writeFileSync(path.join(dir, 'photo.docx'), await imageDocx());
    const imported = await run('import', 'photo.docx', '--into', 'drafts');
    expect(imported.status).toBe(0);
    expect(imported.stderr).toContain('photo.docx:5: a photo, added to its story: 志愿者合影.png (image/png, ');
    const photo = drafts().find((s) => s.photos.length > 0);
    expect(photo?.notes).not.toContain('志愿者合影.png');
    expect(readdirSync(path.join(dir, 'drafts', 'photos'))).toEqual([photo?.photos[0]?.file]);
    expect(photo?.notes).toContain('photo.docx: a footnote:\n志愿者名单见附件');
    expect(photo?.notes).toContain('photo.docx: a comment by 编辑部:\n时间请再核实');
    expect(photo?.notes).toContain('photo.docx: 1 header(s) or footer(s), not imported: check them in Word');
  });
});
