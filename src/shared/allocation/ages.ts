import { dayNumber } from './nights';

/*
 * A child's age on a given night. A date of birth gives it exactly. An age recorded on a date
 * (the referrer knew "about 12") gives a range: a child recorded as 12 on 1 March may have turned
 * 13 any day since, so the range is [12 + whole years since, that + 1]. Suitability uses the
 * lower bound as the fact and the upper bound to ask the manager to check.
 */

/** What is known about a child's age. */
export interface AgeFacts {
  dateOfBirth: string | null;
  ageYears: number | null;
  ageRecordedOn: string | null;
}

/** The youngest and oldest a child can be on a date; null when nothing about the age is known. */
export interface AgeRange {
  min: number;
  max: number;
  exact: boolean;
}

/** Whole years from `from` to `to` (birthday rules: a 29 February birthday counts from 1 March). */
export function wholeYears(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years -= 1;
  return years;
}

/** A child's possible age on `date`. */
export function ageOn(child: AgeFacts, date: string): AgeRange | null {
  if (child.dateOfBirth) {
    const a = Math.max(0, wholeYears(child.dateOfBirth, date));
    return { min: a, max: a, exact: true };
  }
  if (child.ageYears === null) return null;
  if (!child.ageRecordedOn) return { min: child.ageYears, max: child.ageYears + 1, exact: false };
  const since = Math.max(0, wholeYears(child.ageRecordedOn, date));
  const min = child.ageYears + since;
  // Recorded today: nothing can have changed yet.
  const max = dayNumber(date) <= dayNumber(child.ageRecordedOn) ? min : min + 1;
  return { min, max, exact: false };
}

/** The date a child with a known date of birth reaches `age` (29 February → 1 March in other years). */
export function birthdayAt(dateOfBirth: string, age: number): string {
  const y = Number(dateOfBirth.slice(0, 4)) + age;
  const md = dateOfBirth.slice(5);
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-03-01`;
  return `${String(y).padStart(4, '0')}-${md}`;
}
