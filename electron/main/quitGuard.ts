// Quitting safely: wait for the calls being answered and the held saves, and ask the user before losing an edit.
import { ApiError } from '../../shared/api';
import type { BulletinDeskService, EventPayload } from '../../shared/api';

/**
 * Stories whose last save did not reach the disk and is not being retried (refused as a conflict, or failed),
 * so that the edit lives only in the window; cleared when a later save of the story lands.
 */
export class SaveFailures {
  private readonly failed = new Map<string, string>();

  /** A save.status event of the desk. */
  note(status: EventPayload<'save.status'>): void {
    if (status.state === 'failed' || status.state === 'conflict') this.failed.set(status.id, status.message ?? '');
    else if (status.state === 'saved') this.failed.delete(status.id);
  }

  failedSave(id: string, message: string): void {
    this.failed.set(id, message);
  }

  saved(id: string): void {
    this.failed.delete(id);
  }

  list(): string[] {
    return [...this.failed.keys()];
  }
}

export interface QuitCheck {
  /** Resolves when no call is being answered (an edit on its way is part of the pending writes). */
  idle(): Promise<void>;
  /** The desk's flush: resolves when no save is held, rejects with the reason when one still fails. */
  flush(): Promise<void>;
  /** Stories whose save has failed. */
  failedSaves(): string[];
  /** Asks the user; true = quit anyway. */
  confirmQuit(problem: { error?: string; failedStories: string[] }): Promise<boolean>;
  attempts?: number;
  retryDelayMs?: number;
  idleTimeoutMs?: number;
  sleep?(ms: number): Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Decides whether the app may quit now: 'quit' when every write is on disk or the user chose to lose it. */
export async function settleBeforeQuit(check: QuitCheck): Promise<'quit' | 'stay'> {
  const sleep = check.sleep ?? defaultSleep;
  const attempts = Math.max(1, check.attempts ?? 3);
  // a call that never ends (a dialog left open) must not keep the app from asking
  await Promise.race([check.idle(), sleep(check.idleTimeoutMs ?? 10_000)]);
  let error: string | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await check.flush();
      error = undefined;
      break;
    } catch (e) {
      error = (e as Error)?.message ?? String(e);
      if (attempt < attempts) await sleep(check.retryDelayMs ?? 500);
    }
  }
  const failedStories = check.failedSaves();
  if (error === undefined && failedStories.length === 0) return 'quit';
  return (await check.confirmQuit({ ...(error !== undefined ? { error } : {}), failedStories })) ? 'quit' : 'stay';
}

/** The service with every story.save watched: a refused or failed save is noted, a landed one clears the note. */
export function withSaveTracking(service: BulletinDeskService, failures: SaveFailures): BulletinDeskService {
  return {
    ...service,
    'story.save': async (input) => {
      try {
        const result = await service['story.save'](input);
        failures.saved(input.id);
        return result;
      } catch (e) {
        // a held save (io, retrying) is the desk's to retry and flush; anything else leaves the edit only in the window
        if (e instanceof ApiError && (e.code === 'conflict' || (e.code === 'io' && !e.retrying))) failures.failedSave(input.id, e.message);
        throw e;
      }
    },
  };
}

/** The window's Windows session events (Electron's BrowserWindow: `before-quit` is not emitted at logout or shutdown). */
export interface SessionEndWindow {
  on(event: 'query-session-end' | 'session-end', listener: (event: { preventDefault(): void }) => void): unknown;
}

export interface SessionEndWrites {
  /** True while a call is being answered or a save is held: ending the session now could lose an edit. */
  pending(): boolean;
  /** Waits for the calls being answered, then writes every held save (the desk's flush). */
  settle(): Promise<void>;
}

/**
 * Windows logout and shutdown: `query-session-end` holds the session's end while writes are pending and writes
 * them (Windows then names the app as keeping the session open until they are on disk); `session-end` (the
 * session ends now, whatever was asked) writes what it can before the process is ended.
 */
export function guardSessionEnd(win: SessionEndWindow, writes: SessionEndWrites, warn: (message: string) => void = console.warn): void {
  const settle = () => writes.settle().catch((e: unknown) => warn(`Bulletin Desk: a write before the session ended failed: ${String(e)}`));
  win.on('query-session-end', (event) => {
    if (!writes.pending()) return;
    event.preventDefault();
    void settle();
  });
  win.on('session-end', () => void settle());
}
