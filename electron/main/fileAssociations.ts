// Files the system asks the app to open (.bstory, .bbulletin, and the older .story.json, .bulletin.json): read from a launch's arguments, held until the page asks for them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventPayload } from '../../shared/api';
import type { OpenableKind } from './menuEvents';
import { fileKindOf } from '../../shared/fileNames';

interface OpenableFile {
  path: string;
  kind: OpenableKind;
}

/** What a launch asked to open: the story and bulletin files, and the arguments that name none (said in the window). */
export type OpenedFiles = EventPayload<'app.openFiles'>;

/** The kind of file by its name, or null when the app does not open it. */
export function openableKind(fileName: string): OpenableKind | null {
  return fileKindOf(fileName.toLowerCase());
}

/**
 * An argument as a path: a `file:` URL (Linux desktop entries pass `%U`, percent-encoded) through fileURLToPath,
 * anything else resolved against the launch's folder; null for another kind of URL or a file: URL of another host.
 */
function argumentPath(arg: string, workingDirectory: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return path.resolve(workingDirectory, arg);
}

/** How an argument is named to the reporter: its file name, or the argument itself cut short. */
function shownName(arg: string, file: string | null): string {
  const name = file ? path.basename(file) : arg;
  return name.length > 120 ? `${name.slice(0, 119)}…` : name;
}

/**
 * The story and bulletin files among a launch's arguments (the first instance's, or a second instance's with
 * its working folder; without the executable, and in development without the app's folder). Switches (Chromium
 * adds its own) are skipped; any other argument that is not an existing story or bulletin file is `unopenable`.
 */
export function openableFilesFromArgv(argv: readonly string[], workingDirectory: string, isFile: (p: string) => boolean): OpenedFiles {
  const files: OpenableFile[] = [];
  const unopenable: string[] = [];
  for (const arg of argv) {
    if (typeof arg !== 'string' || arg.length === 0 || arg.startsWith('-')) continue;
    if (arg.length > 4096 || arg.includes('\0')) {
      unopenable.push(shownName(arg.replace(/\0/g, ''), null));
      continue;
    }
    const absolute = argumentPath(arg, workingDirectory);
    const kind = absolute ? openableKind(absolute) : null;
    if (absolute && kind && isFile(absolute)) {
      if (!files.some((f) => f.path === absolute)) files.push({ path: absolute, kind });
    } else {
      const name = shownName(arg, absolute);
      if (!unopenable.includes(name)) unopenable.push(name);
    }
  }
  return { files, unopenable };
}

/**
 * Holds what the system asked to open until the page has its library and asks (app.takeOpenedFiles); from then
 * on each batch goes to the page at once, until the page goes away (reload, crash, close) and files are held again.
 */
export class OpenFileQueue {
  private held: OpenedFiles = { files: [], unopenable: [] };
  private taking = false;

  /** `deliver`: sends a batch to the page that took the held ones (the app.openFiles event). */
  constructor(private readonly deliver: (batch: OpenedFiles) => void) {}

  add(batch: OpenedFiles): void {
    for (const f of batch.files) if (!this.held.files.some((p) => p.path === f.path)) this.held.files.push(f);
    for (const name of batch.unopenable) if (!this.held.unopenable.includes(name)) this.held.unopenable.push(name);
    if (this.taking && (this.held.files.length > 0 || this.held.unopenable.length > 0)) this.deliver(this.release());
  }

  /** The page asks for what is held (once its library is loaded): it is handed over, and later files are sent as they come. */
  take(): OpenedFiles {
    this.taking = true;
    return this.release();
  }

  /** The page is going away: hold files again until a page asks. */
  pageGone(): void {
    this.taking = false;
  }

  private release(): OpenedFiles {
    const batch = this.held;
    this.held = { files: [], unopenable: [] };
    return batch;
  }
}
