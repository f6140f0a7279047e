import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/ipc/channels';

// Captured from the preload through a stand-in for Electron's renderer modules.
const exposed = vi.hoisted(() => ({ calls: [] as Array<[string, unknown]>, invokes: [] as unknown[][] }));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => exposed.calls.push([key, api]),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      exposed.invokes.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    send: () => {
      throw new Error('the preload must not send');
    },
  },
}));

describe('preload', () => {
  beforeAll(async () => {
    await import('../../../src/preload/index');
  });

  it('exposes one object, window.waymark, and nothing else', () => {
    expect(exposed.calls.map(([k]) => k)).toEqual(['waymark']);
  });

  it('exposes exactly one function per contract channel', () => {
    const api = exposed.calls[0]![1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const c of CHANNELS) expect(typeof api[c], c).toBe('function');
  });

  it('has no generic door into IPC', () => {
    const api = exposed.calls[0]![1] as Record<string, unknown>;
    for (const k of ['invoke', 'send', 'sendSync', 'on', 'once', 'ipcRenderer', 'postMessage', 'require', 'process']) {
      expect(k in api, k).toBe(false);
    }
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards a call to its own channel with its one argument', async () => {
    const api = exposed.calls[0]![1] as Record<string, (input: unknown) => Promise<unknown>>;
    await api['users.list']!({ includeInactive: true });
    expect(exposed.invokes.at(-1)).toEqual(['users.list', { includeInactive: true }]);
  });
});
