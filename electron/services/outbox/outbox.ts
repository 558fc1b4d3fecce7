// The outbox: pages and stories queued with their exact bytes, delivered by themselves, tried again with a growing delay.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { EmailDestination, FolderDestination } from '../../../shared/destinations';
import { pidAlive } from '../library/lockFolders';
import { deliverToFolder } from './dropFolder';
import { buildMessage, sendMessage, type Attempt, type MailParts } from './mail';
import { OutboxItems, thisHost, type OutboxItem } from './outboxItems';

export interface OutboxOptions {
  /** The SMTP password of a destination (safeStorage in the app, asked once under `bulletin serve`, an environment variable for the command). */
  passwordFor(destination: Omit<EmailDestination, 'subject'>): Promise<string | undefined> | string | undefined;
  /** An item's state changed (queued, sending, sent, failed): for the outbox view. */
  report?(item: OutboxItem): void;
  /** The first wait after a failure that may pass, doubling up to `longestRetryMs`: about 1 minute to 30 minutes. */
  firstRetryMs?: number;
  longestRetryMs?: number;
}

/** The file that says a program is sending an item now (its process id): two programs on one library never both send it. */
const CLAIM_FILE = 'sending.pid';

export class Outbox {
  readonly items: OutboxItems;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<OutboxItem>>();
  /** Items asked for now while an attempt was on its way: tried once more when it ends (the network came back mid-attempt). */
  private readonly again = new Set<string>();
  private readonly firstRetryMs: number;
  private readonly longestRetryMs: number;
  private stopped = false;

  constructor(
    libraryFolder: string,
    private readonly options: OutboxOptions,
  ) {
    this.items = new OutboxItems(libraryFolder);
    this.firstRetryMs = options.firstRetryMs ?? 60_000;
    this.longestRetryMs = options.longestRetryMs ?? 30 * 60_000;
  }

  /**
   * Picks up what is waiting: an item left `sending` by a program that died mid-send is queued again (it is sent
   * once more, with the same Message-ID), and every queued item of this computer is delivered when due.
   */
  async start(): Promise<void> {
    await this.items.removeLeftovers();
    for (const item of await this.items.list()) {
      if (item.host !== thisHost() || item.state === 'sent' || item.state === 'failed') continue;
      if (item.state === 'sending' && (await this.claimedByLiveProgram(item.id))) continue;
      const due = item.nextAt ? Date.parse(item.nextAt) - Date.now() : 0;
      this.schedule(item.id, Math.max(0, due));
    }
  }

  /** Queues an e-mail (its message built now, the bytes kept) and sends it at once. */
  async queueEmail(title: string, parts: MailParts, fileBulletin?: string): Promise<OutboxItem> {
    const built = await buildMessage(parts);
    const { subject: _template, ...destination } = parts.destination;
    const item = await this.items.add(
      {
        title,
        destination,
        envelope: built.envelope,
        messageId: built.messageId,
        subject: parts.subject,
        files: [],
        ...(fileBulletin ? { fileBulletin } : {}),
      },
      { message: built.bytes },
    );
    this.schedule(item.id, 0);
    return item;
  }

  /** Queues files for a drop folder and delivers them at once. */
  async queueFolder(
    title: string,
    destination: FolderDestination,
    files: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
    fileBulletin?: string,
  ): Promise<OutboxItem> {
    const item = await this.items.add(
      { title, destination, files: files.map((f) => f.name), ...(fileBulletin ? { fileBulletin } : {}) },
      { files },
    );
    this.schedule(item.id, 0);
    return item;
  }

  list(): Promise<OutboxItem[]> {
    return this.items.list();
  }

  /** Delivers every queued item now (the network came back). */
  async kick(): Promise<void> {
    for (const item of await this.items.list()) {
      if (item.host !== thisHost()) continue;
      // one on its way here is tried once more if this attempt fails: the network may have come back during it
      if (item.state === 'queued' || this.running.has(item.id)) this.schedule(item.id, 0);
    }
  }

  /**
   * Tries an item again now (Retry in the outbox view), a failed one included. An item of another computer is left
   * to it unless `fromHere`: then this computer takes it over (Send from this computer).
   */
  async retry(id: string, options: { fromHere?: boolean } = {}): Promise<OutboxItem> {
    const item = await this.items.read(id);
    if (item.state === 'sent') return item;
    const host = options.fromHere ? thisHost() : item.host;
    if (item.state === 'failed' || host !== item.host)
      await this.items.update({ ...item, host, state: item.state === 'sending' ? item.state : 'queued' });
    return this.deliver(id);
  }

  async remove(id: string): Promise<void> {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    await this.running.get(id)?.catch(() => undefined);
    await this.items.remove(id);
  }

  /** Items not sent yet (queued or being sent): quitting says so. */
  async unsent(): Promise<OutboxItem[]> {
    return (await this.items.list()).filter((i) => i.state === 'queued' || i.state === 'sending');
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /** Waits for the deliveries on their way (tests, and a clean quit). */
  async settle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  private schedule(id: string, delay: number): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    if (delay <= 0) {
      if (this.running.has(id)) this.again.add(id);
      else void this.deliver(id).catch(() => undefined);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(id);
      void this.deliver(id).catch(() => undefined);
    }, delay);
    timer.unref?.();
    this.timers.set(id, timer);
  }

  /** One attempt now, unless one is on its way (answered that one's result). */
  deliver(id: string): Promise<OutboxItem> {
    const on = this.running.get(id);
    if (on) return on;
    const run = this.attempt(id).finally(() => {
      this.running.delete(id);
      if (this.again.delete(id)) this.schedule(id, 0);
    });
    this.running.set(id, run);
    return run;
  }

  private async attempt(id: string): Promise<OutboxItem> {
    let item = await this.items.read(id);
    if (item.state === 'sent' || item.host !== thisHost()) return item;
    if (!(await this.claim(id))) return item;
    try {
      // read again under the claim: another program may have sent it between the first read and the claim
      item = await this.items.read(id);
      if (item.state === 'sent' || item.state === 'failed') return item;
      item = { ...item, state: 'sending', attempts: item.attempts + 1 };
      delete item.nextAt;
      await this.items.update(item);
      this.options.report?.(item);
      const outcome = await this.send(item);
      item = this.after(item, outcome);
      await this.items.update(item);
      this.options.report?.(item);
      if (item.state === 'queued') this.schedule(id, Date.parse(item.nextAt as string) - Date.now());
      return item;
    } finally {
      await fs.unlink(path.join(this.items.itemFolder(id), CLAIM_FILE)).catch(() => undefined);
    }
  }

  private async send(item: OutboxItem): Promise<Attempt> {
    const destination = item.destination;
    if (destination.kind === 'folder') {
      try {
        const files = await Promise.all(item.files.map(async (name) => ({ name, bytes: await this.items.file(item.id, name) })));
        const given = await deliverToFolder(destination.path, files);
        return { kind: 'sent', response: given.join(', ') };
      } catch (e) {
        return { kind: 'retry', message: `${destination.path} cannot be written now (${(e as Error).message})` };
      }
    }
    const bytes = await this.items.message(item.id);
    const password = await this.options.passwordFor(destination);
    // no password known yet (`bulletin serve` asks for it once per run): waits, and goes when it is given (kick)
    if (destination.user && password === undefined)
      return {
        kind: 'retry',
        reason: 'smtpPasswordNeeded',
        message: `the password of ${destination.user} at ${destination.host} is not known yet`,
      };
    return sendMessage(destination, { bytes, envelope: item.envelope as { from: string; to: string[] } }, password);
  }

  private after(item: OutboxItem, outcome: Attempt): OutboxItem {
    const { lastError: _last, ...rest } = item;
    if (outcome.kind === 'sent') return { ...rest, state: 'sent', sentAt: new Date().toISOString(), response: outcome.response };
    const lastError = {
      message: outcome.message,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      ...(outcome.response ? { response: outcome.response } : {}),
    };
    if (outcome.kind === 'refused') return { ...rest, state: 'failed', lastError };
    const delay = Math.min(this.longestRetryMs, this.firstRetryMs * 2 ** Math.max(0, item.attempts - 1));
    return { ...rest, state: 'queued', nextAt: new Date(Date.now() + delay).toISOString(), lastError };
  }

  /**
   * Claims an item for this process: the claim file appears whole, with the process id in it, or not at all (a
   * file linked from a temporary one), so another program never reads an empty claim and takes it over. A claim of a
   * program that died is taken over.
   */
  private async claim(id: string): Promise<boolean> {
    const folder = this.items.itemFolder(id);
    const file = path.join(folder, CLAIM_FILE);
    const temp = path.join(folder, `.${CLAIM_FILE}-${process.pid}-${Math.random().toString(36).slice(2)}`);
    await fs.writeFile(temp, String(process.pid));
    try {
      for (let tries = 0; tries < 2; tries++) {
        try {
          await fs.link(temp, file);
          return true;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
          if (await this.claimedByLiveProgram(id)) return false;
          await fs.unlink(file).catch(() => undefined);
        }
      }
      return false;
    } finally {
      await fs.unlink(temp).catch(() => undefined);
    }
  }

  private async claimedByLiveProgram(id: string): Promise<boolean> {
    const text = await fs.readFile(path.join(this.items.itemFolder(id), CLAIM_FILE), 'utf8').catch(() => '');
    const pid = Number(text);
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidAlive(pid);
  }
}
