// `bulletin photo add|list STORY.bstory` (or an older STORY.story.json): photos checked and added to a story in its library, or listed with captions, credits and presence.
import path from 'node:path';
import { withPhotoAdded, suggestedCredit } from '../../../shared/storyPhotos';
import type { Photo } from '../../../shared/photo';
import { ApiError } from '../../../shared/apiError';
import { Library } from '../../services/library/library';
import { MAX_PHOTO_BYTES, PhotoStore } from '../../services/library/photoStore';
import { readRegularFile } from '../../services/library/safeRead';
import { checkPhoto, photoRefusal, type PhotoCheck } from '../../services/photos';
import { readStoryAt } from '../../services/storyFiles';
import { flag, readArgs } from '../args';
import { contentError, usageError, type CliIo } from '../io';
import { describeFsError } from '../pageFile';

/** The subcommands of `bulletin photo`. */
const SUBCOMMANDS = ['add', 'list'] as const;

/** Whether each photo's file is in the photos folder beside the story (read whole, checked against its hash). */
async function presence(storyPath: string, files: readonly string[]): Promise<boolean[]> {
  const store = new PhotoStore(path.dirname(storyPath));
  return Promise.all(files.map((file) => store.has(file)));
}

async function listCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, [], ['json']);
  const [input, ...more] = args.positional;
  if (input === undefined || more.length > 0) throw usageError('bulletin photo list needs one story file (.bstory or .story.json)');
  let read;
  try {
    read = await readStoryAt(path.resolve(io.cwd, input), true);
  } catch (e) {
    throw usageError(describeFsError(input, e));
  }
  if ('error' in read) throw usageError(`${input}: ${read.error}`);
  const { photos } = read.story;
  const present = await presence(
    read.path,
    photos.map((p) => p.file),
  );
  if (args.flags.has('json')) {
    const rows = photos.map((p, i) => ({ ...p, present: present[i] === true }));
    io.stdout(`${JSON.stringify({ story: read.story.id, headline: read.story.headline, photos: rows }, null, 2)}\n`);
    return 0;
  }
  if (photos.length === 0) {
    io.stdout(`${input}: no photos\n`);
    return 0;
  }
  const lines = photos.map((p, i) => {
    const words = [p.caption || '(no caption)', p.credit].filter((t) => t !== '').join('  ');
    const taken = p.taken ? `  taken ${p.taken}` : '';
    const missing = present[i] ? '' : '  (the file is not in the library’s photos folder)';
    return `${i + 1}  ${p.width}×${p.height}  ${words}\n   ${p.file}${taken}${missing}`;
  });
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/**
 * Checks every photo first (nothing is added when one is refused), stores them in the library's photos folder and
 * saves the story with them at its end, under the library's lock, on the revision read (another program's change
 * meanwhile is a conflict, never overwritten).
 */
async function addCommand(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['caption', 'credit']);
  const [input, ...files] = args.positional;
  if (input === undefined || files.length === 0)
    throw usageError('bulletin photo add needs a story file (.bstory or .story.json) and one or more photos');
  let read;
  try {
    read = await readStoryAt(path.resolve(io.cwd, input), true);
  } catch (e) {
    throw usageError(describeFsError(input, e));
  }
  if ('error' in read) throw usageError(`${input}: ${read.error}`);
  const checked: Array<{ bytes: Buffer; name: string; check: Extract<PhotoCheck, { ok: true }> }> = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(path.resolve(io.cwd, file), { maxBytes: MAX_PHOTO_BYTES });
    } catch (e) {
      throw usageError(`${describeFsError(file, e)}; no photo was added`);
    }
    const check = await checkPhoto(bytes, path.basename(file));
    if (!check.ok) throw usageError(`${photoRefusal(check).message}; no photo was added`);
    checked.push({ bytes, name: path.basename(file), check });
  }
  const library = new Library(path.dirname(read.path));
  try {
    await library.open();
    const current = await library.read(read.story.id);
    const credit = flag(args, 'credit') ?? suggestedCredit(current.story.byline);
    let story = current.story;
    for (const { bytes, name, check } of checked) {
      const file = await library.photos.put(bytes, check.format, name);
      const photo: Photo = {
        file,
        caption: flag(args, 'caption') ?? '',
        credit,
        width: check.width,
        height: check.height,
        ...(check.taken ? { taken: check.taken } : {}),
      };
      story = withPhotoAdded(story, photo);
    }
    await library.save(story.id, story, current.revision);
  } catch (e) {
    if (e instanceof ApiError) throw (e.code === 'conflict' ? contentError : usageError)(`${input}: ${e.message}; no photo was added`);
    throw e;
  } finally {
    await library.lock.close();
  }
  io.stderr(`added ${checked.length} ${checked.length === 1 ? 'photo' : 'photos'} to ${input}\n`);
  return 0;
}

export async function photoCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'add') return addCommand(rest, io);
  if (sub === 'list') return listCommand(rest, io);
  throw usageError(`bulletin photo needs a subcommand: ${SUBCOMMANDS.join(', ')}${sub ? ` (not “${sub}”)` : ''}`);
}
