// The preload's wiring, with 'electron' replaced by a stand-in (the real module is never loaded): one API, exactly call and on.
import { describe, expect, it, vi } from 'vitest';
import { CALL_CHANNEL } from '../../electron/preload/channels';

const exposed = vi.hoisted(() => [] as Array<{ key: string; api: Record<string, unknown> }>);
const invoke = vi.hoisted(() => vi.fn(async () => ({ ok: true, value: { version: 'test' } })));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }) },
  ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

describe('the preload', () => {
  it('exposes window.bulletinDesk with exactly call and on, and nothing else', async () => {
    await import('../../electron/preload/index');
    expect(exposed.map((e) => e.key)).toEqual(['bulletinDesk']);
    const api = exposed[0]!.api;
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(await (api.call as (n: string, i: unknown) => Promise<unknown>)('app.info', {})).toEqual({ version: 'test' });
    expect(invoke).toHaveBeenCalledWith(CALL_CHANNEL, 'app.info', {});
  });
});
