import { describe, expect, it } from 'vitest';
import { coverAt } from '../../../src/shared/rota/cover-at';
import { spread } from '../../../src/shared/rota/resolve/load';
import { resolveRota } from '../../../src/shared/rota/resolve/resolve-rota';
import { cover, input, leave, person, shiftType, version } from './fixtures';

const NIGHT = shiftType(1, 'Waking night');
const MOC = shiftType(2, 'Manager on call', { kind: 'manager_on_call', covers: ['manager_on_call'], countsAsWorkingTime: false, nightWork: false });
const DAY = shiftType(3, 'Office day', { kind: 'office_day', nightWork: false, covers: ['office', 'phone'] });
const staff = [person(1, 'Amira'), person(2, 'Bea'), person(3, 'Carl', 'male'), person(4, 'Dora', 'female', { contractedHours: null })];

describe('hours, nights, weekends and fairness', () => {
  it('counts each person’s hours, nights and weekend shifts, and the spread across them', () => {
    const rotations = [{ id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', people: [1, 2] })] }];
    // Week of Mon 2 Nov: Amira has Mon, Wed, Fri, Sun nights; Bea Tue, Thu, Sat.
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations }), { from: '2026-11-02', to: '2026-11-08' });
    const amira = r.people.find((p) => p.staffId === 1)!;
    const bea = r.people.find((p) => p.staffId === 2)!;
    // Only 2 hours of Amira's Sunday night fall in the period; her Friday night is a weekend
    // shift (8 hours on Saturday), her Sunday night is not (2 hours on Sunday).
    expect([amira.hours, amira.shifts, amira.nights, amira.weekends]).toEqual([32, 4, 4, 1]);
    expect([bea.hours, bea.shifts, bea.nights, bea.weekends]).toEqual([30, 3, 3, 1]);
    expect(r.fairness.hours).toEqual({ mean: 31, sd: 1, cv: 0.032 });
    expect(r.fairness.nightsWeekends).toEqual({ mean: 4.5, sd: 0.5, cv: 0.111 });
    expect(amira.contractShare).toBeCloseTo(32 / 37.5, 3);
    expect(r.fairness.definition).toMatch(/coefficient of variation/);
  });

  it('includes rotation members with no shifts in the period in the fairness figure', () => {
    const rotations = [{ id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', turnLengthDays: 7, people: [1, 2] })] }];
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations }), { from: '2026-11-03', to: '2026-11-04' });
    // Amira: the end of Monday's night, Tuesday's, and the start of Wednesday's.
    expect(r.people.map((p) => [p.staffId, p.hours])).toEqual([
      [1, 20],
      [2, 0],
    ]);
    expect(r.fairness.hours.cv).toBe(1);
  });

  it('computes spread as population standard deviation over the mean', () => {
    expect(spread([])).toEqual({ mean: 0, sd: 0, cv: 0 });
    expect(spread([0, 0])).toEqual({ mean: 0, sd: 0, cv: 0 });
    expect(spread([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, sd: 2, cv: 0.4 });
  });
});

describe('who covers what at a moment', () => {
  const rotations = [
    { id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', people: [1, 2] })] },
    { id: 2, versions: [version(2, { shiftTypeId: 2, startDate: '2026-11-02', startTime: '09:00', endTime: '09:00', turnLengthDays: 7, people: [3] })] },
    { id: 3, versions: [version(3, { shiftTypeId: 3, startDate: '2026-11-02', startTime: '08:00', endTime: '22:00', people: [4] })] },
  ];
  const rota = (extra = {}) => resolveRota(input({ staff, shiftTypes: [NIGHT, MOC, DAY], rotations, ...extra }), { from: '2026-11-03', to: '2026-11-05' });

  it('names the office, phone, manager on call, and female and male workers reachable', () => {
    const now = coverAt(rota(), '2026-11-03T23:30:00Z');
    expect(now.atLocal).toBe('2026-11-03T23:30');
    expect(now.office.map((p) => p.name)).toEqual(['Bea']);
    expect(now.phone.map((p) => p.name)).toEqual(['Bea']);
    expect(now.managerOnCall.map((p) => p.name)).toEqual(['Carl']);
    expect(now.femaleReachable.map((p) => p.name)).toEqual(['Bea']);
    expect(now.maleReachable.map((p) => p.name)).toEqual(['Carl']);
    expect(now.nextHandover).toMatchObject({ atLocal: '2026-11-04T08:00', coming: [{ name: 'Dora' }], going: [{ name: 'Bea' }] });
    expect(now.validUntil).toBe('2026-11-04T08:00:00.000Z');
  });

  it('skips a person handing over to themselves (the manager on call’s 24-hour shifts)', () => {
    const now = coverAt(rota(), '2026-11-04T08:30:00Z');
    expect(now.nextHandover?.atLocal).toBe('2026-11-04T22:00');
  });

  it('leaves out someone on leave at that moment, and shows the gap', () => {
    const r = rota({ leave: [leave(1, 2, '2026-11-03T20:00', '2026-11-04T10:00')], requirements: [{ id: 1, label: 'Night', shiftTypeId: 1, from: '22:00', to: '08:00', daysOfWeek: [1, 2, 3, 4, 5, 6, 7], minPeople: 1, requiredSkill: null, requiredSex: null, active: true }] });
    const now = coverAt(r, '2026-11-03T23:30:00Z');
    expect(now.office).toEqual([]);
    expect(now.gapsNow.map((g) => g.reason)).toEqual(['no worker on Waking night']);
  });

  it('includes cover added on top', () => {
    const r = rota({ covers: [cover(1, { shiftTypeId: 1, staffId: 3, start: '2026-11-03T22:00', end: '2026-11-04T02:00' })] });
    expect(coverAt(r, '2026-11-03T23:30:00Z').office.map((p) => p.name)).toEqual(['Bea', 'Carl']);
  });
});
