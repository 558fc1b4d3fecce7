// Saves that survive disk faults: a save the disk refuses is held in memory and retried until it lands.
import { ApiError, type EventPayload, type Fault } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import { describeFault, faultOf, isTransient } from './faults';

export type SaveResult = { revision: string; updatedAt: string; file: string };

export interface SaveAttempt {
  (id: string, story: Story, baseRevision: string): Promise<SaveResult>;
}

interface Held {
  story: Story;
  baseRevision: string;
  message: string;
  fault: Fault;
  attempts: number;
  timer?: ReturnType<typeof setTimeout>;
  /** A retry on its way: a newer save waits for it, so the older text never lands after the newer one. */
  inflight?: Promise<SaveResult | null>;
}

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 15_000;

export class Saver {
  private readonly held = new Map<string, Held>();
  /** A held save that landed by itself: the renderer's next save still names the old base, which it replaced. */
  private readonly landed = new Map<string, { from: string; to: string }>();

  constructor(
    private readonly attempt: SaveAttempt,
    private readonly report: (payload: EventPayload<'save.status'>) => void,
    private readonly firstRetryMs = FIRST_RETRY_MS,
  ) {}

  pending(): number {
    return this.held.size;
  }

  /** Saves now; when the disk refuses, holds the text, retries by itself, and answers an `io` error that says so. */
  async save(id: string, story: Story, baseRevision: string): Promise<SaveResult> {
    const rebase = this.landed.get(id);
    this.landed.delete(id);
    // our own held text landed on that base: the newer edit goes on top of it, not into a conflict with it
    if (rebase && rebase.from === baseRevision) baseRevision = rebase.to;
    let held = this.held.get(id);
    if (held) {
      clearTimeout(held.timer);
      const landed = held.inflight ? await held.inflight : null;
      held = this.held.get(id);
      // the held (older) text just landed: the newer edit goes on top of it, on the revision it made
      if (landed) baseRevision = landed.revision;
      else if (held) {
        // a newer edit of a story whose save is held: it replaces the held text, on the same base
        held.story = story;
        baseRevision = held.baseRevision;
      }
    }
    try {
      const result = await this.attempt(id, story, baseRevision);
      if (held && this.held.get(id) === held) this.settle(id, { id, state: 'saved', ...result });
      return result;
    } catch (e) {
      if (e instanceof ApiError || !isTransient(e)) {
        if (held && this.held.get(id) === held) this.settle(id);
        throw e instanceof ApiError ? e : new ApiError({ code: 'io', message: describeFault(e, 'the story'), fault: faultOf(e) });
      }
      const message = describeFault(e, 'the story');
      const entry: Held = this.held.get(id) ?? { story, baseRevision, message, fault: faultOf(e), attempts: 0 };
      entry.story = story;
      entry.message = message;
      entry.fault = faultOf(e);
      this.held.set(id, entry);
      this.schedule(id, entry);
      throw new ApiError({ code: 'io', message, retrying: true, fault: entry.fault });
    }
  }

  private schedule(id: string, entry: Held): void {
    clearTimeout(entry.timer);
    const delay = Math.min(LONGEST_RETRY_MS, this.firstRetryMs * 2 ** Math.min(entry.attempts, 4));
    entry.timer = setTimeout(() => void this.retry(id), delay);
    entry.timer.unref?.();
  }

  private retry(id: string): Promise<SaveResult | null> {
    const entry = this.held.get(id);
    if (!entry) return Promise.resolve(null);
    if (entry.inflight) return entry.inflight;
    entry.attempts++;
    const run = (async (): Promise<SaveResult | null> => {
      try {
        const result = await this.attempt(id, entry.story, entry.baseRevision);
        if (this.held.get(id) === entry) {
          this.landed.set(id, { from: entry.baseRevision, to: result.revision });
          this.settle(id, { id, state: 'saved', ...result });
        }
        return result;
      } catch (e) {
        if (this.held.get(id) !== entry) return null;
        if (e instanceof ApiError) {
          const why = e.reason ? { reason: e.reason, ...(e.params ? { params: e.params } : {}) } : {};
          this.settle(id, { id, state: e.code === 'conflict' ? 'conflict' : 'failed', message: e.message, ...why });
          return null;
        }
        entry.message = describeFault(e, 'the story');
        entry.fault = faultOf(e);
        this.report({ id, state: 'retrying', message: entry.message, fault: entry.fault });
        this.schedule(id, entry);
        return null;
      } finally {
        entry.inflight = undefined;
      }
    })();
    entry.inflight = run;
    return run;
  }

  private settle(id: string, payload?: EventPayload<'save.status'>): void {
    const entry = this.held.get(id);
    if (entry) clearTimeout(entry.timer);
    this.held.delete(id);
    if (payload) this.report(payload);
  }

  /** Tries every held save now; rejects with the reasons when any is still held afterwards. */
  async flush(): Promise<void> {
    for (const id of [...this.held.keys()]) {
      const entry = this.held.get(id);
      if (entry) clearTimeout(entry.timer);
      await this.retry(id);
    }
    if (this.held.size > 0) {
      const reasons = [...this.held.values()].map((h) => `“${h.story.headline || h.story.id}”: ${h.message}`);
      throw new Error(`${this.held.size} ${this.held.size === 1 ? 'story is' : 'stories are'} not saved: ${reasons.join('; ')}`);
    }
  }

  /** Gives up a held save (the story was moved to the trash). */
  forget(id: string): void {
    this.settle(id);
  }

  /** Stops retrying (the held texts are given up: call flush first). */
  stop(): void {
    for (const h of this.held.values()) clearTimeout(h.timer);
  }
}
