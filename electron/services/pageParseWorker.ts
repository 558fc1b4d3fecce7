// The import's worker thread: decodes a page's bytes (or reads a Word file) and reads its stories, off the thread that answers the window.
import { parentPort } from 'node:worker_threads';
import { EncodingError } from './encoding';
import type { ParseAnswer, ParseRequest } from './pageParse';
import { readPage } from './pageRead';
import { WordFileRefused } from './wordContainer';

parentPort?.on('message', ({ id, bytes }: ParseRequest) => void reply(id, bytes));

async function reply(id: number, bytes: ArrayBuffer): Promise<void> {
  let answer: ParseAnswer;
  try {
    // a Word file is unpacked and read here too: a big one holds up neither the main process nor the host
    answer = { id, ok: true, page: await readPage(new Uint8Array(bytes)) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    answer =
      e instanceof EncodingError || e instanceof WordFileRefused
        ? { id, ok: false, refused: true, message, reason: e.reason, params: e.params }
        : { id, ok: false, refused: false, message };
  }
  parentPort?.postMessage(answer);
}
