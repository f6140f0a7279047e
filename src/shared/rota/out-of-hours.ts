import { instantToWall, weekdayOf } from './zone';

/**
 * Whether an instant is out of hours: outside Monday–Friday 09:00–17:00 London time (the
 * service specification's definition). Bank holidays are not known to the app, so a weekday
 * bank holiday counts as office hours; the phone log records the exact time either way.
 */
export function isOutOfHours(ms: number): boolean {
  const w = instantToWall(ms);
  return weekdayOf(w.day) >= 6 || w.minutes < 9 * 60 || w.minutes >= 17 * 60;
}
