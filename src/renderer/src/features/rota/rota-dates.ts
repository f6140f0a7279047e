import { formatDay, formatDayLong, formatMonth } from '../../../../shared/rota/format';
import { dateOf, dayOf, weekdayOf } from '../../../../shared/rota/zone';

/*
 * The periods the rota screens show: a week (Monday to Sunday) or a calendar month, as London
 * dates. Dates are epoch-day numbers (see shared/rota/zone), so stepping is integer arithmetic
 * and the PC's own time zone never matters.
 */

/** Week or month. */
export type RotaView = 'week' | 'month';

/** A period on screen. */
export interface RotaPeriod {
  view: RotaView;
  from: string;
  to: string;
  /** Every day shown, as epoch days. */
  days: number[];
}

/** The Monday of the week holding a day. */
export function mondayOf(day: number): number {
  return day - (weekdayOf(day) - 1);
}

function monthBounds(date: string): { from: number; to: number } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const from = dayOf(`${date.slice(0, 7)}-01`);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: dayOf(next) - 1 };
}

/** The week or month holding `anchor` (YYYY-MM-DD). */
export function periodFor(view: RotaView, anchor: string): RotaPeriod {
  const { from, to } = view === 'week' ? { from: mondayOf(dayOf(anchor)), to: mondayOf(dayOf(anchor)) + 6 } : monthBounds(anchor);
  const days: number[] = [];
  for (let d = from; d <= to; d++) days.push(d);
  return { view, from: dateOf(from), to: dateOf(to), days };
}

/** The anchor of the period before (-1) or after (+1). */
export function stepPeriod(view: RotaView, anchor: string, dir: -1 | 1): string {
  if (view === 'week') return dateOf(dayOf(anchor) + 7 * dir);
  const { from, to } = monthBounds(anchor);
  return dir === 1 ? dateOf(to + 1) : dateOf(monthBounds(dateOf(from - 1)).from);
}

/** "Week of Monday 30 November 2026" or "December 2026". */
export function periodLabel(p: RotaPeriod): string {
  return p.view === 'week' ? `Week of ${formatDayLong(dayOf(p.from))}` : formatMonth(p.from);
}

/** "Tue 1 Dec" (no year), for column headings and chips. */
export function shortDay(day: number): string {
  return formatDay(day).replace(/ \d{4}$/, '');
}

/** "Tue 1 Dec 2026". */
export function dayLabel(day: number): string {
  return formatDay(day);
}

/** "Tuesday 1 December 2026". */
export function longDay(day: number): string {
  return formatDayLong(day);
}

/** "22:00" from "2026-12-01T22:00". */
export function timeOfLocal(local: string): string {
  return local.slice(11, 16);
}

/**
 * "22:00–08:00" for a stretch of London time; the end carries its day when it is not the next
 * morning ("22:00 – Thu 3 Dec 08:00" for a long stretch).
 */
export function spanLabel(startLocal: string, endLocal: string): string {
  const s = dayOf(startLocal.slice(0, 10));
  const e = dayOf(endLocal.slice(0, 10));
  const endAtMidnight = endLocal.slice(11, 16) === '00:00' && e === s + 1;
  if (e === s || e === s + 1 || endAtMidnight) return `${timeOfLocal(startLocal)}–${timeOfLocal(endLocal)}`;
  return `${timeOfLocal(startLocal)} – ${shortDay(e)} ${timeOfLocal(endLocal)}`;
}

/** "Tue 1 Dec 22:00 – Wed 2 Dec 08:00", with both days ("Tue 10 Nov 09:00–17:00" within one). */
export function fullSpanLabel(startLocal: string, endLocal: string): string {
  const start = `${shortDay(dayOf(startLocal.slice(0, 10)))} ${timeOfLocal(startLocal)}`;
  if (startLocal.slice(0, 10) === endLocal.slice(0, 10)) return `${start}–${timeOfLocal(endLocal)}`;
  return `${start} – ${shortDay(dayOf(endLocal.slice(0, 10)))} ${timeOfLocal(endLocal)}`;
}

/** Whether a day is Saturday or Sunday. */
export function isWeekendDay(day: number): boolean {
  return weekdayOf(day) >= 6;
}
