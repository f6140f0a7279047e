import { afterEach, describe, expect, it } from 'vitest';
import type { Board, Candidate, Match } from '../../../src/shared/allocation/schemas/board.schema';
import { getReferral } from '../../../src/main/db/repos/cases/referrals.repo';
import { addUnit, REFUGE_ROOM, undecidedHousehold, waitingHousehold } from '../../helpers/allocation';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * The allocation journey through the router against a real encrypted database: match a
 * household, hold a unit, confirm the arrival, move, end the stay, out of service, turn-away.
 * The clock is fixed at 20 Nov 2026, 10:00 London.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function start() {
  const t = await setUpWorkspace();
  cleanups.push(t.cleanup);
  return t;
}

type T = Awaited<ReturnType<typeof start>>;
const TONIGHT = '2026-11-20';
const HOLD_UNTIL = '2026-11-20T22:00:00.000Z';

async function fail(t: T, channel: string, input: unknown) {
  const r = await t.router.call(channel, input);
  if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return r.error;
}

const board = (t: T, weeks = 4) => t.ok<Board>('allocation.board', { weeks });
const match = (t: T, householdId: number, startDate: string | null = null) => t.ok<Match>('allocation.match', { householdId, startDate });

describe('matching a household against every unit', () => {
  it('marks a women-only refuge that takes boys up to 12 unsuitable for a mother with a 14-year-old son, and a dispersed flat suitable', async () => {
    const t = await start();
    const refuge = await addUnit(t, REFUGE_ROOM);
    const flat = await addUnit(t, { code: 'D1' });
    const h = await waitingHousehold(t, { children: [{ nameOrInitials: 'Sami', dateOfBirth: '2012-05-01', sex: 'male' }] });
    const m = await match(t, h.householdId);
    expect(m.summary).toBe('Woman, boy 14');
    const r = m.units.find((u) => u.unitId === refuge)!;
    const d = m.units.find((u) => u.unitId === flat)!;
    expect(r.suitable).toBe(false);
    expect(r.reasons.map((x) => x.text)).toEqual(['a boy aged 14 is older than this unit accepts (12)']);
    expect(d.suitable).toBe(true);
    expect(d.rank).toBe(1);
    expect((await t.ok<Candidate[]>('allocation.candidates')).map((c) => c.summary)).toEqual(['Woman, boy 14']);
  });

  it('lists the waiting list and undecided accommodation referrals as households needing a unit', async () => {
    const t = await start();
    const w = await waitingHousehold(t, { name: 'Wendy Wait' });
    const u = await undecidedHousehold(t, 'Una Phone');
    const list = await t.ok<Candidate[]>('allocation.candidates');
    expect(list.map((c) => [c.displayName, c.status])).toEqual([
      ['Wendy Wait', 'waiting'],
      ['Una Phone', 'undecided'],
    ]);
    expect(list[0]!.referralId).toBe(w.referralId);
    expect(list[1]!.referralId).toBe(u.referralId);
  });

  it('refuses the household’s needs it cannot meet, using needs recorded for allocation and the perpetrator’s areas', async () => {
    const t = await start();
    const flat = await addUnit(t, { code: 'D1', floor: 2, locality: 'Harehills', postcodeDistrict: 'LS9' });
    const h = await waitingHousehold(t, { avoidAreas: ['LS9 7AB'] });
    await t.ok('allocation.needs.save', { householdId: h.householdId, needs: { wheelchair: true, pets: true, maxFloor: 0 } });
    const m = await match(t, h.householdId);
    expect(m.units.find((u) => u.unitId === flat)!.reasons.map((r) => r.text)).toEqual([
      'needs wheelchair access',
      'needs step-free access',
      'needs a ground-floor unit (this one is on floor 2)',
      'has a pet; the unit does not allow pets',
      'the unit is in an area the household must avoid (LS9 7AB)',
    ]);
    const needs = await t.ok<{ perpetratorAreas: string[]; needs: { wheelchair: boolean } }>('allocation.needs.get', { householdId: h.householdId });
    expect(needs.perpetratorAreas).toEqual(['LS9 7AB']);
    expect(needs.needs.wheelchair).toBe(true);
  });
});

describe('holding, arrival, move and end of stay', () => {
  it('holds a unit, then confirms the arrival: the hold becomes the stay and the wait ends as "arrived"', async () => {
    const t = await start();
    const flat = await addUnit(t, { code: 'D1' });
    await addUnit(t, { code: 'D2' });
    const h = await waitingHousehold(t);
    expect((await board(t)).freeTonight).toBe(2);

    const hold = await t.ok<{ id: number }>('allocation.hold', { unitId: flat, householdId: h.householdId, startDate: TONIGHT, expiresAt: HOLD_UNTIL });
    let b = await board(t);
    expect(b.freeTonight).toBe(1);
    expect(b.units.find((u) => u.id === flat)!.tonight).toBe('held');
    expect(b.entries).toEqual([expect.objectContaining({ kind: 'hold', id: hold.id, unitId: flat, displayName: 'Amira Haddad', expiresAt: HOLD_UNTIL })]);
    expect((await t.ok<Candidate[]>('allocation.candidates'))[0]!.holds).toEqual([{ holdId: hold.id, unitId: flat }]);

    const stay = await t.ok<{ id: number }>('allocation.arrive', { unitId: flat, householdId: h.householdId, startDate: TONIGHT, expectedEndDate: '2027-02-20' });
    b = await board(t);
    expect(b.units.find((u) => u.id === flat)!.tonight).toBe('occupied');
    expect(b.entries).toEqual([expect.objectContaining({ kind: 'stay', id: stay.id, start: TONIGHT, end: null, expectedEnd: '2027-02-20' })]);
    const db = t.ws.unlocked!.open.db;
    expect(db.prepare('SELECT status, close_reason FROM unit_holds WHERE id = ?').get(hold.id)).toEqual({ status: 'converted', close_reason: 'arrived' });
    expect(getReferral(db, h.referralId)).toMatchObject({ waiting_end_reason: 'arrived' });
    expect(await t.ok<unknown[]>('waitingList.list')).toEqual([]);
    const actions = (db.prepare("SELECT action FROM audit_log WHERE action LIKE 'allocation.%' ORDER BY id").all() as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['allocation.hold', 'allocation.arrive']));
  });

  it('an undecided referral placed tonight is accepted and leaves the list of households needing a unit', async () => {
    const t = await start();
    const flat = await addUnit(t);
    const u = await undecidedHousehold(t);
    await t.ok('allocation.arrive', { unitId: flat, householdId: u.householdId, startDate: TONIGHT });
    const r = getReferral(t.ws.unlocked!.open.db, u.referralId)!;
    expect([r.status, r.accepted_to, r.waiting_end_reason]).toEqual(['accepted', 'waiting_unit', 'arrived']);
    expect(await t.ok<unknown[]>('allocation.candidates')).toEqual([]);
  });

  it('refuses to hold or place a second household in a unit for overlapping nights, saying why', async () => {
    const t = await start();
    const flat = await addUnit(t, { code: 'D1' });
    const a = await waitingHousehold(t, { name: 'Ann First' });
    const b = await waitingHousehold(t, { name: 'Bea Second' });
    await t.ok('allocation.arrive', { unitId: flat, householdId: a.householdId, startDate: TONIGHT });
    const e1 = await fail(t, 'allocation.hold', { unitId: flat, householdId: b.householdId, startDate: '2026-12-01', expiresAt: HOLD_UNTIL });
    expect(e1.code).toBe('CONFLICT');
    expect(e1.message).toBe('D1 is not free for those nights: occupied (no end date). Nothing was changed.');
    const e2 = await fail(t, 'allocation.arrive', { unitId: flat, householdId: b.householdId, startDate: TONIGHT });
    expect(e2.message).toMatch(/^D1 is not free for those nights: occupied/);
    // A household cannot be in two units either.
    const other = await addUnit(t, { code: 'D2' });
    const e3 = await fail(t, 'allocation.arrive', { unitId: other, householdId: a.householdId, startDate: TONIGHT });
    expect(e3.message).toBe('This household is already staying in D1: use "Move" to move them. Nothing was changed.');
  });

  it('lets a hold lapse at its expiry: the unit is free again and another household can hold it', async () => {
    const t = await start();
    const flat = await addUnit(t);
    const a = await waitingHousehold(t, { name: 'Ann First' });
    const b = await waitingHousehold(t, { name: 'Bea Second' });
    const first = await t.ok<{ id: number }>('allocation.hold', { unitId: flat, householdId: a.householdId, startDate: TONIGHT, expiresAt: '2026-11-20T12:00:00Z' });
    t.clock.set('2026-11-20T12:00:01Z');
    expect((await board(t)).freeTonight).toBe(1);
    await t.ok('allocation.hold', { unitId: flat, householdId: b.householdId, startDate: TONIGHT, expiresAt: HOLD_UNTIL });
    expect(t.ws.unlocked!.open.db.prepare('SELECT status FROM unit_holds WHERE id = ?').get(first.id)).toEqual({ status: 'expired' });
  });

  it('cancels a hold with a reason; a cancelled hold cannot be cancelled twice', async () => {
    const t = await start();
    const flat = await addUnit(t);
    const a = await waitingHousehold(t);
    const hold = await t.ok<{ id: number }>('allocation.hold', { unitId: flat, householdId: a.householdId, startDate: TONIGHT, expiresAt: HOLD_UNTIL });
    await t.ok('allocation.cancelHold', { holdId: hold.id, reason: 'She found a place with family' });
    expect((await board(t)).freeTonight).toBe(1);
    expect((await fail(t, 'allocation.cancelHold', { holdId: hold.id, reason: 'again' })).code).toBe('CONFLICT');
  });

  it('moves a household to another unit: one stay ends the morning the next begins, and the length of stay counts them as one', async () => {
    const t = await start();
    const d1 = await addUnit(t, { code: 'D1' });
    const d2 = await addUnit(t, { code: 'D2' });
    const a = await waitingHousehold(t);
    t.clock.set('2026-11-10T10:00:00Z');
    const stay = await t.ok<{ id: number }>('allocation.arrive', { unitId: d1, householdId: a.householdId, startDate: '2026-11-10' });
    t.clock.set('2026-11-20T10:00:00Z');
    const moved = await t.ok<{ id: number }>('allocation.move', { stayId: stay.id, toUnitId: d2, date: TONIGHT, reason: 'Repair needed in D1' });
    const b = await board(t);
    expect(b.units.find((u) => u.id === d1)!.tonight).toBe('free');
    expect(b.units.find((u) => u.id === d2)!.tonight).toBe('occupied');
    await t.ok('allocation.endStay', { stayId: moved.id, endDate: '2026-11-25', reason: 'Moved on to a council flat' });
    const f = await t.ok<{ staysEnded: number; averageStayNights: number; occupiedNights: number }>('allocation.figures', { from: '2026-11-01', to: '2026-11-30' });
    expect(f.staysEnded).toBe(1);
    expect(f.averageStayNights).toBe(15);
    expect(f.occupiedNights).toBe(15);
  });

  it('ends a stay on a future morning (a planned departure): the unit can be held from that morning, not before', async () => {
    const t = await start();
    const flat = await addUnit(t, { code: 'D1' });
    const a = await waitingHousehold(t, { name: 'Ann First' });
    const b = await waitingHousehold(t, { name: 'Bea Second' });
    const stay = await t.ok<{ id: number }>('allocation.arrive', { unitId: flat, householdId: a.householdId, startDate: TONIGHT });
    await t.ok('allocation.endStay', { stayId: stay.id, endDate: '2026-11-27', reason: 'Planned move-on' });
    expect((await fail(t, 'allocation.hold', { unitId: flat, householdId: b.householdId, startDate: '2026-11-26', expiresAt: HOLD_UNTIL })).code).toBe('CONFLICT');
    await t.ok('allocation.hold', { unitId: flat, householdId: b.householdId, startDate: '2026-11-27', expiresAt: HOLD_UNTIL });
  });

  it('an arrival recorded in error is cancelled by ending it on its first night, and stops counting', async () => {
    const t = await start();
    const flat = await addUnit(t);
    const a = await waitingHousehold(t);
    const stay = await t.ok<{ id: number }>('allocation.arrive', { unitId: flat, householdId: a.householdId, startDate: TONIGHT });
    await t.ok('allocation.endStay', { stayId: stay.id, endDate: TONIGHT, reason: 'Wrong unit chosen' });
    expect((await board(t)).freeTonight).toBe(1);
    expect(t.ws.unlocked!.open.db.prepare('SELECT status FROM unit_stays WHERE id = ?').get(stay.id)).toEqual({ status: 'cancelled' });
  });

  it('refuses an arrival in the future (that is a hold) or more than a week ago', async () => {
    const t = await start();
    const flat = await addUnit(t);
    const a = await waitingHousehold(t);
    expect((await fail(t, 'allocation.arrive', { unitId: flat, householdId: a.householdId, startDate: '2026-11-21' })).fields).toEqual({ startDate: 'The arrival cannot be after 20 Nov 2026.' });
    expect((await fail(t, 'allocation.arrive', { unitId: flat, householdId: a.householdId, startDate: '2026-11-12' })).fields).toEqual({ startDate: 'The arrival cannot be before 13 Nov 2026.' });
  });
});

describe('out of service', () => {
  it('takes a free unit out of service (the board and the match show it) and refuses while a household stays there', async () => {
    const t = await start();
    const d1 = await addUnit(t, { code: 'D1' });
    const d2 = await addUnit(t, { code: 'D2' });
    const a = await waitingHousehold(t);
    const period = await t.ok<{ id: number }>('allocation.outOfService', { unitId: d1, reason: 'repair', startDate: TONIGHT, endDate: '2026-11-27', note: 'Boiler' });
    const b = await board(t);
    expect(b.freeTonight).toBe(1);
    expect(b.totalUnits).toBe(2);
    expect(b.entries).toEqual([expect.objectContaining({ kind: 'out_of_service', reason: 'repair', start: TONIGHT, end: '2026-11-27' })]);
    const m = await match(t, a.householdId);
    expect(m.units.find((u) => u.unitId === d1)!.reasons).toEqual([{ code: 'out_of_service', text: 'out of service (repair) until 27 Nov 2026', availability: true }]);
    await t.ok('allocation.arrive', { unitId: d2, householdId: a.householdId, startDate: TONIGHT });
    const e = await fail(t, 'allocation.outOfService', { unitId: d2, reason: 'cleaning', startDate: '2026-11-22', endDate: null });
    expect(e.message).toBe('D2 has a household staying from 20 Nov 2026: end or move the stay first.');
    await t.ok('allocation.endOutOfService', { periodId: period.id, endDate: '2026-11-22' });
    expect((await board(t)).entries.find((x) => x.kind === 'out_of_service')!.end).toBe('2026-11-22');
  });
});

describe('turn-aways', () => {
  it('records an undecided referral as not supported for capacity, with the unit types that were full', async () => {
    const t = await start();
    const u = await undecidedHousehold(t);
    await t.ok('allocation.turnAway', { referralId: u.referralId, reason: 'capacity', unitTypesFull: ['refuge', 'dispersed'], note: 'All refuge rooms full tonight' });
    const r = getReferral(t.ws.unlocked!.open.db, u.referralId)!;
    expect([r.status, r.not_supported_reason, JSON.parse(r.unit_types_full)]).toEqual(['not_supported', 'capacity', ['refuge', 'dispersed']]);
    const f = await t.ok<{ turnAways: number; turnAwaysByReason: Record<string, number>; unitTypesFull: Record<string, number> }>('allocation.figures', {
      from: TONIGHT,
      to: TONIGHT,
    });
    expect(f).toMatchObject({ turnAways: 1, turnAwaysByReason: { capacity: 1 }, unitTypesFull: { refuge: 1, dispersed: 1 } });
  });

  it('keeps a household already on the waiting list on it', async () => {
    const t = await start();
    const w = await waitingHousehold(t);
    const e = await fail(t, 'allocation.turnAway', { referralId: w.referralId, reason: 'no_suitable_unit', unitTypesFull: [] });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/already on the waiting list/);
  });
});

describe('vacancies', () => {
  it('lists free units for a night with what they are and whom they take, never an address or place', async () => {
    const t = await start();
    await addUnit(t, { ...REFUGE_ROOM, address: '1 Secret Road', name: 'Rose House' });
    const flat = await addUnit(t, { code: 'D1' });
    const a = await waitingHousehold(t);
    await t.ok('allocation.arrive', { unitId: flat, householdId: a.householdId, startDate: TONIGHT });
    const v = await t.ok<{ date: string; vacancies: Record<string, unknown>[] }>('vacancies.list', { date: TONIGHT });
    expect(v.vacancies).toHaveLength(1);
    expect(v.vacancies[0]).toMatchObject({ code: 'R1', type: 'refuge', singleSex: 'women_only', oldestBoy: 12, freeUntil: null });
    const text = JSON.stringify(v);
    for (const secret of ['Secret', 'Rose', 'Headingley', 'LS6']) expect(text).not.toContain(secret);
  });
});
