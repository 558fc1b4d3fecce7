// The contract suite over IPC: a real desk bound by electron/main's binding, reached through the preload's bridge over an in-memory IPC.
import { openDesk } from '../../electron/services/desk';
import { APP_PAGE, isAppPageUrl, isTrustedSender, type AppPage } from '../../electron/main/appPage';
import { bindDeskToIpc, type IpcCallEvent, type IpcHandlerHost } from '../../electron/main/ipcBinding';
import { createBridge, type IpcRendererTransport } from '../../electron/preload/bridge';
import type { BulletinDeskApi } from '../../shared/api';
import { contractSuite } from './contract/suite';

const page: AppPage = APP_PAGE;

type Handler = (event: IpcCallEvent, ...args: unknown[]) => Promise<unknown>;
type Listener = (event: unknown, ...args: unknown[]) => void;

/**
 * ipcMain, one page's webContents and its ipcRenderer in memory. Every value that crosses is a structured
 * clone, as Electron's IPC makes it; the page's frame is the app's own top frame.
 */
function inMemoryIpc(frameUrl: string) {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Set<Listener>>();
  const main: IpcHandlerHost = {
    handle: (channel, handler) => {
      if (handlers.has(channel)) throw new Error(`a second handler for ${channel}`);
      handlers.set(channel, handler as Handler);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const renderer: IpcRendererTransport = {
    async invoke(channel, ...args) {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered`);
      const event: IpcCallEvent = { senderFrame: { url: frameUrl, parent: null } };
      return structuredClone(await handler(event, ...structuredClone(args)));
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const webContents = {
    send(channel: string, ...args: unknown[]) {
      const copy = structuredClone(args);
      setImmediate(() => {
        for (const listener of [...(listeners.get(channel) ?? [])]) listener({}, ...copy);
      });
    },
    isDestroyed: () => false,
    getURL: () => frameUrl,
  };
  return { main, renderer, webContents };
}

/** What contextBridge does to values between the preload's world and the page's: copies them, both ways. */
function acrossContextBridge(api: BulletinDeskApi): BulletinDeskApi {
  return {
    call: (name, input) =>
      api.call(name, structuredClone(input)).then(
        (value) => structuredClone(value),
        (reason: unknown) => Promise.reject(structuredClone(reason)),
      ),
    on: (name, listener) => api.on(name, (payload) => listener(structuredClone(payload))),
  };
}

contractSuite('ipc', async (libraryFolder, userDataFolder) => {
  const desk = await openDesk({ libraryFolder, userDataFolder, host: 'electron', version: 'test' });
  const ipc = inMemoryIpc(`${page.indexUrl}#/library`);
  const binding = bindDeskToIpc({
    ipc: ipc.main,
    desk,
    isTrustedSender: (frame) => isTrustedSender(frame, page),
    isAppPage: (url) => isAppPageUrl(url, page),
    receivers: () => [ipc.webContents],
  });
  return {
    api: acrossContextBridge(createBridge(ipc.renderer)),
    async close() {
      binding.dispose();
      await desk.close();
    },
  };
});
