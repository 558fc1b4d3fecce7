// The preload's API object, built on an ipcRenderer-like transport: exactly `call` and `on` of BulletinDeskApi.
import type { ApiErrorData, BulletinDeskApi, CallName, CallOutput, EventName, EventPayload } from '../../shared/api';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';

/** The part of Electron's ipcRenderer the bridge uses (the tests give an in-memory one). */
export interface IpcRendererTransport {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * What a refused call rejects with. A plain object, not an Error: contextBridge copies only the message of
 * an Error, and the renderer needs `code` (and `current` for a conflict).
 */
type BridgeRejection = ApiErrorData & { name: 'ApiError' };

function rejection(data: ApiErrorData): BridgeRejection {
  return { name: 'ApiError', ...data };
}

function isResult(value: unknown): value is { ok: true; value: unknown } | { ok: false; error: ApiErrorData } {
  if (typeof value !== 'object' || value === null) return false;
  const ok = (value as { ok?: unknown }).ok;
  if (ok === true) return 'value' in value;
  return ok === false && typeof (value as { error?: { message?: unknown } }).error?.message === 'string';
}

export function createBridge(ipc: IpcRendererTransport): BulletinDeskApi {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const onEvent = (_event: unknown, name: unknown, payload: unknown): void => {
    if (typeof name !== 'string') return;
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        listener(payload);
      } catch (e) {
        console.error(`bulletinDesk: a listener of ${name} failed`, e);
      }
    }
  };
  let attached = false;

  async function call<N extends CallName>(name: N, input: unknown): Promise<CallOutput<N>> {
    let result: unknown;
    try {
      result = await ipc.invoke(CALL_CHANNEL, name, input);
    } catch (e) {
      throw rejection({ code: 'io', message: `the call ${String(name)} did not reach the app: ${(e as Error)?.message ?? String(e)}` });
    }
    if (!isResult(result)) throw rejection({ code: 'io', message: `the call ${String(name)} got an answer it cannot read` });
    if (result.ok) return result.value as CallOutput<N>;
    throw rejection(result.error);
  }

  function on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void {
    if (typeof name !== 'string' || typeof listener !== 'function') throw new TypeError('on(name, listener): a name and a function');
    const wrapped = (payload: unknown) => listener(payload as EventPayload<N>);
    const set = listeners.get(name) ?? new Set();
    set.add(wrapped);
    listeners.set(name, set);
    if (!attached) {
      ipc.on(EVENT_CHANNEL, onEvent);
      attached = true;
    }
    return () => {
      set.delete(wrapped);
      if (set.size === 0) listeners.delete(name);
      if (listeners.size === 0 && attached) {
        ipc.removeListener(EVENT_CHANNEL, onEvent);
        attached = false;
      }
    };
  }

  return { call: call as BulletinDeskApi['call'], on };
}
