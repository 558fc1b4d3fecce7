// A full disk for the tests: a real 1 MiB tmpfs (where this machine lets the tests mount one, as root in CI) filled until the system says ENOSPC.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A 1 MiB file system of its own, or null where this machine does not let the tests mount one (not root). */
export function mountSmallDisk(prefix = 'small-disk-'): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

/** Unmounts and removes a small disk. */
export function unmountSmallDisk(dir: string): void {
  execFileSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
}

/** Fills the file system holding `dir` with `.filler` until it refuses with ENOSPC; answers the filler's path. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, '.filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 0x20);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
  return filler;
}
