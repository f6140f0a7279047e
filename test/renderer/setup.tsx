import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, vi } from 'vitest';
import { CHANNELS, type Channel } from '../../src/shared/ipc/channels';
import type { ChannelOutput } from '../../src/shared/ipc/contract';
import type { AppErrorShape, Result } from '../../src/shared/errors';
import type { SessionInfo } from '../../src/shared/schemas/session';
import { AppProviders } from '../../src/renderer/src/app/providers';
import { SessionContext, type SessionApi } from '../../src/renderer/src/app/session';
import { DiscreetProvider } from '../../src/renderer/src/components/discreet';

/*
 * Helpers for the renderer's component tests (jsdom). The fake bridge is only for pure view tests:
 * behaviour that crosses the boundary is covered end to end against the real router.
 */

// jsdom lacks what Mantine measures with.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() } });
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

type Handler = (input: unknown) => Result<unknown> | Promise<Result<unknown>>;

/** A fake `window.waymark`: every channel answers from `handlers`, or fails loudly. */
export interface FakeBridge {
  calls: { channel: Channel; input: unknown }[];
  on<C extends Channel>(channel: C, handler: (input: unknown) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>): void;
  called(channel: Channel): number;
}

/** Installs a fake bridge on window and returns it. */
export function installFakeBridge(handlers: Partial<Record<Channel, Handler>> = {}): FakeBridge {
  const table: Partial<Record<Channel, Handler>> = { 'session.touch': () => ok({ done: true }), ...handlers };
  const calls: FakeBridge['calls'] = [];
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const channel of CHANNELS) {
    api[channel] = vi.fn(async (input: unknown) => {
      calls.push({ channel, input });
      const h = table[channel];
      if (!h) return fail('INTERNAL', `no fake for ${channel}`);
      return h(input);
    });
  }
  (window as unknown as { waymark: unknown }).waymark = api;
  return {
    calls,
    on(channel, handler) {
      table[channel] = handler as Handler;
    },
    called: (channel) => calls.filter((c) => c.channel === channel).length,
  };
}

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail(code: AppErrorShape['code'], message: string, fields?: Record<string, string>): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/** A session for tests. */
export function sessionFor(role: SessionInfo['role'], extra: Partial<SessionInfo> = {}): SessionInfo {
  return { userId: 7, username: 'amira.k', displayName: 'Amira Khan', role, mustChangePassword: false, discreet: false, ...extra };
}

/** Renders inside the app's providers (Mantine in test mode: no portals, no transitions). */
export function renderApp(ui: ReactNode): RenderResult {
  return render(<AppProviders env="test">{ui}</AppProviders>);
}

/** Renders a signed-in screen with a session API whose actions are spies. */
export function renderSignedIn(ui: ReactNode, session: SessionInfo, overrides: Partial<SessionApi> = {}) {
  const api: SessionApi = {
    session,
    orgName: 'Harbour Refuge',
    idleLockMinutes: 10,
    replaceSession: vi.fn(),
    refresh: vi.fn(async () => undefined),
    lock: vi.fn(async () => undefined),
    signOut: vi.fn(async () => undefined),
    ...overrides,
  };
  const result = renderApp(
    <SessionContext.Provider value={api}>
      <DiscreetProvider discreet={session.discreet}>{ui}</DiscreetProvider>
    </SessionContext.Provider>,
  );
  return { ...result, api };
}
