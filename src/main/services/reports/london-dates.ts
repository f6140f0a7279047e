import { dateOf, dayOf, dayStart, iso, londonDayOf } from '../../../shared/rota/zone';

/*
 * Stored instants (UTC ISO) as the London dates the reports count by, with the rota's cached zone
 * table (dayjs's tz is too slow for tens of thousands of referrals).
 */

/** The London date of a UTC instant. */
export function londonDateOf(isoInstant: string): string {
  // London is on UTC or one hour ahead of it, so before 23:00 UTC the London date is the UTC
  // date: no time-zone arithmetic for most of the tens of thousands of instants a report reads.
  if (isoInstant.length >= 20 && isoInstant[10] === 'T' && isoInstant.endsWith('Z') && isoInstant.slice(11, 13) < '23') return isoInstant.slice(0, 10);
  return dateOf(londonDayOf(Date.parse(isoInstant)));
}

/** The UTC instant at which a London date begins, as stored (ISO with Z). */
export function londonStartIso(date: string): string {
  return iso(dayStart(dayOf(date)));
}
