import { addDays } from '../time/london';

/*
 * The dates support runs on: three-month follow-ups after a planned exit, plan reviews, and the
 * twelve months of move-on support. All are London calendar dates (YYYY-MM-DD).
 */

/** Months after a planned exit when the follow-up is due (`000_…` 5.2). */
export const FOLLOW_UP_MONTHS = 3;
/** The longest move-on / second-stage support after leaving a unit (`001_…` 4.12-4.19). */
export const MOVE_ON_MAX_MONTHS = 12;
/** A follow-up this many days away or fewer is "due" (listed before it is overdue). */
export const FOLLOW_UP_DUE_SOON_DAYS = 14;
/** A review this many days away or fewer is "due". */
export const REVIEW_DUE_SOON_DAYS = 7;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date plus whole calendar months. When the day does not exist in the target month it becomes
 * that month's last day: 31 January + 1 month = 28 (or 29) February; 30 November + 3 = 28/29 February.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const td = Math.min(d, daysInMonth(ty, tm));
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

/** When the follow-up after a planned exit on `exitedOn` is due. */
export function followUpDueOn(exitedOn: string): string {
  return addMonths(exitedOn, FOLLOW_UP_MONTHS);
}

/** The last day move-on support that started on `startOn` can run to. */
export function moveOnLatestEnd(startOn: string): string {
  return addMonths(startOn, MOVE_ON_MAX_MONTHS);
}

/** Where a dated task stands today. */
export type DueStatus = 'done' | 'overdue' | 'due' | 'upcoming';

/** A dated task's status: overdue after its date, due from `soonDays` before it. */
export function dueStatus(dueOn: string, doneOn: string | null, today: string, soonDays: number): DueStatus {
  if (doneOn) return 'done';
  if (dueOn < today) return 'overdue';
  return dueOn <= addDays(today, soonDays) ? 'due' : 'upcoming';
}

/** A follow-up's status. */
export function followUpStatus(dueOn: string, doneOn: string | null, today: string): DueStatus {
  return dueStatus(dueOn, doneOn, today, FOLLOW_UP_DUE_SOON_DAYS);
}

/** A plan review's status (a plan with no review date is never listed). */
export function reviewStatus(nextReviewOn: string | null, today: string): DueStatus | null {
  return nextReviewOn ? dueStatus(nextReviewOn, null, today, REVIEW_DUE_SOON_DAYS) : null;
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
