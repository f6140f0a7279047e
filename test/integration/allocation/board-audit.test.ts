import { afterEach, describe, expect, it } from 'vitest';
import type { Board } from '../../../src/shared/allocation/schemas/board.schema';
import { addUnit, waitingHousehold } from '../../helpers/allocation';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * The board's window through the router (1 to 12 weeks, nothing else), and the audit trail of the
 * board's actions: who moved a household, ended a stay, cancelled a hold or took a unit out of
 * service, on which unit, and why. Real encrypted database; the clock is 20 Nov 2026, 10:00 London.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function start() {
  const t = await setUpWorkspace();
  cleanups.push(t.cleanup);
  await addStaff(t, 'mo', 'manager', 'Mo Manager');
  await signInAs(t, 'mo');
  return t;
}
type T = Awaited<ReturnType<typeof start>>;
const TONIGHT = '2026-11-20';

function auditOf(t: T, action: string) {
  return t.ws.unlocked!.open.db.prepare('SELECT username, entity, entity_id AS entityId, detail FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
    username: string;
    entity: string;
    entityId: string;
    detail: string;
  }[];
}

describe('the board’s window', () => {
  it('shows 1 week and 12 weeks, with what falls inside each', async () => {
    const t = await start();
    const d1 = await addUnit(t, { code: 'D1' });
    // A repair booked 80 nights ahead: inside 12 weeks (84 nights), outside 1 week.
    await t.ok('allocation.outOfService', { unitId: d1, reason: 'repair', startDate: '2027-02-08', endDate: '2027-02-10' });
    const one = await t.ok<Board>('allocation.board', { weeks: 1 });
    expect([one.weeks, one.from, one.to]).toEqual([1, TONIGHT, '2026-11-27']);
    expect(one.entries).toEqual([]);
    const twelve = await t.ok<Board>('allocation.board', { weeks: 12 });
    expect([twelve.weeks, twelve.from, twelve.to]).toEqual([12, TONIGHT, '2027-02-12']);
    expect(twelve.entries).toEqual([expect.objectContaining({ kind: 'out_of_service', start: '2027-02-08', end: '2027-02-10' })]);
  });

  it('refuses 13 weeks, and 0, naming the field', async () => {
    const t = await start();
    for (const [weeks, message] of [
      [13, 'At most 12 weeks.'],
      [0, 'At least 1 week.'],
      [2.5, expect.any(String)],
    ] as const) {
      const r = await t.router.call('allocation.board', { weeks });
      expect(r, `weeks ${weeks}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { weeks: message } } });
    }
  });
});

describe('the audit trail of the board’s actions', () => {
  it('records a move with both units, the date and the reason, against the unit moved to', async () => {
    const t = await start();
    const d1 = await addUnit(t, { code: 'D1' });
    const d2 = await addUnit(t, { code: 'D2' });
    const h = await waitingHousehold(t);
    const stay = await t.ok<{ id: number }>('allocation.arrive', { unitId: d1, householdId: h.householdId, startDate: '2026-11-18' });
    const moved = await t.ok<{ id: number }>('allocation.move', { stayId: stay.id, toUnitId: d2, date: TONIGHT, reason: 'Repair needed in D1' });
    expect(auditOf(t, 'allocation.move')).toEqual([
      { username: 'mo', entity: 'unit', entityId: String(d2), detail: `household ${h.householdId} from D1 to D2 on 20 Nov 2026 (stay ${stay.id} → ${moved.id}): Repair needed in D1` },
    ]);
  });

  it('records the end of a stay with its date and reason', async () => {
    const t = await start();
    const d1 = await addUnit(t, { code: 'D1' });
    const h = await waitingHousehold(t);
    const stay = await t.ok<{ id: number }>('allocation.arrive', { unitId: d1, householdId: h.householdId, startDate: '2026-11-18' });
    await t.ok('allocation.endStay', { stayId: stay.id, endDate: '2026-11-25', reason: 'Moved on to a council flat' });
    expect(auditOf(t, 'allocation.end-stay')).toEqual([
      { username: 'mo', entity: 'unit', entityId: String(d1), detail: `stay ${stay.id} of household ${h.householdId} ends 25 Nov 2026: Moved on to a council flat` },
    ]);
  });

  it('records a cancelled hold with the reason given', async () => {
    const t = await start();
    const d1 = await addUnit(t, { code: 'D1' });
    const h = await waitingHousehold(t);
    const hold = await t.ok<{ id: number }>('allocation.hold', { unitId: d1, householdId: h.householdId, startDate: TONIGHT, expiresAt: '2026-11-20T22:00:00.000Z' });
    await t.ok('allocation.cancelHold', { holdId: hold.id, reason: 'She found a place with family' });
    expect(auditOf(t, 'allocation.cancel-hold')).toEqual([
      { username: 'mo', entity: 'unit', entityId: String(d1), detail: `hold ${hold.id} for household ${h.householdId}: She found a place with family` },
    ]);
  });

  it('records a unit taken out of service, with the reason and dates, and its return', async () => {
    const t = await start();
    const d1 = await addUnit(t, { code: 'D1' });
    const d2 = await addUnit(t, { code: 'D2' });
    const period = await t.ok<{ id: number }>('allocation.outOfService', { unitId: d1, reason: 'repair', startDate: TONIGHT, endDate: '2026-11-27', note: 'Boiler' });
    await t.ok('allocation.outOfService', { unitId: d2, reason: 'void', startDate: '2026-11-22', endDate: null });
    expect(auditOf(t, 'allocation.out-of-service')).toEqual([
      { username: 'mo', entity: 'unit', entityId: String(d1), detail: 'Repair from 20 Nov 2026 until 27 Nov 2026' },
      { username: 'mo', entity: 'unit', entityId: String(d2), detail: 'Void from 22 Nov 2026 (no end date)' },
    ]);
    await t.ok('allocation.endOutOfService', { periodId: period.id, endDate: '2026-11-23' });
    expect(auditOf(t, 'allocation.back-in-service')).toEqual([{ username: 'mo', entity: 'unit', entityId: String(d1), detail: `out-of-service period ${period.id} ends 23 Nov 2026` }]);
  });

  it('writes no entry for an action that was refused', async () => {
    const t = await start();
    const d1 = await addUnit(t, { code: 'D1' });
    const h = await waitingHousehold(t);
    await t.ok('allocation.arrive', { unitId: d1, householdId: h.householdId, startDate: TONIGHT });
    expect((await t.router.call('allocation.outOfService', { unitId: d1, reason: 'repair', startDate: TONIGHT, endDate: null })).ok).toBe(false);
    expect((await t.router.call('allocation.cancelHold', { holdId: 999, reason: 'no such hold' })).ok).toBe(false);
    expect(auditOf(t, 'allocation.out-of-service')).toEqual([]);
    expect(auditOf(t, 'allocation.cancel-hold')).toEqual([]);
  });
});
