/*
 * Date checks that need "now": applied by services with the injected clock and by forms with the
 * browser's clock, so the same rule answers in both places.
 */

/** A message when a date (YYYY-MM-DD) is after today, else null. */
export function futureDateProblem(date: string | null | undefined, today: string, what = 'This date'): string | null {
  if (!date) return null;
  return date > today ? `${what} cannot be in the future.` : null;
}

/** A message when an instant is later than now (allowing a minute for clock skew), else null. */
export function futureInstantProblem(at: string | null | undefined, now: Date, what = 'This time'): string | null {
  if (!at) return null;
  return new Date(at).getTime() > now.getTime() + 60_000 ? `${what} cannot be in the future.` : null;
}

/** A message when a date is before a date of birth, else null. */
export function beforeBirthProblem(date: string | null | undefined, dateOfBirth: string | null | undefined, what = 'This date'): string | null {
  if (!date || !dateOfBirth) return null;
  return date < dateOfBirth ? `${what} cannot be before the date of birth.` : null;
}

/** Whole years between a date of birth and a date. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
