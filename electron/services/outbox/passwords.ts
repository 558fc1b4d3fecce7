// SMTP passwords: encrypted by the system (Electron's safeStorage) in passwords.json beside the preferences, or kept in memory for this run.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { EmailDestination } from '../../../shared/destinations';
import { readRegularFile } from '../library/safeRead';
import { replaceFile } from '../library/storage';

/** The system's encryption (Electron's safeStorage), given by electron/main; `bulletin serve` has none. */
export interface Secrets {
  encrypt(plain: string): Buffer;
  decrypt(cipher: Buffer): string;
}

const PASSWORDS_FILE = 'passwords.json';
const fileSchema = z.object({ version: z.literal(1), passwords: z.record(z.string(), z.string()) });

/** A password belongs to an account on a server: the same one whatever the destination is called. */
export function accountOf(destination: Pick<EmailDestination, 'user' | 'host' | 'port'>): string {
  return `${destination.user}@${destination.host}:${destination.port}`;
}

/**
 * Passwords by account. With `secrets`, encrypted and written to passwords.json (only the encrypted bytes, base64);
 * without, in memory until the program ends. Never logged, never in an error's words.
 */
export class DestinationPasswords {
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly folder: string,
    private readonly secrets?: Secrets,
  ) {}

  get store(): 'system' | 'memory' {
    return this.secrets ? 'system' : 'memory';
  }

  private get file(): string {
    return path.join(this.folder, PASSWORDS_FILE);
  }

  private async readFile(): Promise<Record<string, string>> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse((await readRegularFile(this.file, { maxBytes: 1024 * 1024 })).toString('utf8')));
      return parsed.success ? parsed.data.passwords : {};
    } catch {
      return {};
    }
  }

  async set(account: string, password: string): Promise<void> {
    if (!this.secrets) {
      this.memory.set(account, password);
      return;
    }
    const passwords = { ...(await this.readFile()), [account]: this.secrets.encrypt(password).toString('base64') };
    await fs.mkdir(this.folder, { recursive: true });
    await replaceFile(this.file, `${JSON.stringify({ version: 1, passwords }, null, 2)}\n`);
    this.memory.set(account, password);
  }

  async get(account: string): Promise<string | undefined> {
    const known = this.memory.get(account);
    if (known !== undefined || !this.secrets) return known;
    const cipher = (await this.readFile())[account];
    if (cipher === undefined) return undefined;
    try {
      const plain = this.secrets.decrypt(Buffer.from(cipher, 'base64'));
      this.memory.set(account, plain);
      return plain;
    } catch {
      // encrypted by another user or system key: asked for again
      return undefined;
    }
  }

  async has(account: string): Promise<boolean> {
    return (await this.get(account)) !== undefined;
  }
}
