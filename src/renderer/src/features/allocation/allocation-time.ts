import dayjs from 'dayjs';
import { SERVICE_ZONE } from '../../../../shared/time/london';

/** The London date and time ("2026-11-20", "16:00") of an instant, for date and time inputs. */
export function londonParts(iso: string): { date: string; time: string } {
  const d = dayjs(iso).tz(SERVICE_ZONE);
  return { date: d.format('YYYY-MM-DD'), time: d.format('HH:mm') };
}

/** A default hold expiry: six hours from now, on the quarter hour. */
export function defaultHoldExpiry(nowIso: string): { date: string; time: string } {
  const t = dayjs(nowIso).tz(SERVICE_ZONE).add(6, 'hour');
  const rounded = t.minute(Math.ceil(t.minute() / 15) * 15).second(0);
  return londonParts(rounded.toISOString());
}
