// The IPC binding (sender check, validation, events, idle) and the preload's bridge, without Electron.
import { describe, expect, it, vi } from 'vitest';
import { APP_PAGE, isAppPageUrl, isTrustedSender, type AppPage, type SenderFrame } from '../../electron/main/appPage';
import { bindDeskToIpc, REFUSED_SENDER, type EventReceiver, type IpcCallEvent } from '../../electron/main/ipcBinding';
import { createBridge, type IpcRendererTransport } from '../../electron/preload/bridge';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../electron/preload/channels';
import type { BulletinDeskService, Result } from '../../shared/api';
import type { DeskListener } from '../../electron/services/deskTypes';

const page: AppPage = APP_PAGE;
const appFrame: SenderFrame = { url: 'app://bulletin-desk/index.html#/story/abc', parent: null };
const STORY_ID = 'a1b2c3d4';

function setUp(extraReceivers: EventReceiver[] = []) {
  let handler: ((event: IpcCallEvent, ...args: unknown[]) => Promise<Result>) | undefined;
  const removed: string[] = [];
  const listeners = new Set<DeskListener>();
  const read = vi.fn(async ({ id }: { id: string }) => ({ id }));
  let releaseSlowCall = () => {};
  const service = {
    'story.read': read,
    'library.list': () =>
      new Promise((resolve) => (releaseSlowCall = () => resolve({ folder: '/x', stories: [], bulletins: [], unreadable: [] }))),
  } as unknown as BulletinDeskService;
  const page1 = { send: vi.fn(), isDestroyed: () => false, getURL: () => page.indexUrl };
  const refused: string[] = [];
  const binding = bindDeskToIpc({
    ipc: {
      handle: (channel, fn) => {
        expect(channel).toBe(CALL_CHANNEL);
        handler = fn;
      },
      removeHandler: (channel) => void removed.push(channel),
    },
    desk: {
      service,
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    },
    isTrustedSender: (frame) => isTrustedSender(frame, page),
    isAppPage: (url) => isAppPageUrl(url, page),
    receivers: () => [page1, ...extraReceivers],
    onRefused: (url) => refused.push(url),
  });
  const invoke = (frame: SenderFrame | null, ...args: unknown[]) => {
    if (!handler) throw new Error('no handler');
    return handler({ senderFrame: frame }, ...args);
  };
  const emit: DeskListener = (name, payload) => {
    for (const l of listeners) l(name, payload);
  };
  return { binding, invoke, emit, read, page1, removed, refused, listeners, releaseSlowCall: () => releaseSlowCall() };
}

describe('the IPC binding', () => {
  it('answers a valid call from the app page with the service result', async () => {
    const { invoke, read } = setUp();
    expect(await invoke(appFrame, 'story.read', { id: STORY_ID })).toEqual({ ok: true, value: { id: STORY_ID } });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('refuses an unknown call and invalid input before the service sees them', async () => {
    const { invoke, read } = setUp();
    const unknown = await invoke(appFrame, 'fs.readFile', { path: '/etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid' } });
    for (const input of [{ id: '../../etc/passwd' }, { id: 'a\u0000b' }, { id: STORY_ID, extra: 1 }, 'story', null, [STORY_ID]]) {
      const result = await invoke(appFrame, 'story.read', input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(await invoke(appFrame, { toString: () => 'story.read' }, { id: STORY_ID })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses every sender but the top frame of the app page, and says so in the log', async () => {
    const { invoke, read, refused } = setUp();
    const foreign: Array<SenderFrame | null> = [
      null,
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///home/li/Downloads/index.html', parent: null },
      // the very build the app serves, opened as a file: not the app's page any more
      { url: 'file:///home/li/Bulletin%20Desk/out/renderer/index.html#/story/abc', parent: null },
      { url: 'app://bulletin-desk/other.html', parent: null },
      { url: 'app://bulletin-desk.evil/index.html', parent: null },
      { url: 'app://evil/index.html', parent: null },
      { url: 'app://bulletin-desk:8080/index.html', parent: null },
      { url: 'other-app://bulletin-desk/index.html', parent: null },
      { url: 'http://bulletin-desk/index.html', parent: null },
      { url: 'about:blank', parent: null },
      { url: 'data:text/html,<script>1</script>', parent: null },
      { url: appFrame.url, parent: { url: page.indexUrl } },
    ];
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    for (const frame of [...foreign, disposed]) {
      expect(await invoke(frame, 'story.read', { id: STORY_ID })).toEqual(REFUSED_SENDER);
    }
    expect(read).not.toHaveBeenCalled();
    expect(refused).toHaveLength(foreign.length + 1);
  });

  it('forwards desk events to the app pages only, never to a destroyed or foreign one', () => {
    const foreign = { send: vi.fn(), isDestroyed: () => false, getURL: () => 'https://evil.example/' };
    const gone = { send: vi.fn(), isDestroyed: () => true, getURL: () => page.indexUrl };
    const fileCopy = { send: vi.fn(), isDestroyed: () => false, getURL: () => 'file:///home/li/Bulletin%20Desk/out/renderer/index.html' };
    const { emit, page1 } = setUp([foreign, gone, fileCopy]);
    emit('story.removed', { id: STORY_ID, file: 'x.story.json' });
    expect(page1.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'story.removed', { id: STORY_ID, file: 'x.story.json' });
    expect(foreign.send).not.toHaveBeenCalled();
    expect(fileCopy.send).not.toHaveBeenCalled();
    expect(gone.send).not.toHaveBeenCalled();
  });

  it('knows when no call is being answered, and lets go on dispose', async () => {
    const { binding, invoke, releaseSlowCall, removed, listeners } = setUp();
    const call = invoke(appFrame, 'library.list', {});
    expect(binding.inFlight()).toBe(1);
    let idle = false;
    const waiting = binding.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    releaseSlowCall();
    await call;
    await waiting;
    expect(binding.inFlight()).toBe(0);
    binding.dispose();
    expect(removed).toEqual([CALL_CHANNEL]);
    expect(listeners.size).toBe(0);
  });
});

describe("the preload's bridge", () => {
  function transport(answer: (args: unknown[]) => Promise<unknown>) {
    const listeners = new Set<(event: unknown, ...args: unknown[]) => void>();
    const ipc: IpcRendererTransport = {
      invoke: (channel, ...args) => {
        expect(channel).toBe(CALL_CHANNEL);
        return answer(args);
      },
      on: (channel, l) => {
        expect(channel).toBe(EVENT_CHANNEL);
        listeners.add(l);
      },
      removeListener: (_channel, l) => listeners.delete(l),
    };
    return { ipc, listeners, emit: (...args: unknown[]) => [...listeners].forEach((l) => l({ sender: 'ipcRenderer' }, ...args)) };
  }

  it('exposes exactly call and on', () => {
    const api = createBridge(transport(async () => ({ ok: true, value: 1 })).ipc);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
  });

  it('answers the value, and rejects with a plain object carrying the code and the version on disk', async () => {
    const current = { story: { id: STORY_ID }, revision: 'abcdef0123456789', file: 'a.story.json' };
    const t = transport(async ([name]) =>
      name === 'story.read'
        ? { ok: true, value: 'the story' }
        : { ok: false, error: { code: 'conflict', message: 'changed on disk', current } },
    );
    const api = createBridge(t.ipc);
    expect(await api.call('story.read', { id: STORY_ID })).toBe('the story');
    const refusal = await api.call('story.save', {} as never).catch((e: unknown) => e);
    expect(refusal).toEqual({ name: 'ApiError', code: 'conflict', message: 'changed on disk', current });
    expect(structuredClone(refusal)).toEqual(refusal);
  });

  it('turns a transport failure or an unreadable answer into an io refusal', async () => {
    const broken = createBridge(transport(async () => Promise.reject(new Error('No handler registered'))).ipc);
    expect(await broken.call('app.info', {}).catch((e: unknown) => e)).toMatchObject({ code: 'io' });
    const odd = createBridge(transport(async () => 'not a result').ipc);
    expect(await odd.call('app.info', {}).catch((e: unknown) => e)).toMatchObject({ code: 'io' });
  });

  it('hands listeners the payload only (never the IPC event), and detaches when the last one leaves', () => {
    const t = transport(async () => ({ ok: true, value: null }));
    const api = createBridge(t.ipc);
    const seen: unknown[][] = [];
    const off = api.on('story.removed', (...args: unknown[]) => void seen.push(args));
    const offOther = api.on('save.status', () => {});
    expect(t.listeners.size).toBe(1);
    t.emit('story.removed', { id: STORY_ID, file: 'x' });
    t.emit('story.added', { summary: {} });
    expect(seen).toEqual([[{ id: STORY_ID, file: 'x' }]]);
    off();
    expect(t.listeners.size).toBe(1);
    offOther();
    expect(t.listeners.size).toBe(0);
    expect(() => api.on('story.added', 'not a function' as never)).toThrow(TypeError);
  });
});
