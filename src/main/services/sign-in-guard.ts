import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/*
 * Failed sign-ins cannot be written to the audit log when they happen: the database is locked
 * and a wrong password cannot open it. So they are kept in a small side file beside the keyring
 * (hashed usernames and times only: never what was typed) and moved into the audit log at the
 * next successful unlock. The same file holds the per-username failure count behind the growing
 * delay, so restarting the app does not reset it.
 */

const StateSchema = z.object({
  attempts: z.record(z.string(), z.object({ failures: z.number().int(), lastFailureMs: z.number() })),
  pending: z.array(z.object({ at: z.string(), userHash: z.string() })),
});
/** Persisted guard state. */
export type GuardState = z.infer<typeof StateSchema>;

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

/** Records a failure (and queues its audit entry). */
export function recordFailure(state: GuardState, userHash: string, now: Date): GuardState {
  const prev = state.attempts[userHash];
  const pending = [...state.pending, { at: now.toISOString(), userHash }].slice(-MAX_PENDING);
  return {
    attempts: { ...state.attempts, [userHash]: { failures: (prev?.failures ?? 0) + 1, lastFailureMs: now.getTime() } },
    pending,
  };
}

/** Clears the failure count after a successful sign-in. */
export function recordSuccess(state: GuardState, userHash: string): GuardState {
  const attempts = { ...state.attempts };
  delete attempts[userHash];
  return { ...state, attempts };
}
