import { formatPounds, parsePounds } from '../../../../shared/support/budget';

/*
 * How the sanctuary and staff-records screens write dates and money. Dates are stored London
 * calendar dates (YYYY-MM-DD), so no time-zone conversion is needed.
 */

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "2026-03-09" → "9 Mar 2026". */
export function shortDate(date: string | null | undefined): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${Number(m[3])} ${SHORT_MONTHS[Number(m[2]) - 1]} ${m[1]}` : date;
}

/** "2026-05-27" → "Wed 27 May 2026". */
export function dayDate(date: string | null | undefined): string {
  if (!date) return '—';
  const d = new Date(`${date.slice(0, 10)}T12:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${shortDate(date)}`;
}

/** Today's London date (YYYY-MM-DD) by the PC's clock, for defaults in forms. */
export function todayLondon(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A label from a vocabulary, or the code itself if unknown. */
export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '—';
  return labels[code] ?? code;
}

/** Options for a Mantine Select from a vocabulary. */
export function optionsOf(v: { codes: readonly string[]; labels: Record<string, string> }, skip: readonly string[] = []): { value: string; label: string }[] {
  return v.codes.filter((c) => !skip.includes(c)).map((c) => ({ value: c, label: v.labels[c]! }));
}

/** Pence as "£1,234.56". */
export const pounds = formatPounds;

/** "12.50" or "£1,234" as pence, or null when it is not an amount. */
export const toPence = parsePounds;

/** Pence as the text a money field starts with ("45.00"). */
export function penceText(pence: number | null | undefined): string {
  return pence === null || pence === undefined ? '' : (pence / 100).toFixed(2);
}

/** "£45.00 each", "£12.00 per window". */
export function perUnit(pence: number, unit: string): string {
  return unit === 'each' ? `${pounds(pence)} each` : `${pounds(pence)} per ${unit}`;
}
