// The import's worker thread: decodes a page's bytes and reads its stories, off the thread that answers the window.
import { parentPort } from 'node:worker_threads';
import { parsePage } from '../../shared/parse/parsePage';
import { decodePage, EncodingError } from './encoding';
import type { ParseAnswer, ParseRequest } from './pageParse';

parentPort?.on('message', ({ id, bytes }: ParseRequest) => {
  let answer: ParseAnswer;
  try {
    const page = decodePage(new Uint8Array(bytes));
    answer = { id, ok: true, page: { ...parsePage(page.text), encoding: page.encoding } };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    answer =
      e instanceof EncodingError
        ? { id, ok: false, refused: true, message, reason: e.reason, params: e.params }
        : { id, ok: false, refused: false, message };
  }
  parentPort?.postMessage(answer);
});
