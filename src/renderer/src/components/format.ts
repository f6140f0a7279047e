import dayjs from 'dayjs';
import { SERVICE_ZONE } from '../../../shared/time/london';

/*
 * Dates and times as staff read them: in the service's zone (London), whatever zone the PC's
 * clock is set to, in British order.
 */

/** "Friday 20 November 2026". */
export function longDate(at: Date | string): string {
  return dayjs(at).tz(SERVICE_ZONE).format('dddd D MMMM YYYY');
}

/** "20 Nov 2026, 14:05". */
export function dateTime(at: Date | string): string {
  return dayjs(at).tz(SERVICE_ZONE).format('D MMM YYYY, HH:mm');
}

/** "20 Nov 2026, 14:05:09", for the audit log where seconds matter. */
export function dateTimeSeconds(at: Date | string): string {
  return dayjs(at).tz(SERVICE_ZONE).format('D MMM YYYY, HH:mm:ss');
}

/** The hour of day in London, for greetings. */
export function londonHour(at: Date): number {
  return dayjs(at).tz(SERVICE_ZONE).hour();
}
