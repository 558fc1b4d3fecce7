// Preferences in the user data folder: schema-checked on reading, written atomically, never lost to a bad file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { ApiError, preferencesSchema, type Language, type Preferences } from '../../shared/api';
import { describeIssue } from '../../shared/storyFile';
import { FolderLock } from './library/folderLock';
import { readRegularFile } from './library/safeRead';
import { replaceFile } from './library/storage';
import { describeFault, ioError } from './library/faults';

const PREFERENCES_FILE = 'preferences.json';

/** The default library folder: ~/Documents/Bulletin Desk. */
export function defaultLibraryFolder(home = os.homedir()): string {
  return path.join(home, 'Documents', 'Bulletin Desk');
}

/**
 * Where preferences live, the same for Electron and `bulletin serve`: $BULLETIN_DESK_USER_DATA when set; else
 * $XDG_CONFIG_HOME/bulletin-desk (~/.config/bulletin-desk) on Linux, ~/Library/Application Support/Bulletin Desk
 * on macOS, %APPDATA%\Bulletin Desk on Windows.
 */
export function userDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  if (env.BULLETIN_DESK_USER_DATA) return path.resolve(env.BULLETIN_DESK_USER_DATA);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Bulletin Desk');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Bulletin Desk');
  const config = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(config, 'bulletin-desk');
}

/** zh-CN for a Chinese system locale (zh, zh-CN, zh_TW.UTF-8 …), English otherwise. */
export function languageOf(locale: string | undefined): Language {
  return locale && /^zh\b|^zh[-_]/i.test(locale) ? 'zh-CN' : 'en';
}

export class PreferencesStore {
  private current: Preferences = preferencesSchema.parse({});
  /** Why the file on disk could not be read, if it could not; it is kept aside before the next write. */
  problem: string | undefined;

  /** The app and `bulletin serve` share this folder: a change is made on the newest file, one writer at a time. */
  private readonly lock: FolderLock;

  constructor(private readonly folder: string) {
    // preferences are written now and then, not every few hundred milliseconds: nothing kept between writes
    this.lock = new FolderLock(folder, { spareMs: 0 });
  }

  get file(): string {
    return path.join(this.folder, PREFERENCES_FILE);
  }

  async load(): Promise<Preferences> {
    let text: string;
    try {
      text = (await readRegularFile(this.file, { maxBytes: 16 * 1024 * 1024 })).toString('utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.problem = describeFault(e, this.file);
      return this.current;
    }
    try {
      const parsed = preferencesSchema.safeParse(JSON.parse(text));
      if (parsed.success) this.current = parsed.data;
      else this.problem = `${this.file}: ${parsed.error.issues.slice(0, 3).map(describeIssue).join('; ')}`;
    } catch (e) {
      this.problem = `${this.file}: not valid JSON (${(e as Error).message})`;
    }
    return this.current;
  }

  get(): Preferences {
    return this.current;
  }

  async set(change: Partial<Preferences>): Promise<Preferences> {
    const checked = preferencesSchema.safeParse({ ...this.current, ...change });
    if (!checked.success)
      throw new ApiError({ code: 'invalid', message: checked.error.issues.map(describeIssue).join('; '), reason: 'preferencesInvalid' });
    try {
      await fs.mkdir(this.folder, { recursive: true });
      return await this.lock.run((held) => this.setHeld(change, held.tempFolder));
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw ioError(e, 'the preferences');
    }
  }

  /** Under the lock: the change applied to the file as it is now (another program may have changed other settings). */
  private async setHeld(change: Partial<Preferences>, tempFolder: string): Promise<Preferences> {
    await this.load();
    const next = preferencesSchema.safeParse({ ...this.current, ...change });
    if (!next.success)
      throw new ApiError({ code: 'invalid', message: next.error.issues.map(describeIssue).join('; '), reason: 'preferencesInvalid' });
    if (this.problem) {
      // a file that could not be read is kept beside, never overwritten
      await fs.rename(this.file, `${this.file}.unreadable-${Date.now()}`).catch(() => undefined);
      this.problem = undefined;
    }
    await replaceFile(this.file, `${JSON.stringify(next.data, null, 2)}\n`, tempFolder);
    this.current = next.data;
    return this.current;
  }
}
