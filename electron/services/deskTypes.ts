// The privileged side's public face: one service object and its events, which Electron and the host both bind.
import type { BulletinDeskService, EventName, EventPayload, Language } from '../../shared/api';
import type { Secrets } from './outbox/passwords';

export type DeskListener = <N extends EventName>(name: N, payload: EventPayload<N>) => void;

export interface Desk {
  /** One async function per call of shared/api.ts. Inputs must already be validated (see `dispatch`). */
  service: BulletinDeskService;
  /** Events for the renderer (external changes, save status). Returns the unsubscribe function. */
  subscribe(listener: DeskListener): () => void;
  /** Number of saves held in memory after a disk fault, still being retried. */
  pendingSaves(): number;
  /** Number of outbox items not sent yet (queued or being sent): quitting says so. */
  unsentItems(): number;
  /** Tries every held save now; resolves when none is left, rejects with the reason when one still fails. */
  flush(): Promise<void>;
  /** Stops watching the folder and flushes; the desk is not used after. */
  close(): Promise<void>;
}

export interface DeskOptions {
  /** Where preferences.json lives (Electron: app.getPath('userData'); the host: its own folder). */
  userDataFolder: string;
  /** A library folder that overrides the one in preferences (bulletin serve --drafts). */
  libraryFolder?: string;
  host: 'electron' | 'browser';
  /** The interface language when forced (bulletin serve --lang); otherwise preferences, then the system. */
  language?: Language;
  /** The system's locale, e.g. "zh-CN" or "en-US" (Electron: app.getLocale(); Node: from the environment). */
  systemLocale?: string;
  version: string;
  /** How many stories a library holds before its search texts are kept in `.search.json` (tests: 0). */
  searchFileFrom?: number;
  /** Electron: asks where to save an export; null when the user cancels. */
  chooseExportPath?: (suggestedName: string) => Promise<string | null>;
  /** Electron: where to write a page with its photos (a zip's path, or the folder to make its folder in); null when cancelled. */
  choosePackageTarget?: (name: string, as: 'zip' | 'folder') => Promise<string | null>;
  /** Where the browser host writes a package folder unless the reporter names another (tests: a temp folder). */
  downloadsFolder?: string;
  /** Electron: the system's encryption (safeStorage) for SMTP passwords; without it they are kept in memory for the run. */
  secrets?: Secrets;
  /** The outbox's first wait after a failure that may pass (about a minute; tests: shorter). */
  outboxFirstRetryMs?: number;
}
