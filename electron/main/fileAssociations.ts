// Files the system asks the app to open (.story.json, .bulletin.json): read from a launch's arguments, held until the page is ready.
import path from 'node:path';
import type { OpenableKind } from './menuEvents';

export interface OpenableFile {
  path: string;
  kind: OpenableKind;
}

/** The kind of file by its name, or null when the app does not open it. */
export function openableKind(fileName: string): OpenableKind | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.story.json') && name.length > '.story.json'.length) return 'story';
  if (name.endsWith('.bulletin.json') && name.length > '.bulletin.json'.length) return 'bulletin';
  return null;
}

/**
 * The story and bulletin files among a launch's arguments (the first instance's, or a second instance's with
 * its working folder). Switches (Chromium adds its own) and anything that is not an existing file are skipped.
 */
export function openableFilesFromArgv(argv: readonly string[], workingDirectory: string, isFile: (p: string) => boolean): OpenableFile[] {
  const files: OpenableFile[] = [];
  for (const arg of argv) {
    if (typeof arg !== 'string' || arg.length === 0 || arg.length > 4096 || arg.startsWith('-') || arg.includes('\0')) continue;
    const kind = openableKind(arg);
    if (!kind) continue;
    const absolute = path.resolve(workingDirectory, arg);
    if (!files.some((f) => f.path === absolute) && isFile(absolute)) files.push({ path: absolute, kind });
  }
  return files;
}

/** Holds files until the page can take them, then hands each batch over at once. */
export class OpenFileQueue {
  private pending: OpenableFile[] = [];
  private deliver: ((files: OpenableFile[]) => void) | null = null;

  add(files: readonly OpenableFile[]): void {
    for (const f of files) if (!this.pending.some((p) => p.path === f.path)) this.pending.push(f);
    this.flush();
  }

  /** The page is ready (or null: it went away, hold files again). */
  setReceiver(deliver: ((files: OpenableFile[]) => void) | null): void {
    this.deliver = deliver;
    this.flush();
  }

  private flush(): void {
    if (!this.deliver || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.deliver(batch);
  }
}
