import { describe, expect, it } from 'vitest';
import { gapReason } from '../../../src/shared/rota/resolve/gaps';
import { resolveRota } from '../../../src/shared/rota/resolve/resolve-rota';
import { cover, input, leave, person, requirement, shiftType, version } from './fixtures';

const NIGHT = shiftType(1, 'Waking night');
const DAY = shiftType(2, 'Office day', { kind: 'office_day', defaultStart: '09:00', defaultEnd: '17:00', nightWork: false });
const staff = [person(1, 'Amira', 'female', { skills: ['first_aid'] }), person(2, 'Bea'), person(3, 'Carl', 'male', { skills: ['driver'] }), person(4, 'Dev', 'male')];
const nightly = (people: number[]) => ({ id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', people })] });
const week = { from: '2026-11-03', to: '2026-11-08' };
const gaps = (r: ReturnType<typeof resolveRota>) => r.gaps.map((g) => [g.startLocal, g.endLocal, g.have, g.need, g.reason]);

describe('gaps', () => {
  it('finds where too few people are on a shift type, with the shortfall', () => {
    const r = resolveRota(
      input({ staff, shiftTypes: [NIGHT], rotations: [nightly([1])], requirements: [requirement(1, { shiftTypeId: 1, from: '22:00', to: '08:00', minPeople: 2 })] }),
      { from: '2026-11-03', to: '2026-11-03' },
    );
    expect(gaps(r)).toEqual([
      ['2026-11-03T00:00', '2026-11-03T08:00', 1, 2, 'only 1 of 2 workers on Waking night'],
      ['2026-11-03T22:00', '2026-11-04T00:00', 1, 2, 'only 1 of 2 workers on Waking night'],
    ]);
  });

  it('finds where nobody with a required skill is on', () => {
    const rotations = [nightly([1, 2])];
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations, requirements: [requirement(1, { from: '22:00', to: '08:00', requiredSkill: 'first_aid' })] }), {
      from: '2026-11-03',
      to: '2026-11-04',
    });
    // Amira (first aid) has the nights starting on even turns: the 2nd and the 4th; Bea the 3rd.
    expect(gaps(r)).toEqual([['2026-11-03T22:00', '2026-11-04T08:00', 0, 1, 'no worker with first aid reachable']]);
  });

  it('finds where no female worker is reachable, and treats leave as not reachable', () => {
    const rotations = [nightly([1]), { id: 2, versions: [version(2, { shiftTypeId: 1, startDate: '2026-11-02', people: [3] })] }];
    const requirements = [requirement(1, { label: 'Female worker reachable at night', from: '22:00', to: '08:00', requiredSex: 'female' })];
    const base = input({ staff, shiftTypes: [NIGHT], rotations, requirements });
    expect(resolveRota(base, week).gaps).toEqual([]);
    const onLeave = { ...base, leave: [leave(1, 1, '2026-11-04T12:00', '2026-11-06T12:00')] };
    const r = resolveRota(onLeave, week);
    expect(r.gaps.map((g) => [g.startLocal, g.endLocal, g.reason])).toEqual([
      ['2026-11-04T22:00', '2026-11-05T08:00', 'no female worker reachable'],
      ['2026-11-05T22:00', '2026-11-06T08:00', 'no female worker reachable'],
    ]);
    // Cover from a female colleague fills it.
    const filled = { ...onLeave, covers: [cover(1, { shiftTypeId: 1, staffId: 2, replacesStaffId: 1, start: '2026-11-04T22:00', end: '2026-11-06T08:00' })] };
    expect(resolveRota(filled, week).gaps).toEqual([]);
  });

  it('joins back-to-back stretches with the same shortfall into one gap', () => {
    const r = resolveRota(input({ staff, shiftTypes: [DAY], requirements: [requirement(1, { shiftTypeId: 2, from: '00:00', to: '00:00' })] }), {
      from: '2026-11-02',
      to: '2026-11-04',
    });
    expect(gaps(r)).toEqual([['2026-11-02T00:00', '2026-11-05T00:00', 0, 1, 'no worker on Office day']]);
  });

  it('counts a person on two shifts once', () => {
    const covers = [cover(1, { shiftTypeId: 2, staffId: 1, start: '2026-11-02T09:00', end: '2026-11-02T17:00' }), cover(2, { shiftTypeId: 1, staffId: 1, start: '2026-11-02T09:00', end: '2026-11-02T17:00' })];
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT, DAY], covers, requirements: [requirement(1, { from: '09:00', to: '17:00', minPeople: 2, daysOfWeek: [1] })] }), {
      from: '2026-11-02',
      to: '2026-11-02',
    });
    expect(gaps(r)).toEqual([['2026-11-02T09:00', '2026-11-02T17:00', 1, 2, 'only 1 of 2 workers reachable']]);
  });

  it('phrases reasons in plain English', () => {
    expect(gapReason({ requiredSex: 'male', requiredSkill: null, minPeople: 1 }, 0, null)).toBe('no male worker reachable');
    expect(gapReason({ requiredSex: null, requiredSkill: 'first_aid', minPeople: 2 }, 0, 'Sleep-in')).toBe('no workers with first aid on Sleep-in (2 needed)');
    expect(gapReason({ requiredSex: 'female', requiredSkill: 'driver', minPeople: 3 }, 2, null)).toBe('only 2 of 3 female workers with driver reachable');
  });
});
