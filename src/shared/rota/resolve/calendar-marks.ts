import { HOUR_MS, instantToWall, wallToInstant, weekdayOf } from '../zone';
import { overlapMs, type Span } from './intervals';

/*
 * Which shifts count as nights and weekends, for fairness. Night time is 23:00–06:00 London time
 * (the Working Time Regulations' default night period) and a shift is a night if at least 3 hours
 * of it fall in night time (the Regulations' test for night work). A shift is a weekend shift if at
 * least 3 hours fall between Saturday 00:00 and Monday 00:00, so a Friday night that runs into
 * Saturday morning counts and a Sunday evening that ends at 02:00 Monday does too.
 */

const THRESHOLD = 3 * HOUR_MS;

/** Whether a span is a night shift. */
export function isNight(span: Span): boolean {
  const first = instantToWall(span.start).day - 1;
  const last = instantToWall(span.end).day;
  let total = 0;
  for (let d = first; d <= last; d++) {
    total += overlapMs(span, { start: wallToInstant(d, 23 * 60), end: wallToInstant(d + 1, 6 * 60) });
    if (total >= THRESHOLD) return true;
  }
  return false;
}

/** Whether a span is a weekend shift. */
export function isWeekend(span: Span): boolean {
  const first = instantToWall(span.start).day - 1;
  const last = instantToWall(span.end).day;
  let total = 0;
  for (let d = first; d <= last; d++) {
    if (weekdayOf(d) !== 6) continue;
    total += overlapMs(span, { start: wallToInstant(d, 0), end: wallToInstant(d + 2, 0) });
    if (total >= THRESHOLD) return true;
  }
  return false;
}
