import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The service's time zone: every date a person reads or types is a London date. */
export const SERVICE_ZONE = 'Europe/London';

/** The UTC instant at which a London calendar date begins. */
export function londonDayStart(date: string): Date {
  return dayjs.tz(`${date} 00:00`, SERVICE_ZONE).toDate();
}

/** The London calendar date (YYYY-MM-DD) of an instant. */
export function londonDate(at: Date | string): string {
  return dayjs(at).tz(SERVICE_ZONE).format('YYYY-MM-DD');
}

/** Adds days to a calendar date. */
export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}
