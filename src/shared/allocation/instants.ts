import dayjs from 'dayjs';
import { SERVICE_ZONE } from '../time/london';

/** "21 Nov 2026, 14:00" in London time, whatever zone the PC is in. */
export function londonShortInstant(iso: string): string {
  return dayjs(iso).tz(SERVICE_ZONE).format('D MMM YYYY, HH:mm');
}

/** The UTC instant of a London wall-clock date and time ("2026-11-21", "14:00"). */
export function londonInstant(date: string, time: string): string {
  return dayjs.tz(`${date} ${time}`, SERVICE_ZONE).toDate().toISOString();
}
