// Binds the desk to IPC: one handler for every call (sender checked, input validated by `dispatch`), events forwarded to the app's pages.
import { dispatch } from '../../shared/api';
import type { BulletinDeskService, EventName, EventPayload, Result } from '../../shared/api';
import type { DeskListener } from '../services/deskTypes';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../preload/channels';
import type { SenderFrame } from './appPage';
import type { PrintablePage } from './proofPdf';

/** The event Electron hands an `ipcMain.handle` listener, as far as the binding reads it. */
export interface IpcCallEvent {
  senderFrame: SenderFrame | null;
  /** The page that called (Electron's WebContents), for the calls answered for that page (a proof's PDF). */
  sender?: PrintablePage;
}

/** Electron's ipcMain, as far as the binding uses it (the tests give an in-memory one). */
export interface IpcHandlerHost {
  handle(channel: string, listener: (event: IpcCallEvent, ...args: unknown[]) => Promise<Result>): void;
  removeHandler(channel: string): void;
}

/** A page that receives events (Electron's WebContents). */
export interface EventReceiver {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  getURL(): string;
}

export interface IpcBindingOptions {
  ipc: IpcHandlerHost;
  /** The desk's service and event source. */
  desk: { service: BulletinDeskService; subscribe(listener: DeskListener): () => void };
  /** The sender check: true only for the app's own page (see appPage.ts). */
  isTrustedSender(frame: SenderFrame | null): boolean;
  /** True for a URL of the app's own page: events go to no other page. */
  isAppPage(url: string): boolean;
  /** The pages to send events to (the app's windows). */
  receivers(): Iterable<EventReceiver>;
  /** Told of every refused sender (for the log). */
  onRefused?(url: string): void;
  /** Calls that Electron answers for the calling page itself, over the desk's (e.g. proof.savePdf prints that page). */
  senderCalls?(event: IpcCallEvent): Partial<BulletinDeskService>;
}

export interface IpcBinding {
  /** Sends an event (a desk event or a shell event such as a menu command) to the app's pages. */
  send(name: string, payload: unknown): void;
  /** Calls being answered right now. */
  inFlight(): number;
  /** Resolves when no call is being answered. */
  idle(): Promise<void>;
  /** Removes the handler and stops forwarding events. */
  dispose(): void;
}

export const REFUSED_SENDER: Result = {
  ok: false,
  error: { code: 'refused', message: 'refused: only the Bulletin Desk page itself may call the desk' },
};

export function bindDeskToIpc(options: IpcBindingOptions): IpcBinding {
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    if (inFlight > 0) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  options.ipc.handle(CALL_CHANNEL, async (event, name, input) => {
    let trusted = false;
    let from = '(no frame)';
    try {
      // a frame that navigated or closed meanwhile is null, or throws when read: refused either way
      const frame = event?.senderFrame ?? null;
      if (typeof frame?.url === 'string') from = frame.url;
      trusted = options.isTrustedSender(frame);
    } catch {
      trusted = false;
    }
    if (!trusted) {
      options.onRefused?.(from);
      return REFUSED_SENDER;
    }
    inFlight += 1;
    try {
      const service = options.senderCalls ? { ...options.desk.service, ...options.senderCalls(event) } : options.desk.service;
      return await dispatch(service, name, input);
    } finally {
      inFlight -= 1;
      settle();
    }
  });

  const send = (name: string, payload: unknown) => {
    for (const receiver of options.receivers()) {
      if (receiver.isDestroyed() || !options.isAppPage(receiver.getURL())) continue;
      try {
        receiver.send(EVENT_CHANNEL, name, payload);
      } catch {
        // a page that is going away misses the event; it reads the library again when it loads
      }
    }
  };
  const unsubscribe = options.desk.subscribe(<N extends EventName>(name: N, payload: EventPayload<N>) => send(name, payload));

  return {
    send,
    inFlight: () => inFlight,
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    dispose() {
      unsubscribe();
      options.ipc.removeHandler(CALL_CHANNEL);
    },
  };
}
