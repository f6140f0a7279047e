import type { ErrorCode, Result } from '../../../shared/errors';
import type { WaymarkBridge } from '../../../shared/ipc/bridge';
import type { Channel } from '../../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    waymark: WaymarkBridge;
  }
}

/** Codes that mean the screen no longer matches the session: the app shell re-reads app.status. */
export type SessionProblem = Extract<ErrorCode, 'NOT_SIGNED_IN' | 'PASSWORD_CHANGE_REQUIRED'>;

const listeners = new Set<(code: SessionProblem) => void>();

/**
 * Subscribes to session problems reported by any call. The main process normally reloads the page
 * when it locks; this catches the moment in between (or a dev shell that is slower to reload), so
 * no screen keeps asking a locked workspace for data. Returns the unsubscribe function.
 */
export function onSessionProblem(listener: (code: SessionProblem) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls a channel through the bridge the preload (or the dev shell) provides. Never throws. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  let result: Result<ChannelOutput<C>>;
  try {
    const fn = window.waymark[channel] as (i: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
    result = await fn(input);
  } catch {
    // The bridge itself failed (IPC torn down during a reload): report it like any other failure
    // so screens have one error path.
    result = { ok: false, error: { code: 'INTERNAL', message: '' } };
  }
  if (!result.ok && (result.error.code === 'NOT_SIGNED_IN' || result.error.code === 'PASSWORD_CHANGE_REQUIRED')) {
    const code: SessionProblem = result.error.code;
    for (const l of listeners) l(code);
  }
  return result;
}
