import type { PersonFact } from '../facts';

/*
 * Age bands. A person is banded by their age on ARRIVAL (the first night of their household's
 * stay, or the day their support began for reports about support), never their age today: a girl
 * of 15 who arrives in March and turns 16 in June is in "11–15" for that stay, in every report
 * that counts it. With a date of birth the age is exact; with only an age recorded on a date, the
 * whole years since that date are added (so it can be a year out near a birthday, which is the
 * best the record allows). With neither, "Not known".
 */

/** The age bands, youngest first. */
export const AGE_BANDS = [
  ['0_4', 'Under 5'],
  ['5_10', '5 to 10'],
  ['11_15', '11 to 15'],
  ['16_17', '16 to 17'],
  ['18_24', '18 to 24'],
  ['25_34', '25 to 34'],
  ['35_44', '35 to 44'],
  ['45_54', '45 to 54'],
  ['55_64', '55 to 64'],
  ['65_plus', '65 and over'],
  ['not_known', 'Not known'],
] as const;

/** An age band's code. */
export type AgeBand = (typeof AGE_BANDS)[number][0];

/** Labels by code. */
export const AGE_BAND_LABELS: Record<string, string> = Object.fromEntries(AGE_BANDS);

const LOWER: [number, AgeBand][] = [
  [65, '65_plus'],
  [55, '55_64'],
  [45, '45_54'],
  [35, '35_44'],
  [25, '25_34'],
  [18, '18_24'],
  [16, '16_17'],
  [11, '11_15'],
  [5, '5_10'],
  [0, '0_4'],
];

/** The number written by the digits of `s` from `at` to `end` (no substring made). */
function digits(s: string, at: number, end: number): number {
  let n = 0;
  for (let i = at; i < end; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/**
 * Whole years from one YYYY-MM-DD date to another (the same rule as ageOn). Read digit by digit:
 * a ten-year report ages tens of thousands of people, and slicing the strings was most of it.
 */
export function yearsBetween(from: string, to: string): number {
  const fmd = digits(from, 5, 7) * 100 + digits(from, 8, 10);
  const tmd = digits(to, 5, 7) * 100 + digits(to, 8, 10);
  return digits(to, 0, 4) - digits(from, 0, 4) - (tmd < fmd ? 1 : 0);
}

/** A person's age in whole years on a date, or null when nothing was recorded. */
export function ageAt(p: Pick<PersonFact, 'dateOfBirth' | 'ageYears' | 'ageRecordedOn'>, on: string): number | null {
  if (p.dateOfBirth) return yearsBetween(p.dateOfBirth, on);
  if (p.ageYears === null) return null;
  if (!p.ageRecordedOn || on <= p.ageRecordedOn) return p.ageYears;
  return p.ageYears + yearsBetween(p.ageRecordedOn, on);
}

/** The band of an age (null = not known). */
export function bandOf(age: number | null): AgeBand {
  if (age === null || age < 0) return 'not_known';
  for (const [min, band] of LOWER) if (age >= min) return band;
  return 'not_known';
}
