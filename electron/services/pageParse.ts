// Reading a page into stories in a worker thread, so that a 2 MB page never holds up the main process or the host.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Reason, ReasonParams } from '../../shared/apiError';
import type { ReadPage } from './pageRead';

export interface ParseRequest {
  /** Tells the answers apart. */
  id: number;
  /** The page's bytes, moved (not copied) to the worker. */
  bytes: ArrayBuffer;
}

export type ParseAnswer = { id: number } & (
  { ok: true; page: ReadPage } | { ok: false; refused: boolean; message: string; reason?: Reason; params?: ReasonParams }
);

/** The page could not be decoded (not UTF-8 nor GB18030, UTF-16, NUL bytes): the reporter's file, not the app. */
export class PageRefused extends Error {
  override name = 'PageRefused';
  constructor(
    message: string,
    /** Why, for the interface to word (shared/apiError.ts REASONS). */
    readonly reason: Reason = 'pageNotText',
    readonly params: ReasonParams = {},
  ) {
    super(message);
  }
}

/**
 * The worker's script: built, `pageParseWorker.js` beside out/main/index.js (Electron's main) or `.mjs` beside
 * out/cli/bulletin.mjs, one folder up from the chunk this module is bundled into (the `bulletin` command); from
 * the sources (unit tests), the TypeScript file run through tsx.
 */
function startWorker(): Worker {
  for (const name of ['./pageParseWorker.js', './pageParseWorker.mjs', '../pageParseWorker.js', '../pageParseWorker.mjs']) {
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

/** How long the worker waits for the next page before it ends (it starts again with the next import). */
const IDLE_MS = 30_000;

interface Reader {
  worker: Worker;
  waiting: Map<number, { resolve(page: ReadPage): void; reject(e: Error): void }>;
  idle?: ReturnType<typeof setTimeout>;
}

let reader: Reader | undefined;
let nextId = 0;

/** The one worker, started on first use; it keeps the process alive only while a page is asked for, and a worker that failed is replaced. */
function theReader(): Reader {
  if (reader) return reader;
  const worker = startWorker();
  const started: Reader = { worker, waiting: new Map() };
  const fail = (e: Error) => {
    if (reader === started) reader = undefined;
    for (const w of started.waiting.values()) w.reject(e);
    started.waiting.clear();
  };
  worker.on('message', (answer: ParseAnswer) => {
    const w = started.waiting.get(answer.id);
    if (!w) return;
    started.waiting.delete(answer.id);
    if (answer.ok) w.resolve(answer.page);
    else w.reject(answer.refused ? new PageRefused(answer.message, answer.reason, answer.params) : new Error(answer.message));
    if (started.waiting.size === 0) {
      worker.unref(); // nothing asked: the process may end
      idle(started);
    }
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the page reader stopped (exit code ${code})`)));
  worker.unref();
  reader = started;
  return started;
}

function idle(r: Reader): void {
  clearTimeout(r.idle);
  r.idle = setTimeout(() => {
    if (r.waiting.size > 0) return;
    if (reader === r) reader = undefined;
    void r.worker.terminate();
  }, IDLE_MS);
  r.idle.unref();
}

/** Decodes and parses the page in the import's worker thread; the thread that asks stays free meanwhile. */
export function parsePageOffThread(bytes: Uint8Array): Promise<ReadPage> {
  const r = theReader();
  clearTimeout(r.idle);
  r.worker.ref(); // a page asked for keeps the process alive until it is answered
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    r.waiting.set(id, { resolve, reject });
    // a buffer of its own, moved to the worker (a Buffer's slice() is a view, often of Node's shared pool)
    const copy = new Uint8Array(bytes);
    r.worker.postMessage({ id, bytes: copy.buffer } satisfies ParseRequest, [copy.buffer]);
  });
}
