import type { RotaInput } from '../../shared/rota/schemas/rota-input.schema';
import type { ShiftKind } from '../../shared/rota/schemas/shift-type.schema';
import { shiftKindDefaults } from '../../shared/rota/schemas/shift-type.schema';
import { dateOf, dayOf } from '../../shared/rota/zone';
import { createRng } from '../seed/rng';

const AT = '2026-01-01T00:00:00.000Z';

const TYPES: [string, ShiftKind, string, string][] = [
  ['Office day', 'office_day', '09:00', '17:00'],
  ['Early', 'office_day', '07:00', '15:00'],
  ['Late', 'evening', '14:00', '22:00'],
  ['Evening', 'evening', '17:00', '22:00'],
  ['Waking night', 'waking_night', '22:00', '08:00'],
  ['Sleep-in', 'sleep_in', '22:00', '07:00'],
  ['On-call phone', 'on_call_phone', '17:00', '09:00'],
  ['Manager on call', 'manager_on_call', '09:00', '09:00'],
  ['Weekend day', 'office_day', '10:00', '18:00'],
  ['Outreach', 'other', '11:00', '19:00'],
];

/**
 * A large service's rota, generated deterministically for the benchmark: 30 staff, 10 shift
 * types with two rotations each, requirements including "a female worker reachable", and a
 * year's leave, one-off shifts, overrides and swaps from `from`.
 */
export function generateRotaInput(opts: { staff: number; from: string; seed: number }): RotaInput {
  const rng = createRng(opts.seed);
  const start = dayOf(opts.from);
  const staff = Array.from({ length: opts.staff }, (_, i) => ({
    id: i + 1,
    name: `Staff ${i + 1}`,
    sex: i % 3 === 2 ? ('male' as const) : ('female' as const),
    skills: i % 4 === 0 ? ['first_aid'] : i % 5 === 0 ? ['manager'] : [],
    active: true,
    contractedHours: 37.5,
    wtrOptOutDate: null,
  }));
  const shiftTypes = TYPES.map(([name, kind, s, e], i) => ({ id: i + 1, name, ...shiftKindDefaults(kind), kind, defaultStart: s, defaultEnd: e, active: true }));
  const people = () => Array.from({ length: rng.int(3, 6) }, () => rng.int(1, opts.staff));
  let versionId = 1;
  const rotations = shiftTypes.flatMap((t, i) =>
    [0, 1].map((k) => ({
      id: i * 2 + k + 1,
      versions: [
        {
          id: versionId++,
          rotationId: i * 2 + k + 1,
          effectiveFrom: opts.from,
          name: `${t.name} ${k + 1}`,
          shiftTypeId: t.id,
          startDate: opts.from,
          startTime: t.defaultStart,
          endTime: t.defaultEnd,
          daysOfWeek: k === 0 ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6, 7],
          turnLengthDays: rng.int(1, 7),
          handoverTime: t.defaultStart,
          people: people(),
          endDate: null,
          createdAt: AT,
        },
      ],
    })),
  );
  const requirements = [
    ...shiftTypes.slice(0, 8).map((t) => ({ id: t.id, label: t.name, shiftTypeId: t.id, from: t.defaultStart, to: t.defaultEnd, daysOfWeek: [1, 2, 3, 4, 5, 6, 7], minPeople: 1, requiredSkill: null, requiredSex: null, active: true })),
    { id: 20, label: 'Female worker reachable', shiftTypeId: null, from: '00:00', to: '00:00', daysOfWeek: [1, 2, 3, 4, 5, 6, 7], minPeople: 1, requiredSkill: null, requiredSex: 'female' as const, active: true },
    { id: 21, label: 'First aider on days', shiftTypeId: null, from: '09:00', to: '17:00', daysOfWeek: [1, 2, 3, 4, 5], minPeople: 1, requiredSkill: 'first_aid', requiredSex: null, active: true },
  ];
  const local = (day: number, time: string) => `${dateOf(day)}T${time}`;
  const covers = Array.from({ length: 300 }, (_, i) => {
    const t = shiftTypes[rng.int(0, shiftTypes.length - 1)]!;
    const day = start + rng.int(0, 364);
    const end = t.defaultEnd <= t.defaultStart ? day + 1 : day;
    return { id: i + 1, layer: i % 3 === 0 ? ('one_off' as const) : ('override' as const), shiftTypeId: t.id, staffId: rng.int(1, opts.staff), replacesStaffId: rng.chance(0.6) ? rng.int(1, opts.staff) : null, start: local(day, t.defaultStart), end: local(end, t.defaultEnd), note: '', createdAt: AT };
  }).filter((c) => c.replacesStaffId !== c.staffId);
  const leave = staff.flatMap((s, i) => [0, 1].map((k) => {
    const from = start + rng.int(0, 350);
    return { id: i * 2 + k + 1, staffId: s.id, start: local(from, '00:00'), end: local(from + rng.int(3, 14), '00:00'), type: 'annual' as const, createdAt: AT };
  }));
  const swaps = Array.from({ length: 20 }, (_, i) => {
    const t = shiftTypes[rng.int(0, 9)]!;
    const day = start + rng.int(0, 364);
    return {
      id: i + 1,
      requesterStaffId: rng.int(1, 15),
      counterpartStaffId: rng.int(16, opts.staff),
      give: { shiftTypeId: t.id, start: local(day, t.defaultStart), end: local(t.defaultEnd <= t.defaultStart ? day + 1 : day, t.defaultEnd) },
      take: null,
      state: 'approved' as const,
      note: '',
      requestedAt: AT,
      acceptedAt: AT,
      decidedAt: AT,
      decisionComment: null,
    };
  });
  return { staff, shiftTypes, requirements, rotations, covers, swaps, leave };
}
