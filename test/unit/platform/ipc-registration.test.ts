import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import type { Router } from '../../../src/main/ipc/router';
import {
  registerIpcHandlers,
  UNTRUSTED_SENDER_RESULT,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../src/main/platform/ipc-registration';
import { tempWorkspace } from '../../helpers/temp-workspace';

type Handler = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

const APP_WINDOW = 7;

function fakeIpc() {
  const handlers = new Map<string, Handler>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  return { ipc, handlers };
}

function recordingRouter() {
  const calls: Array<[unknown, unknown]> = [];
  const router: Router = {
    call: async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: 'routed' };
    },
  };
  return { router, calls };
}

const mainFrame = { url: 'app://waymark/index.html', parent: null };
const event = (over: Partial<{ senderFrame: InvokeEventLike['senderFrame']; senderId: number }> = {}): InvokeEventLike => ({
  senderFrame: 'senderFrame' in over ? over.senderFrame! : mainFrame,
  sender: { id: over.senderId ?? APP_WINDOW },
});

function setup() {
  const { ipc, handlers } = fakeIpc();
  const { router, calls } = recordingRouter();
  const refusals: string[] = [];
  registerIpcHandlers(ipc, router, { isAppWindow: (id) => id === APP_WINDOW, logRefusal: (c, r) => refusals.push(`${c}: ${r}`) });
  return { handlers, calls, refusals };
}

describe('IPC registration', () => {
  it('registers exactly one handler per contract channel', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes a call from the app’s main frame to the router with its channel and input', async () => {
    const { handlers, calls } = setup();
    await expect(handlers.get('users.list')!(event(), { q: 1 })).resolves.toEqual({ ok: true, value: 'routed' });
    expect(calls).toEqual([['users.list', { q: 1 }]]);
  });

  it('answers FORBIDDEN, without reaching the router, for a subframe, a foreign page, another window or a vanished frame', async () => {
    const { handlers, calls, refusals } = setup();
    const untrusted = [
      event({ senderFrame: { url: 'app://waymark/index.html', parent: mainFrame } }),
      event({ senderFrame: { url: 'https://example.org/', parent: null } }),
      event({ senderFrame: { url: 'file:///C:/x.html', parent: null } }),
      event({ senderFrame: { url: 'devtools://devtools/bundled/devtools_app.html', parent: null } }),
      event({ senderId: 99 }),
      event({ senderFrame: null }),
    ];
    for (const e of untrusted) {
      const r = await handlers.get('session.signIn')!(e, { username: 'a', password: 'b' });
      expect(r).toEqual(UNTRUSTED_SENDER_RESULT);
    }
    expect(calls).toEqual([]);
    // The refusal is noted by channel only: the arguments may hold a password.
    expect(refusals).toHaveLength(untrusted.length);
    expect(refusals.join(' ')).not.toContain('b');
    expect(UNTRUSTED_SENDER_RESULT).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a call with extra arguments (the preload always sends exactly one)', async () => {
    const { handlers, calls } = setup();
    expect(await handlers.get('app.status')!(event(), {}, 'extra')).toEqual(UNTRUSTED_SENDER_RESULT);
    expect(calls).toEqual([]);
  });

  it('reaches the real router end to end', async () => {
    const h = tempWorkspace();
    try {
      const { ipc, handlers } = fakeIpc();
      registerIpcHandlers(ipc, h.router, { isAppWindow: (id) => id === APP_WINDOW, logRefusal: () => undefined });
      const status = (await handlers.get('app.status')!(event(), {})) as { ok: boolean; value: { setUp: boolean } };
      expect(status).toMatchObject({ ok: true, value: { setUp: false } });
    } finally {
      h.cleanup();
    }
  });
});
