import { afterEach, describe, expect, it } from 'vitest';
import type { RetentionPreview } from '../../../src/shared/retention/schedule';
import { addStaff, signInAs } from '../../helpers/staff';
import { advanceDays, communityHousehold, residentHousehold, todayOf } from '../../helpers/support';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * Supported households are never set to status 'closed': one that has left keeps 'accepted' with
 * its exit recorded. The retention rule must still see it as a closed case once its support has
 * ended — and never while anything of it is still running.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const EXIT = { planned: false, reason: 'stopped_needing_support', destination: 'own_home', achievingIndependence: 'yes' } as const;

describe('retention of households that were supported', () => {
  it('a household that left years ago is due as a closed case; one still on move-on support, still in its unit, or exited recently is not', async () => {
    const t = await setUpWorkspace({ start: '2020-03-01T10:00:00Z' });
    cleanups.push(t.cleanup);
    await addStaff(t, 'mia', 'manager', 'Mia Manager');
    await signInAs(t, 'mia');

    // Left the refuge in 2020 (unplanned exit, no follow-up): support over for six and a half years.
    const leftLongAgo = await residentHousehold(t, { name: 'Ottilie Gone', unitCode: 'R1' });
    advanceDays(t, 30);
    await t.ok('exits.record', { householdId: leftLongAgo.householdId, exitedOn: todayOf(t), ...EXIT });
    // Community support ended in 2020 too.
    const community = await communityHousehold(t, 'Cara Community');
    await t.ok('exits.record', { householdId: community.householdId, exitedOn: todayOf(t), ...EXIT });
    // Left in 2020 onto move-on support that was never ended: still running.
    const moveOn = await residentHousehold(t, { name: 'Marnie Moving', unitCode: 'R2' });
    advanceDays(t, 1);
    await t.ok('exits.record', {
      householdId: moveOn.householdId,
      exitedOn: todayOf(t),
      planned: true,
      reason: 'moved_on_planned',
      destination: 'own_tenancy',
      achievingIndependence: 'partly',
      startMoveOn: true,
    });
    // Arrived in 2020 and still living in the unit.
    const stillThere = await residentHousehold(t, { name: 'Stella Staying', unitCode: 'R3' });

    // Years later: one leaves last year (inside the six years).
    t.clock.set('2025-09-01T10:00:00Z');
    const recent = await residentHousehold(t, { name: 'Rhea Recent', unitCode: 'R4' });
    advanceDays(t, 20);
    await t.ok('exits.record', { householdId: recent.householdId, exitedOn: todayOf(t), ...EXIT });

    t.clock.set('2026-11-20T10:00:00Z');
    const p = await t.ok<RetentionPreview>('retention.preview');
    const due = new Map(p.cases.map((c) => [c.householdId, c.reason]));
    expect(due.get(leftLongAgo.householdId)).toBe('closed_case');
    expect(due.get(community.householdId)).toBe('closed_case');
    expect(due.has(moveOn.householdId)).toBe(false);
    expect(due.has(stillThere.householdId)).toBe(false);
    expect(due.has(recent.householdId)).toBe(false);
    expect(p.counts.closedCases).toBe(2);

    // Ending the move-on support (recorded today, dated back to 2020) lets the household go in
    // time — counted from when the end was recorded, as anything written about a case is.
    await t.ok('support.moveOn.end', { householdId: moveOn.householdId, endedOn: '2020-05-01' });
    const after = await t.ok<RetentionPreview>('retention.preview');
    expect(after.cases.some((c) => c.householdId === moveOn.householdId)).toBe(false);
    t.clock.set('2032-11-21T10:00:00Z');
    const later = await t.ok<RetentionPreview>('retention.preview');
    expect(later.cases.find((c) => c.householdId === moveOn.householdId)?.reason).toBe('closed_case');
    expect(later.cases.some((c) => c.householdId === stillThere.householdId)).toBe(false);
  });
});
