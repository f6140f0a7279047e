import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportResult } from '../../../src/shared/reports/result.schema';
import { addUnit, waitingHousehold } from '../../helpers/allocation';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { nonZero } from '../reports/figures-of';

/*
 * A household that finds somewhere else (or is referred on) while waiting for a unit leaves the
 * waiting list with a recorded reason: its hold is released, and the reports stop counting it as
 * supported from that day. Before, such a household stayed "supported" in every later year.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;

beforeEach(async () => {
  t = await setUpWorkspace({ start: '2025-05-01T09:00:00Z' });
});
afterEach(() => t.cleanup());

async function waitingIds(): Promise<number[]> {
  return (await t.ok<{ referralId: number }[]>('waitingList.list')).map((e) => e.referralId);
}

describe('taking a household off the waiting list', () => {
  it('records the reason, releases its hold, and is refused for a household not on the list', async () => {
    const unitId = await addUnit(t, { code: 'R1' });
    const w = await waitingHousehold(t, { name: 'Wren Waite' });
    const hold = await t.ok<{ id: number }>('allocation.hold', { unitId, householdId: w.householdId, referralId: w.referralId, startDate: '2025-05-02', expiresAt: '2025-05-02T09:00:00Z' });
    expect(await waitingIds()).toEqual([w.referralId]);

    const bad = await t.router.call('waitingList.leave', { referralId: w.referralId, reason: 'moved_to_mars' });
    expect(bad.ok).toBe(false);
    expect(await waitingIds()).toEqual([w.referralId]);

    await t.ok('waitingList.leave', { referralId: w.referralId, reason: 'found_elsewhere', note: 'Staying with her sister in another county.' });
    expect(await waitingIds()).toEqual([]);
    const db = t.ws.unlocked!.open.db;
    expect(db.prepare('SELECT waiting_end_reason AS r FROM referrals WHERE id = ?').get(w.referralId)).toEqual({
      r: 'Found safe accommodation elsewhere: Staying with her sister in another county.',
    });
    expect(db.prepare('SELECT status, close_reason FROM unit_holds WHERE id = ?').get(hold.id)).toEqual({
      status: 'cancelled',
      close_reason: 'left the waiting list: Found safe accommodation elsewhere',
    });
    expect(db.prepare("SELECT detail FROM audit_log WHERE action = 'waiting-list.end' AND entity_id = ?").all(String(w.referralId))).toEqual([{ detail: 'found_elsewhere' }]);

    const again = await t.router.call('waitingList.leave', { referralId: w.referralId, reason: 'referred_on' });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
  });

  it('is for managers: a night worker is refused and the household stays on the list', async () => {
    const w = await waitingHousehold(t);
    await addStaff(t, 'nina', 'night_worker');
    await signInAs(t, 'nina');
    const r = await t.router.call('waitingList.leave', { referralId: w.referralId, reason: 'lost_contact' });
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    expect(await waitingIds()).toEqual([w.referralId]);
  });

  it('ends support in the reports on the day the household left the list', async () => {
    // Both accepted onto the list on 1 May 2025 with no stay or contact: supported from that day.
    // Wren leaves the list on 10 February 2026 (no exit recorded): supported in 2025–26 for 9
    // months, not in 2026–27. Stella is still waiting: supported in both years (11 months to the
    // end of 2025–26; 2 years to the end of 2026–27, which is "12 to 24 months" until it passes).
    const w = await waitingHousehold(t, { name: 'Wren Waite' });
    await waitingHousehold(t, { name: 'Stella Stays' });
    t.clock.set('2026-02-10T15:00:00Z');
    await t.ok('waitingList.leave', { referralId: w.referralId, reason: 'referred_on' });
    t.clock.set('2027-05-01T09:00:00Z');

    const y25 = nonZero(await t.ok<ReportResult>('reports.run', { report: 'quarterly', period: { kind: 'financial_year', year: 2025 } }));
    const y26 = nonZero(await t.ok<ReportResult>('reports.run', { report: 'quarterly', period: { kind: 'financial_year', year: 2026 } }));
    expect(y25.supported_gender).toEqual({ not_known: { adult: 2, total: 2 }, total: { adult: 2, total: 2 } });
    expect(y25.length_of_support).toEqual({ '6_12m': { count: 2 }, total: { count: 2 } });
    expect(y26.supported_gender).toEqual({ not_known: { adult: 1, total: 1 }, total: { adult: 1, total: 1 } });
    expect(y26.length_of_support).toEqual({ '12_24m': { count: 1 }, total: { count: 1 } });
  });
});

