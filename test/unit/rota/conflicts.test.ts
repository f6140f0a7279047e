import { describe, expect, it } from 'vitest';
import { resolveRota } from '../../../src/shared/rota/resolve/resolve-rota';
import { cover, input, leave, person, shiftType, version } from './fixtures';

const NIGHT = shiftType(1, 'Waking night');
const PHONE = shiftType(2, 'Sleep-in', { kind: 'sleep_in', covers: ['office'], countsAsWorkingTime: true });
const staff = [person(1, 'Amira'), person(2, 'Bea'), person(3, 'Carl', 'male', { active: false })];
const rotation = { id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', people: [1] })] };
const day = { from: '2026-11-04', to: '2026-11-04' };

describe('conflicts', () => {
  it('shows one person in two places at once', () => {
    const covers = [cover(1, { shiftTypeId: 2, staffId: 1, start: '2026-11-04T20:00', end: '2026-11-05T02:00' })];
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT, PHONE], rotations: [rotation], covers }), day);
    expect(r.conflicts.map((c) => [c.kind, c.staffId, c.startLocal, c.endLocal, c.message])).toEqual([
      ['double_booked', 1, '2026-11-04T22:00', '2026-11-05T00:00', 'Amira is on Sleep-in and Waking night at the same time'],
    ]);
  });

  it('lets on call from home overlap an office shift, but not two shifts in the office', () => {
    const covers = [cover(1, { shiftTypeId: 2, staffId: 1, start: '2026-11-04T20:00', end: '2026-11-05T02:00' })];
    const onCall = resolveRota(input({ staff, shiftTypes: [NIGHT, { ...PHONE, countsAsWorkingTime: false }], rotations: [rotation], covers }), day);
    expect(onCall.conflicts).toEqual([]);
  });

  it('shows someone rostered while on leave, and flags the shift', () => {
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations: [rotation], leave: [leave(1, 1, '2026-11-04T00:00', '2026-11-06T00:00', 'sick')] }), day);
    expect(r.conflicts.map((c) => [c.kind, c.startLocal, c.endLocal, c.message])).toEqual([
      ['on_leave', '2026-11-04T00:00', '2026-11-04T08:00', 'Amira is rostered on Waking night while on leave'],
      ['on_leave', '2026-11-04T22:00', '2026-11-05T00:00', 'Amira is rostered on Waking night while on leave'],
    ]);
    expect(r.assignments.every((a) => a.onLeave)).toBe(true);
  });

  it('shows someone rostered after leaving the staff', () => {
    const covers = [cover(1, { shiftTypeId: 2, staffId: 3, start: '2026-11-04T09:00', end: '2026-11-04T17:00' })];
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT, PHONE], covers }), day);
    expect(r.conflicts.map((c) => [c.kind, c.staffId])).toEqual([['inactive', 3]]);
  });

  it('finds nothing in a clean rota', () => {
    expect(resolveRota(input({ staff, shiftTypes: [NIGHT], rotations: [rotation] }), { from: '2026-11-01', to: '2026-11-30' }).conflicts).toEqual([]);
  });
});
