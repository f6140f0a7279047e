import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppRouter } from '../../../src/main/ipc/app-router';
import { vaultPaths } from '../../../src/main/db/vault';
import { loadCommonPasswords } from '../../../src/main/services/common-passwords';
import { lock } from '../../../src/main/services/session.service';
import { createWorkspace } from '../../../src/main/services/workspace';
import { verifyAuditChain } from '../../../src/main/db/repos/audit.repo';
import type { Result } from '../../../src/shared/errors';
import { bookingTransaction, TAKEN_MESSAGE } from '../../../src/main/services/allocation/booking';
import { insertHold } from '../../../src/main/db/repos/allocation/timeline.repo';
import { addUnit, waitingHousehold } from '../../helpers/allocation';
import { GOOD_PASSWORD, setUpWorkspace, TEST_SCRYPT } from '../../helpers/temp-workspace';

/*
 * Two people trying to put two households in the same unit at the same moment: exactly one
 * succeeds, the other is told plainly, and the database holds one booking. Covered three ways:
 * a double click (two calls in flight on one router), two sessions on the same database file in
 * one process, and two processes racing for the write lock.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const CLOCK = '2026-11-20T10:00:00.000Z';

async function fixture() {
  const t = await setUpWorkspace({ start: CLOCK });
  cleanups.push(t.cleanup);
  const unitId = await addUnit(t);
  const a = await waitingHousehold(t, { name: 'Ann First' });
  const b = await waitingHousehold(t, { name: 'Bea Second' });
  return { t, unitId, a: a.householdId, b: b.householdId };
}

const holdInput = (unitId: number, householdId: number) => ({ unitId, householdId, startDate: '2026-11-20', expiresAt: '2026-11-20T22:00:00Z' });
const activeHolds = (t: Awaited<ReturnType<typeof fixture>>['t']) => t.ws.unlocked!.open.db.prepare("SELECT household_id FROM unit_holds WHERE status = 'active'").all();

describe('two people racing to hold the same unit', () => {
  it('a double click: two calls in flight at once, exactly one wins', async () => {
    const { t, unitId, a, b } = await fixture();
    const results = await Promise.all([t.router.call('allocation.hold', holdInput(unitId, a)), t.router.call('allocation.hold', holdInput(unitId, b))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok) as Extract<Result<unknown>, { ok: false }>;
    expect(loser.error.code).toBe('CONFLICT');
    expect(loser.error.message).toMatch(/^D1 is not free for those nights: held for another household/);
    expect(activeHolds(t)).toHaveLength(1);
  });

  it('two sessions on the same database file: the second is refused with a clear message', async () => {
    const { t, unitId, a, b } = await fixture();
    const ws2 = createWorkspace({ paths: vaultPaths(t.ws.deps.paths.dbPath), clock: t.clock, vault: { scrypt: TEST_SCRYPT }, commonPasswords: loadCommonPasswords() });
    const router2 = createAppRouter(ws2, () => {});
    cleanups.unshift(() => ws2.unlocked && lock(ws2, 'sign-out', false));
    expect((await router2.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD })).ok).toBe(true);
    // Both screens showed the unit free; both press "Hold".
    const first = await t.router.call('allocation.hold', holdInput(unitId, a));
    const second = await router2.call('allocation.hold', holdInput(unitId, b));
    expect(first.ok).toBe(true);
    expect(second.ok ? null : second.error.code).toBe('CONFLICT');
    expect(activeHolds(t)).toEqual([{ household_id: a }]);
  });

  it('if the service’s check were ever skipped, the overlap trigger refuses the second booking and the loser gets the plain message', async () => {
    const { t, unitId, a, b } = await fixture();
    await t.ok('allocation.hold', holdInput(unitId, a));
    // Write the second hold inside a booking transaction with no suitability check at all.
    expect(() =>
      bookingTransaction(t.ws, (conn, at) =>
        insertHold(conn, { unitId, householdId: b, referralId: null, startDate: '2026-11-20', endDate: null, expiresAt: '2026-11-20T22:00:00.000Z', note: '', override: null, at, by: null }),
      ),
    ).toThrow(TAKEN_MESSAGE);
    expect(activeHolds(t)).toEqual([{ household_id: a }]);
  });

  it('two processes racing for the write lock: exactly one hold is written, the audit chain stays whole', async () => {
    const { t, unitId, a, b } = await fixture();
    const goFile = join(t.dir, 'go');
    const worker = resolve(__dirname, 'race-worker.ts');
    const launch = (householdId: number) =>
      spawn(process.execPath, ['--import', 'tsx', worker, t.ws.deps.paths.dbPath, goFile, String(unitId), String(householdId), GOOD_PASSWORD, CLOCK], {
        cwd: resolve(__dirname, '../../..'),
      });
    const lines = (p: ChildProcessWithoutNullStreams) => {
      const out: string[] = [];
      let buf = '';
      const waiters: (() => void)[] = [];
      p.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        let i: number;
        while ((i = buf.indexOf('\n')) >= 0) {
          out.push(buf.slice(0, i));
          buf = buf.slice(i + 1);
          waiters.splice(0).forEach((w) => w());
        }
      });
      const stderr: string[] = [];
      p.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
      p.on('exit', () => waiters.splice(0).forEach((w) => w()));
      return {
        async next(): Promise<string> {
          while (out.length === 0) {
            if (p.exitCode !== null) throw new Error(`worker exited: ${stderr.join('')}`);
            await new Promise<void>((r) => waiters.push(r));
          }
          return out.shift()!;
        },
      };
    };
    // Signed in one after the other (sign-in is not what is raced), then released together.
    const pa = launch(a);
    const la = lines(pa);
    expect(await la.next()).toBe('ready');
    const pb = launch(b);
    const lb = lines(pb);
    expect(await lb.next()).toBe('ready');
    writeFileSync(goFile, 'go');
    const results = [JSON.parse(await la.next()), JSON.parse(await lb.next())] as Result<unknown>[];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok) as Extract<Result<unknown>, { ok: false }>;
    expect(loser.error.code).toBe('CONFLICT');
    expect(activeHolds(t)).toHaveLength(1);
    expect(verifyAuditChain(t.ws.unlocked!.open.db).ok).toBe(true);
  }, 180_000);
});
