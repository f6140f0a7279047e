import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confirmFailure, fileGuardStore, recordSuccess, releaseAttempt, remainingDelay, reserveAttempt, type GuardState } from '../../src/main/services/sign-in-guard';
import { tempDir } from '../helpers/temp-workspace';

/* The sign-in guard's bookkeeping: an attempt counts from the moment it starts. */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const EMPTY: GuardState = { attempts: {}, pending: [] };
const at = (s: number) => new Date(Date.UTC(2026, 10, 20, 10, 0, s));

describe('the sign-in guard', () => {
  it('counts an attempt as soon as it is reserved, so the next one meets its delay at once', () => {
    let s = EMPTY;
    for (let i = 0; i < 3; i++) s = reserveAttempt(s, 'u', at(0)).state;
    expect(remainingDelay(s, 'u', at(0).getTime())).toBe(1000);
    expect(() => reserveAttempt(s, 'u', at(0))).toThrow(/Wait 1 seconds/);
    expect(reserveAttempt(s, 'someone-else', at(0)).state.attempts['someone-else']).toEqual({ failures: 1, lastFailureMs: at(0).getTime() });
  });

  it('taking back an attempt that failed for another reason leaves the count as it was', () => {
    let s = EMPTY;
    for (let i = 0; i < 4; i++) s = confirmFailure(reserveAttempt(s, 'u', at(i)).state, 'u', at(i));
    const before = s.attempts.u;
    const { state, reservation } = reserveAttempt(s, 'u', at(10));
    expect(releaseAttempt(state, reservation).attempts.u).toEqual(before);
    // The only attempt taken back: nothing is left.
    const first = reserveAttempt(EMPTY, 'v', at(0));
    expect(releaseAttempt(first.state, first.reservation).attempts).toEqual({});
  });

  it('a failure still counts when a success on the same name cleared the count meanwhile', () => {
    const reserved = reserveAttempt(EMPTY, 'u', at(0)).state;
    const cleared = recordSuccess(reserved, 'u');
    const s = confirmFailure(cleared, 'u', at(1), 'recovery');
    expect(s.attempts.u).toEqual({ failures: 1, lastFailureMs: at(1).getTime() });
    expect(s.pending).toEqual([{ at: at(1).toISOString(), userHash: 'u', kind: 'recovery' }]);
  });

  it('reads a side file written before recovery attempts were counted', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'waymark.db.signin');
    writeFileSync(path, JSON.stringify({ attempts: { u: { failures: 2, lastFailureMs: 5 } }, pending: [{ at: '2026-11-20T10:00:00.000Z', userHash: 'u' }] }));
    expect(fileGuardStore(path).load()).toEqual({ attempts: { u: { failures: 2, lastFailureMs: 5 } }, pending: [{ at: '2026-11-20T10:00:00.000Z', userHash: 'u', kind: 'password' }] });
  });
});
