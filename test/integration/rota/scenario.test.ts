import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { addRotaPerson } from './rota-helpers';

/*
 * The story: a manager creates a four-week night on-call rotation for four people, a
 * female worker books leave, a gap "no female worker reachable" appears for those nights, an
 * override fills it and the gap disappears.
 */

type Gap = { startLocal: string; endLocal: string; reason: string };
type Rota = { gaps: Gap[]; conflicts: { kind: string }[]; assignments: { staffId: number; startLocal: string }[] };

let t: Awaited<ReturnType<typeof setUpWorkspace>>;
const ids: Record<string, number> = {};
let onCall = 0;
const period = { from: '2026-11-30', to: '2026-12-06' };

beforeAll(async () => {
  t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
  for (const [name, sex, role] of [
    ['Amira', 'female', 'night_worker'],
    ['Bea', 'female', 'night_worker'],
    ['Cath', 'female', 'support_worker'],
    ['Dora', 'female', 'support_worker'],
    ['Ed', 'male', 'night_worker'],
  ] as const) {
    ids[name] = (await addRotaPerson(t, name, sex, { role })).staffId;
  }
  await addRotaPerson(t, 'Mo', 'male', { role: 'manager' });
});
afterAll(() => t.cleanup());

describe('a female worker’s leave leaves nobody female reachable until an override fills it', () => {
  it('the manager sets up the night on-call rotation and the requirement', async () => {
    await signInAs(t, 'mo');
    onCall = (await t.ok<{ id: number }>('rota.shiftTypes.add', { name: 'Night on call', kind: 'on_call_phone', defaultStart: '22:00', defaultEnd: '08:00', covers: ['phone'], nightWork: false, countsAsWorkingTime: false })).id;
    const waking = await t.ok<{ id: number }>('rota.shiftTypes.add', { name: 'Waking night', kind: 'waking_night', defaultStart: '22:00', defaultEnd: '08:00', covers: ['office', 'phone'], nightWork: true, countsAsWorkingTime: true });
    // A week each, in turn, starting Monday 23 November: Amira has the week of 30 November.
    await t.ok('rota.rotations.add', { name: 'Night on call', shiftTypeId: onCall, startDate: '2026-11-23', startTime: '22:00', endTime: '08:00', turnLengthDays: 7, people: [ids.Dora, ids.Amira, ids.Bea, ids.Cath] });
    // A male waking night worker is on site every night, so someone is always reachable.
    await t.ok('rota.rotations.add', { name: 'Waking nights', shiftTypeId: waking.id, startDate: '2026-11-23', startTime: '22:00', endTime: '08:00', turnLengthDays: 1, people: [ids.Ed] });
    await t.ok('rota.requirements.add', { label: 'Female worker reachable at night', from: '22:00', to: '08:00', minPeople: 1, requiredSex: 'female' });
    const rota = await t.ok<Rota>('rota.resolve', period);
    expect(rota.gaps).toEqual([]);
    expect(rota.assignments.filter((a) => a.staffId === ids.Amira)).toHaveLength(7);
  });

  it('Amira books three nights’ leave and the gap appears for exactly those nights', async () => {
    await signInAs(t, 'amira');
    await t.ok('rota.leave.add', { staffId: ids.Amira, start: '2026-12-01T12:00', end: '2026-12-04T12:00', type: 'annual' });
    await signInAs(t, 'mo');
    const rota = await t.ok<Rota>('rota.resolve', period);
    expect(rota.gaps.map((g) => [g.startLocal, g.endLocal, g.reason])).toEqual([
      ['2026-12-01T22:00', '2026-12-02T08:00', 'no female worker reachable'],
      ['2026-12-02T22:00', '2026-12-03T08:00', 'no female worker reachable'],
      ['2026-12-03T22:00', '2026-12-04T08:00', 'no female worker reachable'],
    ]);
    expect(rota.conflicts.map((c) => c.kind)).toEqual(['on_leave', 'on_leave', 'on_leave']);
    const now = await t.ok<{ femaleReachable: unknown[]; maleReachable: { name: string }[]; gapsNow: Gap[] }>('rota.onNow', { at: '2026-12-02T01:00:00Z' });
    expect(now.femaleReachable).toEqual([]);
    expect(now.maleReachable.map((p) => p.name)).toEqual(['Ed']);
    expect(now.gapsNow.map((g) => g.reason)).toEqual(['no female worker reachable']);
  });

  it('an override puts Bea on for those nights and the gap disappears', async () => {
    await t.ok('rota.overrides.add', { shiftTypeId: onCall, staffId: ids.Bea, replacesStaffId: ids.Amira, start: '2026-12-01T22:00', end: '2026-12-04T08:00', note: 'Covering Amira’s leave' });
    const rota = await t.ok<Rota>('rota.resolve', period);
    expect(rota.gaps).toEqual([]);
    expect(rota.conflicts).toEqual([]);
    const now = await t.ok<{ femaleReachable: { name: string }[]; phone: { name: string }[] }>('rota.onNow', { at: '2026-12-02T01:00:00Z' });
    expect(now.femaleReachable.map((p) => p.name)).toEqual(['Bea']);
    expect(now.phone.map((p) => p.name).sort()).toEqual(['Bea', 'Ed']);
  });
});
