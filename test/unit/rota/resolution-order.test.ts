import { describe, expect, it } from 'vitest';
import { resolveRota } from '../../../src/shared/rota/resolve/resolve-rota';
import type { RotaInput } from '../../../src/shared/rota/schemas/rota-input.schema';
import { cover, input, person, shiftType, swap, version } from './fixtures';

const NIGHT = shiftType(1, 'Waking night');
const staff = [person(1, 'Amira'), person(2, 'Bea'), person(3, 'Cath'), person(4, 'Dev', 'male')];
// Amira every night from Monday 2 November 2026.
const rotation = { id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', people: [1] })] };
const NIGHT_OF_4TH = { start: '2026-11-04T22:00', end: '2026-11-05T08:00' };

/** Who is on the night of 4 November (22:00 on the 4th to 08:00 on the 5th). */
function onNight(i: Partial<RotaInput>) {
  const r = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations: [rotation], ...i }), { from: '2026-11-04', to: '2026-11-05' });
  return r.assignments
    .filter((a) => a.startLocal >= '2026-11-04T12:00' && a.startLocal < '2026-11-05T12:00')
    .map((a) => [a.staffId, a.startLocal.slice(11), a.endLocal.slice(11), a.source.kind]);
}

describe('resolution order: overrides over one-off shifts over rotations', () => {
  it('a rotation alone puts its person on', () => {
    expect(onNight({})).toEqual([[1, '22:00', '08:00', 'rotation']]);
  });

  it('a one-off shift replacing the rotation person takes their place', () => {
    expect(onNight({ covers: [cover(1, { layer: 'one_off', shiftTypeId: 1, staffId: 2, replacesStaffId: 1, ...NIGHT_OF_4TH })] })).toEqual([[2, '22:00', '08:00', 'one_off']]);
  });

  it('an override applies after one-off shifts, whatever order they were made in', () => {
    const covers = [
      cover(1, { layer: 'override', shiftTypeId: 1, staffId: 3, replacesStaffId: 2, ...NIGHT_OF_4TH }),
      cover(2, { layer: 'one_off', shiftTypeId: 1, staffId: 2, replacesStaffId: 1, ...NIGHT_OF_4TH }),
    ];
    expect(onNight({ covers })).toEqual([[3, '22:00', '08:00', 'override']]);
  });

  it('an override replacing someone no longer there adds cover instead of removing anyone', () => {
    const covers = [
      cover(1, { layer: 'one_off', shiftTypeId: 1, staffId: 2, replacesStaffId: 1, ...NIGHT_OF_4TH }),
      cover(2, { layer: 'override', shiftTypeId: 1, staffId: 3, replacesStaffId: 1, ...NIGHT_OF_4TH }),
    ];
    expect(onNight({ covers })).toEqual([
      [2, '22:00', '08:00', 'one_off'],
      [3, '22:00', '08:00', 'override'],
    ]);
  });

  it('an override without a person to replace is cover on top', () => {
    expect(onNight({ covers: [cover(1, { shiftTypeId: 1, staffId: 4, ...NIGHT_OF_4TH })] })).toEqual([
      [1, '22:00', '08:00', 'rotation'],
      [4, '22:00', '08:00', 'override'],
    ]);
  });

  it('a partial override splits the shift, and cover on top of cover replaces the earlier cover', () => {
    const covers = [
      cover(1, { shiftTypeId: 1, staffId: 2, replacesStaffId: 1, start: '2026-11-05T02:00', end: '2026-11-05T08:00' }),
      cover(2, { shiftTypeId: 1, staffId: 3, replacesStaffId: 2, start: '2026-11-05T05:00', end: '2026-11-05T08:00' }),
    ];
    expect(onNight({ covers })).toEqual([
      [1, '22:00', '02:00', 'rotation'],
      [2, '02:00', '05:00', 'override'],
      [3, '05:00', '08:00', 'override'],
    ]);
  });

  it('an approved swap gives the shift to the colleague; one not yet approved changes nothing', () => {
    const give = { shiftTypeId: 1, ...NIGHT_OF_4TH };
    expect(onNight({ swaps: [swap(1, { requesterStaffId: 1, counterpartStaffId: 4, give })] })).toEqual([[4, '22:00', '08:00', 'swap']]);
    expect(onNight({ swaps: [swap(1, { requesterStaffId: 1, counterpartStaffId: 4, give, state: 'accepted' })] })).toEqual([[1, '22:00', '08:00', 'rotation']]);
  });

  it('a swap with a shift taken in return moves both shifts', () => {
    // Two nights each in turn: Amira the 2nd and 3rd, Bea the 4th and 5th. Amira gives the 2nd
    // and takes the 4th.
    const give = { shiftTypeId: 1, start: '2026-11-02T22:00', end: '2026-11-03T08:00' };
    const take = { shiftTypeId: 1, ...NIGHT_OF_4TH };
    const rotations = [{ id: 1, versions: [version(1, { shiftTypeId: 1, startDate: '2026-11-02', turnLengthDays: 2, people: [1, 2] })] }];
    const r = resolveRota(input({ staff, shiftTypes: [NIGHT], rotations, swaps: [swap(1, { requesterStaffId: 1, counterpartStaffId: 2, give, take })] }), { from: '2026-11-02', to: '2026-11-07' });
    expect(r.assignments.filter((a) => a.startLocal >= '2026-11-02T12:00').map((a) => [a.startLocal.slice(5, 10), a.staffId])).toEqual([
      ['11-02', 2],
      ['11-03', 1],
      ['11-04', 1],
      ['11-05', 2],
      ['11-06', 1],
      ['11-07', 1],
    ]);
    expect(r.assignments.filter((a) => a.source.kind === 'swap').map((a) => a.key)).toEqual(['swap1-give-2', 'swap1-take-1']);
  });

  it('a swap applies after one-off shifts and before overrides', () => {
    const give = { shiftTypeId: 1, ...NIGHT_OF_4TH };
    const swaps = [swap(1, { requesterStaffId: 1, counterpartStaffId: 4, give })];
    const overrides = [cover(1, { shiftTypeId: 1, staffId: 3, replacesStaffId: 4, ...NIGHT_OF_4TH })];
    expect(onNight({ swaps, covers: overrides })).toEqual([[3, '22:00', '08:00', 'override']]);
  });

  it('keys stay the same on every resolution and differ for each piece', () => {
    const i = input({ staff, shiftTypes: [NIGHT], rotations: [rotation], covers: [cover(1, { shiftTypeId: 1, staffId: 2, replacesStaffId: 1, start: '2026-11-05T02:00', end: '2026-11-05T04:00' })] });
    const a = resolveRota(i, { from: '2026-11-02', to: '2026-11-08' }).assignments.map((x) => x.key);
    const b = resolveRota(i, { from: '2026-11-04', to: '2026-11-05' }).assignments.map((x) => x.key);
    expect(new Set(a).size).toBe(a.length);
    expect(a).toEqual(expect.arrayContaining(b));
    expect(a).toContain('rot1-2026-11-04-1');
    expect(a).toContain('rot1-2026-11-04-1-20261105T040000Z');
    expect(a).toContain('ovr1-2');
  });
});
