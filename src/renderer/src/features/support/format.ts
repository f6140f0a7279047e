import { formatDateLong } from '../../../../shared/support/letters/long-date';

/*
 * How support screens write dates, money and durations. Dates are the stored London calendar
 * dates (YYYY-MM-DD), so no time-zone conversion is needed.
 */

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03-09" → "9 Mar 2026". */
export function shortDate(date: string | null | undefined): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${Number(m[3])} ${SHORT_MONTHS[Number(m[2]) - 1]} ${m[1]}` : date;
}

/** "2026-03-09" → "9 March 2026". */
export const longDate = formatDateLong;

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
export function optionsOf(v: { codes: readonly string[]; labels: Record<string, string> }): { value: string; label: string }[] {
  return v.codes.map((c) => ({ value: c, label: v.labels[c]! }));
}
