// Reading a page into stories in a worker thread, so that a 2 MB page never holds up the main process or the host.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedPage } from '../../shared/parse/types';

export type ParsedPageOf = ParsedPage & { encoding: 'utf8' | 'utf8-bom' | 'gb18030' };

export interface ParseRequest {
  /** The page's bytes, moved (not copied) to the worker. */
  bytes: ArrayBuffer;
}

export type ParseAnswer = { ok: true; page: ParsedPageOf } | { ok: false; refused: boolean; message: string };

/** The page could not be decoded (not UTF-8 nor GB18030, UTF-16, NUL bytes): the reporter's file, not the app. */
export class PageRefused extends Error {
  override name = 'PageRefused';
}

/**
 * The worker's script: built, `pageParseWorker.js` beside out/main/index.js (Electron's main) or `.mjs` beside
 * out/cli/bulletin.mjs, one folder up from the chunk this module is bundled into (the `bulletin` command); from
 * the sources (unit tests), the TypeScript file run through tsx.
 */
function startWorker(): Worker {
  for (const name of ['./pageParseWorker.js', './pageParseWorker.mjs', '../pageParseWorker.mjs']) {
    const file = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(file)) return new Worker(file);
  }
  // the sources (unit tests): tsx's loader registered in the worker first, then the TypeScript imported through it
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const source = new URL('./pageParseWorker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(source)}); })`, {
    eval: true,
  });
}

/** Decodes and parses the page in a worker of its own, which ends with the answer. */
export function parsePageOffThread(bytes: Uint8Array): Promise<ParsedPageOf> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (answer: ParseAnswer) =>
      settle(() =>
        answer.ok ? resolve(answer.page) : reject(answer.refused ? new PageRefused(answer.message) : new Error(answer.message)),
      ),
    );
    worker.once('error', (e) => settle(() => reject(e)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the page reader stopped (exit code ${code})`))));
    // a buffer of its own, moved to the worker (a Buffer's slice() is a view, often of Node's shared pool)
    const copy = new Uint8Array(bytes);
    worker.postMessage({ bytes: copy.buffer } satisfies ParseRequest, [copy.buffer]);
  });
}
