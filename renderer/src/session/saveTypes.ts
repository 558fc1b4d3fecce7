// What a story session is made of: its timings, what it needs from the desk, and what it shows.
import type { StoryWithRevision, Fault } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import type { DeskFailure } from '../shell/errors';

/** A save starts this long after the last edit… */
export const IDLE_MS = 150;
/** …and never later than this after the first edit not yet on its way (the design's ≤ 300 ms). */
export const MAX_WAIT_MS = 300;
/** A save that failed without the service keeping it (the host did not answer) is tried again after this. */
export const OWN_RETRY_MS = 3000;
/** While the file is gone, it is looked for again this often (a drive plugged in again; the watcher may miss it). */
export const GONE_RECHECK_MS = 5000;
/** While a composition is in progress, a reload waits and looks again this often. */
export const COMPOSITION_POLL_MS = 100;

export interface SaveAnswer {
  revision: string;
  updatedAt: string;
  file: string;
}

export interface SessionDeps {
  save(id: string, story: Story, baseRevision: string): Promise<SaveAnswer>;
  read(id: string): Promise<StoryWithRevision>;
  saveAsNew(story: Story): Promise<StoryWithRevision>;
  setTimer(run: () => void, ms: number): () => void;
  now(): number;
  /** A save reached the disk (the story as saved, with its new time). */
  onSaved?(story: Story, answer: SaveAnswer): void;
}

export type Phase =
  | { kind: 'ok' }
  /** The disk refused; `held`: the service keeps the text and retries by itself; otherwise this queue retries. */
  | { kind: 'retrying'; message: string; held: boolean; fault?: Fault }
  /** Refused for good (e.g. invalid): tried again at the next edit. */
  | { kind: 'failed'; message: string; /** The refusal, worded by the status line in the interface's language. */ failure?: DeskFailure }
  /** The file changed on disk while there were edits here: the user chooses. */
  | { kind: 'conflict'; current: StoryWithRevision }
  /** The file was removed, or can no longer be read: the text is only here now. */
  | { kind: 'gone'; reason: 'removed' | 'unreadable'; message?: string };

export interface SessionView {
  id: string;
  file: string;
  /** The newest text, as the form last reported it. */
  latest: Story;
  /** What the form shows after its last (re)mount; `formKey` changes when it must be remounted. */
  formStory: Story;
  formKey: number;
  phase: Phase;
  /** Edits not yet on disk. */
  dirty: boolean;
  inFlight: boolean;
  /** When the text on disk was written (the story's own time when opened). */
  savedAt: string;
  /** Said in the status line until the next edit. */
  notice?: 'reloaded';
  /** Keep both / keep mine in progress, or why it failed. */
  resolving?: boolean;
  resolveError?: DeskFailure;
}

/** The phase a refused save leads to (an `io` fault held by the service, a conflict, a file gone…). */
export function phaseOfRefusal(failure: DeskFailure): Phase | 'conflict-with-current' {
  switch (failure.code) {
    case 'io':
    case 'unknown':
      return {
        kind: 'retrying',
        message: failure.message,
        held: failure.retrying === true,
        ...(failure.fault ? { fault: failure.fault } : {}),
      };
    case 'conflict':
      return failure.current ? 'conflict-with-current' : { kind: 'gone', reason: 'removed', message: failure.message };
    case 'not-found':
      return { kind: 'gone', reason: 'removed', message: failure.message };
    case 'unreadable':
      return { kind: 'gone', reason: 'unreadable', message: failure.message };
    default:
      return { kind: 'failed', message: failure.message, failure };
  }
}
