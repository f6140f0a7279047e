import { describe, expect, it } from 'vitest';
import { resolveRota } from '../../../src/shared/rota/resolve/resolve-rota';
import { input, person, shiftType, version } from './fixtures';

const staff = [person(1, 'Amira'), person(2, 'Bea'), person(3, 'Cath'), person(4, 'Dev', 'male')];
const NIGHT = shiftType(1, 'On-call phone', { kind: 'on_call_phone', covers: ['phone'], countsAsWorkingTime: false, nightWork: false });
const who = (r: ReturnType<typeof resolveRota>) => r.assignments.map((a) => [a.staffId, a.startLocal, a.endLocal]);

describe('rotations', () => {
  it('takes turns in order, a turn lasting the given number of days', () => {
    const rotations = [{ id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', turnLengthDays: 7, people: [1, 2, 3, 4] })] }];
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations }), { from: '2026-11-02', to: '2026-11-30' });
    const firstOf = (date: string) => r.assignments.find((a) => a.startLocal.startsWith(date))!.staffId;
    expect([firstOf('2026-11-02'), firstOf('2026-11-08'), firstOf('2026-11-09'), firstOf('2026-11-16'), firstOf('2026-11-23'), firstOf('2026-11-30')]).toEqual([1, 1, 2, 3, 4, 1]);
  });

  it('runs only on the chosen days of the week', () => {
    const rotations = [{ id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', startTime: '09:00', endTime: '17:00', daysOfWeek: [1, 2, 3, 4, 5], people: [1] })] }];
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations }), { from: '2026-11-02', to: '2026-11-08' });
    expect(r.assignments.map((a) => a.startLocal.slice(0, 10))).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
  });

  it('passes a 24-hour shift to the next person at the handover time', () => {
    const rotations = [
      { id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', startTime: '00:00', endTime: '00:00', handoverTime: '09:00', turnLengthDays: 7, people: [1, 2] })] },
    ];
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations }), { from: '2026-11-09', to: '2026-11-09' });
    expect(who(r)).toEqual([
      [1, '2026-11-09T00:00', '2026-11-09T09:00'],
      [2, '2026-11-09T09:00', '2026-11-10T00:00'],
    ]);
    expect(new Set(r.assignments.map((a) => a.key)).size).toBe(2);
  });

  it('an edit from a date leaves every earlier shift exactly as it was', () => {
    const v1 = version(1, { shiftTypeId: 1, startDate: '2026-11-02', turnLengthDays: 2, people: [1, 2] });
    const before = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations: [{ id: 1, versions: [v1] }] }), { from: '2026-11-02', to: '2026-11-19' });
    const v2 = version(1, { shiftTypeId: 1, effectiveFrom: '2026-11-20', startDate: '2026-11-20', startTime: '20:00', endTime: '07:00', people: [3, 4] });
    const edited = input({ staff, shiftTypes: [NIGHT], rotations: [{ id: 1, versions: [v2, v1] }] });
    expect(resolveRota(edited, { from: '2026-11-02', to: '2026-11-19' }).assignments).toEqual(before.assignments);
    const after = resolveRota(edited, { from: '2026-11-19', to: '2026-11-22' });
    expect(who(after)).toEqual([
      [1, '2026-11-18T22:00', '2026-11-19T08:00'],
      [1, '2026-11-19T22:00', '2026-11-20T08:00'],
      [3, '2026-11-20T20:00', '2026-11-21T07:00'],
      [4, '2026-11-21T20:00', '2026-11-22T07:00'],
      [3, '2026-11-22T20:00', '2026-11-23T07:00'],
    ]);
  });

  it('stops after its last date', () => {
    const rotations = [{ id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', endDate: '2026-11-03', people: [1] })] }];
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations }), { from: '2026-11-01', to: '2026-11-10' });
    expect(r.assignments.map((a) => a.startLocal)).toEqual(['2026-11-02T22:00', '2026-11-03T22:00']);
  });
});
