// `bulletin import PAGE.txt|STORY.docx --into DIR`: one new .bstory per story found (a Word file's photos in DIR/photos); never overwrites a file.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { withWordNotes } from '../../../shared/parse/wordPage';
import { PhotoStore } from '../../services/library/photoStore';
import { writeNewStory } from '../../services/storyFiles';
import { withWordPhotos } from '../../services/wordPhotos';
import { flag, readArgs } from '../args';
import { usageError, type CliIo } from '../io';
import { readImportPage } from '../pageFile';
import { onePage, shown, warnWordExtras, wordNoteOf } from './pageCommon';

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['into']);
  const file = onePage(args.positional, 'import');
  const into = flag(args, 'into');
  if (!into) throw usageError('bulletin import needs --into DIR, the folder to write the drafts to');
  const dir = path.resolve(io.cwd, into);
  // a Word file's photos become their stories' photos, stored in the folder's photos/ as a library's are
  const read = await withWordPhotos(await readImportPage(file, io.cwd), async (bytes, format, name) => {
    await mkdir(dir, { recursive: true });
    return new PhotoStore(dir).put(bytes, format, name);
  });
  // a Word file's tables, photos and notes go to the notes of their stories, never lost
  const page = read.word ? withWordNotes(read, read.word, (e) => wordNoteOf(file, e)) : read;
  if (read.word) warnWordExtras(file, read.word, io);
  // text that belongs to no story goes into the notes of the story after it (or the last), never lost
  const unplaced = page.decisions.filter((d) => d.kind === 'unplaced');
  for (const d of unplaced) {
    const after = page.decisions.find((s) => s.kind === 'story' && (s.lines[0] ?? 0) > (d.lines[0] ?? 0));
    const index = after?.story ?? page.stories.length - 1;
    const story = page.stories[index];
    if (!story) {
      io.stderr(`${file}:${d.lines[0]}: ${d.message}; no story to keep it in, so nothing was written for it\n`);
      continue;
    }
    const note = `${file} line ${d.lines[0]}, not placed by the import:\n${d.text}`;
    story.notes = story.notes ? `${story.notes}\n\n${note}` : note;
    io.stderr(`${file}:${d.lines[0]}: ${d.message}; kept in the notes of story ${index + 1}\n`);
  }
  if (page.stories.length === 0) {
    io.stderr(`${file}: no story found; nothing written\n`);
    return 1;
  }
  for (const story of page.stories) {
    const written = await writeNewStory(dir, story);
    io.stdout(`wrote ${shown(io.cwd, written)}  ${story.headline || '(no headline)'}\n`);
  }
  io.stdout(`${page.stories.length} ${page.stories.length === 1 ? 'story' : 'stories'} imported into ${into}\n`);
  return 0;
}
