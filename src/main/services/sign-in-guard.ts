import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/errors';

/*
 * Failed sign-ins cannot be written to the audit log when they happen: the database is locked
 * and a wrong password cannot open it. So they are kept in a small side file beside the keyring
 * (hashed usernames and times only: never what was typed) and moved into the audit log at the
 * next successful unlock. The same file holds the per-username failure count behind the growing
 * delay, so restarting the app does not reset it. Recovery-key attempts are counted and queued
 * the same way, under one key of their own (a recovery key belongs to no username).
 *
 * An attempt is counted as a failure when it starts, before the slow key derivation, and only
 * taken back when it turns out right (or fails for a reason that is not a wrong secret). Counting
 * after the derivation would let calls made together all pass the delay check before any of them
 * had failed.
 */

const PendingSchema = z.object({
  at: z.string(),
  userHash: z.string(),
  /** What was tried: a password (the default, for files written before recovery was counted) or the recovery key. */
  kind: z.enum(['password', 'recovery']).default('password'),
});
const StateSchema = z.object({
  attempts: z.record(z.string(), z.object({ failures: z.number().int(), lastFailureMs: z.number() })),
  pending: z.array(PendingSchema),
});
/** Persisted guard state. */
export type GuardState = z.infer<typeof StateSchema>;
/** What a queued failure was an attempt at. */
export type AttemptKind = z.infer<typeof PendingSchema>['kind'];

/** The guard key recovery-key attempts are counted under (a username hash is 64 hex digits, so it cannot clash). */
export const RECOVERY_GUARD_KEY = 'recovery-key';

/** How many failures are free before delays start. */
export const FREE_FAILURES = 3;
/** The longest delay imposed between attempts. */
export const MAX_DELAY_MS = 5 * 60_000;
const MAX_PENDING = 1000;

/** The delay imposed after a number of consecutive failures: 0, 0, 0, 1 s, 2 s, 4 s … 5 min. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
}

/** Reads and writes the guard's side file. */
export interface GuardStore {
  load(): GuardState;
  save(state: GuardState): void;
}

/** A guard store kept in a JSON file; a damaged file starts afresh rather than blocking sign-in. */
export function fileGuardStore(path: string): GuardStore {
  return {
    load() {
      if (!existsSync(path)) return { attempts: {}, pending: [] };
      try {
        return StateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      } catch {
        return { attempts: {}, pending: [] };
      }
    },
    save(state) {
      const tmp = `${path}.tmp`;
      writeFileSync(tmp, JSON.stringify(state), { mode: 0o600 });
      renameSync(tmp, path);
    },
  };
}

/** A guard hash for a typed username when no keyring salt is available. */
export function fallbackUserHash(username: string): string {
  return createHash('sha256').update('waymark-guard\n').update(username.trim().normalize('NFC').toLowerCase()).digest('hex');
}

/** Milliseconds the caller must still wait before trying this username again (0 = go ahead). */
export function remainingDelay(state: GuardState, userHash: string, nowMs: number): number {
  const a = state.attempts[userHash];
  if (!a) return 0;
  return Math.max(0, a.lastFailureMs + delayAfter(a.failures) - nowMs);
}

/** What reserving an attempt changed, so it can be taken back exactly. */
export interface Reservation {
  key: string;
  reservedMs: number;
  previousLastFailureMs: number | null;
}

/**
 * Counts an attempt as a failure before it is tried. Refused (THROTTLED) while the delay from
 * earlier failures runs; otherwise the next attempt on the same key meets this one's delay.
 */
export function reserveAttempt(state: GuardState, key: string, now: Date): { state: GuardState; reservation: Reservation } {
  const wait = remainingDelay(state, key, now.getTime());
  if (wait > 0) throw new AppError('THROTTLED', `Too many attempts. Wait ${Math.ceil(wait / 1000)} seconds before trying again.`);
  const prev = state.attempts[key];
  return {
    state: { ...state, attempts: { ...state.attempts, [key]: { failures: (prev?.failures ?? 0) + 1, lastFailureMs: now.getTime() } } },
    reservation: { key, reservedMs: now.getTime(), previousLastFailureMs: prev?.lastFailureMs ?? null },
  };
}

/**
 * A reserved attempt failed: it stays counted, the delay runs from now, and its audit entry is
 * queued. (If a success on the same key cleared the count meanwhile, this failure starts it again.)
 */
export function confirmFailure(state: GuardState, key: string, now: Date, kind: AttemptKind = 'password'): GuardState {
  const a = state.attempts[key];
  const pending = [...state.pending, { at: now.toISOString(), userHash: key, kind }].slice(-MAX_PENDING);
  const attempt = a ? { failures: a.failures, lastFailureMs: Math.max(a.lastFailureMs, now.getTime()) } : { failures: 1, lastFailureMs: now.getTime() };
  return { attempts: { ...state.attempts, [key]: attempt }, pending };
}

/** A reserved attempt failed for a reason that is not a wrong secret: it no longer counts. */
export function releaseAttempt(state: GuardState, r: Reservation): GuardState {
  const a = state.attempts[r.key];
  if (!a) return state;
  const attempts = { ...state.attempts };
  if (a.failures <= 1) delete attempts[r.key];
  else {
    // The delay goes back to running from the failure before, unless a later one has moved it on.
    const lastFailureMs = a.lastFailureMs === r.reservedMs && r.previousLastFailureMs !== null ? r.previousLastFailureMs : a.lastFailureMs;
    attempts[r.key] = { failures: a.failures - 1, lastFailureMs };
  }
  return { ...state, attempts };
}

/** Clears the failure count after a successful sign-in. */
export function recordSuccess(state: GuardState, userHash: string): GuardState {
  const attempts = { ...state.attempts };
  delete attempts[userHash];
  return { ...state, attempts };
}

/** One guarded attempt against the side file: reserved when made, settled once its outcome is known. */
export interface GuardedAttempt {
  failed(now: Date): void;
  succeeded(): void;
  /** It ended for a reason that says nothing about the secret (a newer schema, a busy file…). */
  abandoned(): void;
}

/**
 * Reserves an attempt in the store (throws THROTTLED while the delay runs). Each step reads and
 * writes the file synchronously, so calls made together in this process are counted one by one.
 */
export function startAttempt(store: GuardStore, key: string, now: Date, kind: AttemptKind = 'password'): GuardedAttempt {
  const { state, reservation } = reserveAttempt(store.load(), key, now);
  store.save(state);
  let settled = false;
  const settle = (change: (s: GuardState) => GuardState) => {
    if (settled) return;
    settled = true;
    store.save(change(store.load()));
  };
  return {
    failed: (at) => settle((s) => confirmFailure(s, key, at, kind)),
    succeeded: () => settle((s) => recordSuccess(s, key)),
    abandoned: () => settle((s) => releaseAttempt(s, reservation)),
  };
}
