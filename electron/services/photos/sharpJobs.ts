// sharp (libvips), loaded on first use and set for a 2-core laptop: one photo at a time, a small cache, so the text's saves never wait.
import os from 'node:os';
import pLimit from 'p-limit';
import type sharpType from 'sharp';

type Sharp = typeof sharpType;
let loaded: Promise<Sharp> | undefined;

/**
 * How many threads libvips uses for one photo: all cores but one (the window, the saves and the command keep one),
 * never fewer than one. A 2-core laptop decodes on one thread.
 */
const VIPS_THREADS = Math.max(1, os.availableParallelism() - 1);

/**
 * sharp runs each call on libuv's thread pool (4 threads), which Node's file calls share: a story's save must not
 * wait behind four photo decodes, so photos go one at a time and the pool keeps threads for the disk.
 */
const oneAtATime = pLimit(1);

/** sharp, loaded when the first photo comes (the app starts without libvips), with its threads and cache set. */
function loadSharp(): Promise<Sharp> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    sharp.concurrency(VIPS_THREADS);
    // photos come as bytes, never by path, and each is read once or twice: no open files to keep, a small memory cache
    sharp.cache({ memory: 32, files: 0, items: 20 });
    return sharp;
  });
  return loaded;
}

/** Runs `job` with sharp when no other photo is being worked on; every call in it must be sharp's async API. */
export function withSharp<T>(job: (sharp: Sharp) => Promise<T>): Promise<T> {
  return oneAtATime(async () => job(await loadSharp()));
}
