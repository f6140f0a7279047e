import { lock, lockIfIdle, touch } from '../services/session.service';
import type { Workspace } from '../services/workspace';

/*
 * Turns the operating system's signals into locks. The session service owns the idle rule (the
 * configured minutes); this decides what counts as activity and when to ask it.
 */

/** How often the idle check runs. */
export const IDLE_CHECK_INTERVAL_MS = 15_000;

/** What the idle check can do to the workspace. */
export interface IdleTarget {
  hasSession(): boolean;
  touch(): void;
  lockIfIdle(): boolean;
  lock(reason: 'os-lock' | 'suspend'): void;
}

/** One reading of the machine, taken by the platform glue. */
export interface ActivitySample {
  /** Seconds since the last keyboard or mouse input anywhere on the machine. */
  systemIdleSeconds: number;
  /** Whether the Waymark window has focus. */
  windowFocused: boolean;
}

/** What one tick did. */
export type IdleTickOutcome = 'no-session' | 'active' | 'idle' | 'locked';

/**
 * One run of the idle check. Reading and scrolling in the window make no IPC calls, so input seen
 * by the OS since the last tick counts as activity, but only while Waymark has focus: typing in
 * another program leaves Waymark unattended, and it should lock on time.
 */
export function idleTick(target: IdleTarget, sample: ActivitySample, intervalMs = IDLE_CHECK_INTERVAL_MS): IdleTickOutcome {
  if (!target.hasSession()) return 'no-session';
  const active = sample.windowFocused && sample.systemIdleSeconds * 1000 < intervalMs;
  if (active) {
    target.touch();
    return 'active';
  }
  return target.lockIfIdle() ? 'locked' : 'idle';
}

/** Screen lock and suspend lock the app at once, when someone is signed in. */
export function lockForOs(target: IdleTarget, reason: 'os-lock' | 'suspend'): boolean {
  if (!target.hasSession()) return false;
  target.lock(reason);
  return true;
}

/** The workspace seen through the idle check. */
export function workspaceIdleTarget(ws: Workspace): IdleTarget {
  return {
    hasSession: () => ws.session !== null && ws.unlocked !== null,
    touch: () => touch(ws),
    lockIfIdle: () => lockIfIdle(ws),
    lock: (reason) => lock(ws, reason),
  };
}
