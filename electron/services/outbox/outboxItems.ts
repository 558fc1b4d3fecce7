// The outbox's items on disk: `.outbox/<id>/item.json` and the exact bytes to send beside it, written whole or not at all.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { emailDestinationSchema, folderDestinationSchema } from '../../../shared/destinations';
import { fsyncFolder, removeOldPartials, replaceFile, writeNewSynced } from '../library/storage';
import { readRegularFile } from '../library/safeRead';

const OUTBOX_FOLDER = '.outbox';
const ITEM_FILE = 'item.json';
/** An e-mail's whole message (headers, body, attachments), built once when queued: every attempt sends these bytes. */
export const MESSAGE_FILE = 'message.eml';
/** A drop folder's files, as they will appear there. */
const FILES_FOLDER = 'files';

const ITEM_STATES = ['queued', 'sending', 'sent', 'failed'] as const;

const itemSchema = z.object({
  format: z.literal('bulletin-desk/outbox-item'),
  version: z.literal(1),
  id: z.string().regex(/^[0-9a-f-]{36}$/),
  createdAt: z.string(),
  /** The computer that queued it: only it sends it (a synced library must not send twice from two laptops). */
  host: z.string(),
  /** What it is, for the reporter: the page's or story's name. */
  title: z.string(),
  destination: z.discriminatedUnion('kind', [emailDestinationSchema.omit({ subject: true }), folderDestinationSchema]),
  /** E-mail: the envelope and the Message-ID every attempt sends (a duplicate at the desk is recognisable). */
  envelope: z.object({ from: z.string(), to: z.array(z.string()) }).optional(),
  messageId: z.string().optional(),
  subject: z.string().optional(),
  /** The bulletin this is the page of, when sending it marks the page filed (the house style's fileWhenSent). */
  fileBulletin: z.string().optional(),
  /** Folder: the files' names, in order. */
  files: z.array(z.string()).default([]),
  state: z.enum(ITEM_STATES),
  attempts: z.number().int().min(0),
  nextAt: z.string().optional(),
  lastError: z.object({ message: z.string(), reason: z.string().optional(), response: z.string().optional() }).optional(),
  sentAt: z.string().optional(),
  /** The server's answer (250 …) or where the files went. */
  response: z.string().optional(),
});
export type OutboxItem = z.infer<typeof itemSchema>;
export type NewItem = Omit<OutboxItem, 'format' | 'version' | 'id' | 'createdAt' | 'host' | 'state' | 'attempts'>;

export const thisHost = (): string => os.hostname();

/** The items of a library's outbox, on disk. */
export class OutboxItems {
  constructor(readonly libraryFolder: string) {}

  get folder(): string {
    return path.join(this.libraryFolder, OUTBOX_FOLDER);
  }

  itemFolder(id: string): string {
    return path.join(this.folder, id);
  }

  /**
   * Puts an item with its bytes into the outbox: everything is written into a hidden folder first and renamed into
   * place, so an item is there whole or not at all (a crash, a full disk).
   */
  async add(
    item: NewItem,
    bytes: { message?: Uint8Array; files?: ReadonlyArray<{ name: string; bytes: Uint8Array }> },
  ): Promise<OutboxItem> {
    const id = randomUUID();
    const full: OutboxItem = {
      format: 'bulletin-desk/outbox-item',
      version: 1,
      id,
      createdAt: new Date().toISOString(),
      host: thisHost(),
      state: 'queued',
      attempts: 0,
      ...item,
    };
    await fs.mkdir(this.folder, { recursive: true });
    const partial = path.join(this.folder, `.new-${id}`);
    await fs.mkdir(partial);
    try {
      if (bytes.message) await writeNewSynced(path.join(partial, MESSAGE_FILE), bytes.message);
      if (bytes.files) {
        await fs.mkdir(path.join(partial, FILES_FOLDER));
        for (const f of bytes.files) await writeNewSynced(path.join(partial, FILES_FOLDER, f.name), f.bytes);
        await fsyncFolder(path.join(partial, FILES_FOLDER));
      }
      await writeNewSynced(path.join(partial, ITEM_FILE), JSON.stringify(full, null, 2));
      await fsyncFolder(partial);
      await fs.rename(partial, this.itemFolder(id));
      await fsyncFolder(this.folder);
    } catch (e) {
      await fs.rm(partial, { recursive: true, force: true }).catch(() => undefined);
      throw e;
    }
    return full;
  }

  /** Every item whole on disk, oldest first; a damaged one is left out (never sent). */
  async list(): Promise<OutboxItem[]> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const items: OutboxItem[] = [];
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const item = await this.read(name).catch(() => undefined);
      if (item) items.push(item);
    }
    return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async read(id: string): Promise<OutboxItem> {
    const bytes = await readRegularFile(path.join(this.itemFolder(id), ITEM_FILE), { maxBytes: 1024 * 1024 });
    return itemSchema.parse(JSON.parse(bytes.toString('utf8')));
  }

  /** Writes the item's state (atomically: temp file, fsync, rename). */
  async update(item: OutboxItem): Promise<void> {
    await replaceFile(path.join(this.itemFolder(item.id), ITEM_FILE), JSON.stringify(item, null, 2));
  }

  message(id: string): Promise<Buffer> {
    return readRegularFile(path.join(this.itemFolder(id), MESSAGE_FILE), { maxBytes: 512 * 1024 * 1024 });
  }

  file(id: string, name: string): Promise<Buffer> {
    return readRegularFile(path.join(this.itemFolder(id), FILES_FOLDER, path.basename(name)), { maxBytes: 512 * 1024 * 1024 });
  }

  async remove(id: string): Promise<void> {
    const gone = path.join(this.folder, `.gone-${id}`);
    await fs.rename(this.itemFolder(id), gone);
    await fs.rm(gone, { recursive: true, force: true });
  }

  /** Removes what a program that died left half made or half removed (what is younger may be another program's, at work now). */
  removeLeftovers(): Promise<void> {
    return removeOldPartials(this.folder, /^\.(new|gone)-/);
  }
}
