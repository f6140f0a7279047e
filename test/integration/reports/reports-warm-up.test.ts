import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentFactStore } from '../../../src/main/services/reports/fact-store/fact-store';
import { warmReportsAfterSignIn } from '../../../src/main/services/reports/reports-warm-up';
import { lock, signIn } from '../../../src/main/services/session.service';
import { requireDb } from '../../../src/main/services/workspace';
import { setMustChangePassword } from '../../../src/main/db/repos/users.repo';
import { GOOD_PASSWORD, setUpWorkspace } from '../../helpers/temp-workspace';
import { addStaff, signInAs, userRow } from '../../helpers/staff';

/*
 * After a manager signs in, the reports' records are read from the snapshot on the next turn, so
 * their first report does not wait for them. Everyone else's session holds nothing extra, a
 * store that needs a rebuild is left to the first report, and a session that ended first gets
 * nothing. Observed through the store itself: a store already made comes back "kept".
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const FY = { kind: 'financial_year', year: 2025 } as const;

beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-04-20T10:00:00Z' });
  t.clock.set('2025-06-01T12:00:00Z');
  await t.ok('referrals.create', { receivedAt: '2025-06-01T10:00:00Z', source: 'police', name: 'Anna Ash', requests: ['refuge'] });
  await addStaff(t, 'mona', 'manager');
  await addStaff(t, 'sam', 'support_worker');
  // The first report writes the snapshot the warm-up reads.
  await t.ok('reports.run', { report: 'annual-return', period: FY });
});
afterEach(() => t.cleanup());

const howTheStoreCame = () => currentFactStore(requireDb(t.ws), t.clock.now()).last;

describe('the reports warm-up after signing in', () => {
  it('reads a manager’s reports records on the next turn', async () => {
    await signInAs(t, 'mona');
    await nextTurn();
    expect(howTheStoreCame()).toBe('kept');
  });

  it('reads nothing for someone who may not run reports, or a manager who must first change their password', async () => {
    await signInAs(t, 'sam');
    await nextTurn();
    expect(howTheStoreCame()).toBe('snapshot');
    setMustChangePassword(requireDb(t.ws), userRow(t, 'mona')!.id, true);
    await signInAs(t, 'mona');
    await nextTurn();
    expect(howTheStoreCame()).toBe('snapshot');
  });

  it('leaves a rebuild to the first report', async () => {
    requireDb(t.ws).exec('DELETE FROM report_snapshot');
    await signInAs(t, 'mona');
    await nextTurn();
    expect(howTheStoreCame()).toBe('rebuilt');
  });

  it('does nothing for a session that ended before its turn came', async () => {
    await t.ok('session.signOut');
    await signIn(t.ws, { username: 'mona', password: GOOD_PASSWORD });
    let pending: (() => void) | undefined;
    warmReportsAfterSignIn(t.ws, (run) => (pending = run));
    lock(t.ws, 'sign-out', false);
    // Signed in again (without the router, so without a warm-up of its own): the old turn comes late.
    await signIn(t.ws, { username: 'mona', password: GOOD_PASSWORD });
    pending!();
    expect(howTheStoreCame()).toBe('snapshot');
    // The same turn for the session it was scheduled for does read the records.
    warmReportsAfterSignIn(t.ws, (run) => (pending = run));
    pending!();
    expect(howTheStoreCame()).toBe('kept');
  });
});
