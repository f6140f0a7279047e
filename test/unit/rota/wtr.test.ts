import { describe, expect, it } from 'vitest';
import { resolveRota } from '../../../src/shared/rota/resolve/resolve-rota';
import type { RotaInput } from '../../../src/shared/rota/schemas/rota-input.schema';
import { cover, input, person, shiftType, version } from './fixtures';

const DAY = shiftType(1, 'Office day', { kind: 'office_day', nightWork: false });
const SLEEP = shiftType(2, 'Sleep-in', { kind: 'sleep_in', covers: ['office'], nightWork: true, countsAsWorkingTime: true });
const ON_CALL = shiftType(3, 'On-call phone', { kind: 'on_call_phone', covers: ['phone'], nightWork: false, countsAsWorkingTime: false });
const NIGHT = shiftType(4, 'Waking night', { nightWork: true });
const staff = [person(1, 'Amira'), person(2, 'Bea', 'female', { wtrOptOutDate: '2026-01-01' })];
const types = [DAY, SLEEP, ON_CALL, NIGHT];

function warnings(i: Partial<RotaInput>, from: string, to: string, overrides = [] as { key: string; comment: string; byUserId: number; at: string }[]) {
  return resolveRota(input({ staff, shiftTypes: types, ...i }), { from, to }, { warnings: true, warningOverrides: overrides }).warnings;
}

const shift = (id: number, staffId: number, shiftTypeId: number, start: string, end: string) => cover(id, { layer: 'one_off', shiftTypeId, staffId, start, end });

describe('Working Time Regulations warnings', () => {
  it('warns about less than 11 hours between shifts, with a key a manager can override', () => {
    const covers = [shift(1, 1, 1, '2026-11-02T09:00', '2026-11-02T21:00'), shift(2, 1, 1, '2026-11-03T06:00', '2026-11-03T14:00')];
    const w = warnings({ covers }, '2026-11-02', '2026-11-08');
    expect(w.map((x) => [x.rule, x.staffId, x.message, x.keys, x.overridden])).toEqual([
      [
        'daily_rest',
        1,
        'Amira has only 9 h rest between shifts (Mon 2 Nov 2026 21:00 to Tue 3 Nov 2026 06:00); at least 11 hours are needed.',
        ['daily_rest:1:2026-11-02T21:00:00.000Z'],
        false,
      ],
    ]);
    const over = warnings({ covers }, '2026-11-02', '2026-11-08', [{ key: 'daily_rest:1:2026-11-02T21:00:00.000Z', comment: 'Agreed cover', byUserId: 1, at: '2026-11-01T00:00:00.000Z' }]);
    expect(over[0]).toMatchObject({ overridden: true, overrides: [{ comment: 'Agreed cover' }] });
  });

  it('accepts exactly 11 hours of rest, and treats back-to-back shifts as one working period', () => {
    const covers = [
      shift(1, 1, 1, '2026-11-02T09:00', '2026-11-02T19:00'),
      shift(2, 1, 1, '2026-11-03T06:00', '2026-11-03T09:00'),
      shift(3, 1, 1, '2026-11-03T09:00', '2026-11-03T15:00'),
    ];
    expect(warnings({ covers }, '2026-11-02', '2026-11-08')).toEqual([]);
  });

  it('counts a sleep-in as working time, but not on call from home', () => {
    const sleepIn = [shift(1, 1, 1, '2026-11-02T09:00', '2026-11-02T17:00'), shift(2, 1, 2, '2026-11-02T22:00', '2026-11-03T07:00'), shift(3, 1, 1, '2026-11-03T09:00', '2026-11-03T17:00')];
    expect(warnings({ covers: sleepIn }, '2026-11-02', '2026-11-08').map((x) => x.rule)).toEqual(['daily_rest', 'daily_rest']);
    const onCall = sleepIn.map((c) => (c.shiftTypeId === 2 ? { ...c, shiftTypeId: 3 } : c));
    expect(warnings({ covers: onCall }, '2026-11-02', '2026-11-08')).toEqual([]);
  });

  it('warns when a fortnight has no 24-hour rest in 7 days, nor two such rests or one of 48 hours in 14', () => {
    const daily = (people: number[], extra = {}) => [
      { id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', startTime: '09:00', endTime: '20:00', handoverTime: '09:00', people, ...extra })] },
    ];
    // Thirteen days on, one off: a single 24-hour rest (37 hours) in each fortnight.
    const thirteenOn = daily([1], { endDate: '2026-11-14' });
    const next = { id: 2, versions: [version(2, { shiftTypeId: 1, startDate: '2026-11-16', startTime: '09:00', endTime: '20:00', handoverTime: '09:00', people: [1], endDate: '2026-11-28' })] };
    const w = warnings({ rotations: [...thirteenOn, next] }, '2026-11-02', '2026-11-22').filter((x) => x.rule === 'weekly_rest');
    expect(w.length).toBeGreaterThan(0);
    expect(w[0]!.message).toMatch(/^Amira has no 24-hour rest in 7 days, nor two such rests \(or one of 48 hours\) in/);
    expect(w[0]!.keys.every((k) => /^weekly_rest:1:\d{4}-\d{2}-\d{2}$/.test(k))).toBe(true);
    // Five on, two off: fine.
    const fiveTwo = daily([1], { daysOfWeek: [1, 2, 3, 4, 5] });
    expect(warnings({ rotations: fiveTwo }, '2026-11-02', '2026-11-29').filter((x) => x.rule === 'weekly_rest')).toEqual([]);
    // Twelve on, two off (one 48-hour rest each fortnight): fine under the fortnightly alternative.
    const twelveTwo = [0, 1, 2].map((k) => ({
      id: 10 + k,
      versions: [version(10 + k, { shiftTypeId: 1, startDate: `2026-11-${String(2 + k * 14).padStart(2, '0')}`, startTime: '09:00', endTime: '20:00', people: [1], endDate: `2026-11-${String(13 + k * 14).padStart(2, '0')}` })],
    }));
    expect(warnings({ rotations: twelveTwo.slice(0, 2) }, '2026-11-02', '2026-11-29').filter((x) => x.rule === 'weekly_rest')).toEqual([]);
  });

  it('warns about more than 48 hours a week on average over 17 weeks, unless an opt-out is on file', () => {
    // 12-hour days, five a week, for 20 weeks: 60 hours a week.
    const rotations = [1, 2].map((p) => ({
      id: p,
      versions: [version(p, { shiftTypeId: 1, startDate: '2026-06-01', startTime: '08:00', endTime: '20:00', daysOfWeek: [1, 2, 3, 4, 5], people: [p] })],
    }));
    const w = warnings({ rotations }, '2026-10-19', '2026-10-25').filter((x) => x.rule === 'average_48h');
    expect(w.map((x) => [x.staffId, x.message, x.keys])).toEqual([
      [1, 'Amira averages 60.0 hours a week over the 17 weeks to Sun 25 Oct 2026; the limit is 48 without a signed opt-out.', ['average_48h:1:2026-10-19']],
    ]);
    // Earlier, before 17 weeks of it have built up, the average is under 48.
    expect(warnings({ rotations }, '2026-06-29', '2026-07-05').filter((x) => x.rule === 'average_48h')).toEqual([]);
  });

  it('warns about a night worker averaging more than 8 hours in 24, opt-out or not; not about a day worker', () => {
    const nights = [1, 2].map((p) => ({
      id: p,
      versions: [version(p, { shiftTypeId: 4, startDate: '2026-06-01', startTime: '20:00', endTime: '08:00', daysOfWeek: [1, 2, 3, 4, 5], people: [p] })],
    }));
    const w = warnings({ rotations: nights }, '2026-10-19', '2026-10-25').filter((x) => x.rule === 'night_average');
    expect(w.map((x) => x.staffId)).toEqual([1, 2]);
    expect(w[0]!.message).toBe('Amira works nights and averages 10.0 hours in each 24 over the 17 weeks to Sun 25 Oct 2026; the limit for night workers is 8.');
    const days = nights.map((r) => ({ ...r, versions: r.versions.map((v) => ({ ...v, shiftTypeId: 1 })) }));
    expect(warnings({ rotations: days }, '2026-10-19', '2026-10-25').filter((x) => x.rule === 'night_average')).toEqual([]);
  });

  it('gives no warnings for an ordinary rota', () => {
    const rotations = [{ id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-06-01', startTime: '09:00', endTime: '17:00', daysOfWeek: [1, 2, 3, 4, 5], people: [1, 2], turnLengthDays: 1 })] }];
    expect(warnings({ rotations }, '2026-10-01', '2026-10-31')).toEqual([]);
  });
});
