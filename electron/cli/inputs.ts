// Reading a command's inputs: a page file's text, a house style by name or file, stories from files and folders.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_HOUSE_STYLES, findHouseStyle, houseStyleSchema, type HouseStyle } from '../../shared/houseStyle';
import { describeIssue } from '../../shared/storyFile';
import { isBulletinFile } from '../../shared/fileNames';
import { readBulletinAt, readStoryAt, readStoryFolder, type StoryOnDisk } from '../services/storyFiles';
import { usageError } from './io';
import { describeFsError, readBytes } from './pageFile';

/** A house style: a built-in name, or a `.json` file holding one. */
export async function resolveStyle(name: string | undefined, cwd: string): Promise<HouseStyle> {
  if (name === undefined) return findHouseStyle('default') as HouseStyle;
  const builtIn = findHouseStyle(name);
  if (builtIn) return builtIn;
  if (name.endsWith('.json')) {
    const text = (await readBytes(name, cwd)).toString('utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw usageError(`${name}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = houseStyleSchema.safeParse(data);
    if (!parsed.success) throw usageError(`${name}: not a house style: ${parsed.error.issues.map(describeIssue).join('; ')}`);
    return parsed.data;
  }
  const names = BUILT_IN_HOUSE_STYLES.map((s) => s.name).join(', ');
  throw usageError(`no house style named “${name}” (built in: ${names}; or give a .json file)`);
}

/**
 * The stories named by the arguments, in order: a story file; a bulletin file (its stories in its order, from
 * its folder); a folder (its stories in the order they were created). Any unreadable file stops the command.
 */
export async function collectStories(inputs: readonly string[], cwd: string): Promise<StoryOnDisk[]> {
  const out: StoryOnDisk[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (e) {
      throw usageError(describeFsError(input, e));
    }
    if (stat.isDirectory()) {
      const { stories, unreadable } = await readStoryFolder(full);
      problems.push(...unreadable.map((u) => `${path.relative(cwd, u.path) || u.path}: ${u.error}`));
      if (stories.length === 0 && unreadable.length === 0)
        problems.push(`${input}: the folder holds no story files (.bstory, .story.json)`);
      out.push(...stories);
    } else if (isBulletinFile(input)) {
      const b = await readBulletinAt(full);
      if ('error' in b) {
        problems.push(`${input}: ${b.error}`);
        continue;
      }
      const { stories, unreadable } = await readStoryFolder(path.dirname(full));
      const byId = new Map<string, StoryOnDisk>(stories.map((s) => [s.story.id, s]));
      for (const id of b.bulletin.stories) {
        const found = byId.get(id);
        if (found) out.push(found);
        else
          problems.push(
            `${input}: lists story ${id}, which is not in ${path.dirname(input) || '.'}${unreadable.length ? ` (${unreadable.length} file(s) there are unreadable)` : ''}`,
          );
      }
    } else {
      let r;
      try {
        r = await readStoryAt(full, true);
      } catch (e) {
        throw usageError(describeFsError(input, e));
      }
      if ('error' in r) problems.push(`${input}: ${r.error}`);
      else out.push(r);
    }
  }
  if (problems.length > 0) throw usageError(problems.join('\n'));
  return out;
}
