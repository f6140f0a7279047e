import type { Fairness, PersonHours, Spread } from '../schemas/resolved.schema';
import type { RotaContext } from './context';
import { roundHours } from './context';

/** What the load figures need from each assignment. */
export interface LoadItem {
  staffId: number;
  /** Time inside the period. */
  periodMs: number;
  countsAsWorkingTime: boolean;
  startsInPeriod: boolean;
  night: boolean;
  weekend: boolean;
}

/** How fairness is measured; returned with the figures so screens and exports can show it. */
export const FAIRNESS_DEFINITION =
  'Across everyone on the rota in the period (anyone with a shift in it or a place in a rotation in effect): ' +
  'the mean, the standard deviation and the coefficient of variation (standard deviation ÷ mean) of rostered hours, ' +
  'and of nights plus weekend shifts. 0 means perfectly even; 0.25 means people typically differ from the average by a quarter. ' +
  'The contract figure compares working hours as a share of contracted hours, for people who have a contract. ' +
  'A night is a shift with at least 3 hours between 23:00 and 06:00; a weekend shift has at least 3 hours between Saturday 00:00 and Monday 00:00.';

/** Mean, population standard deviation and coefficient of variation (0 when the mean is 0). */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { mean: 0, sd: 0, cv: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return { mean: r(mean), sd: r(sd), cv: mean === 0 ? 0 : r(sd / mean) };
}

/** Hours, shifts, nights and weekends per person, and the spread across them. */
export function loadFigures(items: readonly LoadItem[], scope: ReadonlySet<number>, ctx: RotaContext, periodDays: number): { people: PersonHours[]; fairness: Fairness } {
  const acc = new Map<number, { ms: number; workMs: number; shifts: number; nights: number; weekends: number }>();
  for (const id of scope) acc.set(id, { ms: 0, workMs: 0, shifts: 0, nights: 0, weekends: 0 });
  for (const it of items) {
    let a = acc.get(it.staffId);
    if (!a) acc.set(it.staffId, (a = { ms: 0, workMs: 0, shifts: 0, nights: 0, weekends: 0 }));
    a.ms += it.periodMs;
    if (it.countsAsWorkingTime) a.workMs += it.periodMs;
    if (it.startsInPeriod) {
      a.shifts++;
      if (it.night) a.nights++;
      if (it.weekend) a.weekends++;
    }
  }
  const people: PersonHours[] = [...acc.entries()]
    .map(([staffId, a]) => {
      const contracted = ctx.staff.get(staffId)?.contractedHours ?? null;
      const expected = contracted ? (contracted * periodDays) / 7 : 0;
      return {
        staffId,
        hours: roundHours(a.ms),
        workingHours: roundHours(a.workMs),
        shifts: a.shifts,
        nights: a.nights,
        weekends: a.weekends,
        contractedHours: contracted,
        contractShare: expected > 0 ? Math.round((a.workMs / 3_600_000 / expected) * 1000) / 1000 : null,
      };
    })
    .sort((x, y) => x.staffId - y.staffId);
  const shares = people.filter((p) => p.contractShare !== null).map((p) => p.contractShare!);
  return {
    people,
    fairness: {
      people: people.length,
      hours: spread(people.map((p) => p.hours)),
      nightsWeekends: spread(people.map((p) => p.nights + p.weekends)),
      contractShare: shares.length ? spread(shares) : null,
      definition: FAIRNESS_DEFINITION,
    },
  };
}
