import { londonDate } from '../time/london';
import { weekStart } from './rotation';
import type { BackupSchedule } from './schemas';

/** After this long without a good backup the home screen warns. */
export const STALE_AFTER_HOURS = 24;

/** A failed scheduled attempt is retried no sooner than this (a missing USB drive would otherwise be tried every minute). */
export const RETRY_AFTER_MS = 30 * 60_000;

/** What the schedule needs to know about past runs. */
export interface BackupHistory {
  lastGoodAt: string | null;
  /** When the most recent failed attempt happened, if the most recent attempt failed. */
  lastFailureAt?: string | null;
}

/**
 * Whether a scheduled backup should run now. Daily means "once each London calendar day" and
 * weekly "once each ISO week", so a backup missed because the PC was off runs at the next start,
 * and a backup made at 09:05 yesterday does not wait until 09:05 today.
 */
export function backupDue(history: BackupHistory, now: Date, schedule: BackupSchedule): boolean {
  if (schedule === 'manual') return false;
  if (history.lastFailureAt && now.getTime() - new Date(history.lastFailureAt).getTime() < RETRY_AFTER_MS) return false;
  if (!history.lastGoodAt) return true;
  const last = londonDate(history.lastGoodAt);
  const today = londonDate(now);
  return schedule === 'daily' ? last < today : weekStart(last) < weekStart(today);
}

/** How old the last good backup is, and whether that deserves a warning. */
export function backupAge(lastGoodAt: string | null, now: Date): { ageHours: number | null; stale: boolean } {
  if (!lastGoodAt) return { ageHours: null, stale: true };
  const ms = Math.max(0, now.getTime() - new Date(lastGoodAt).getTime());
  const ageHours = Math.floor(ms / 3_600_000);
  return { ageHours, stale: ms > STALE_AFTER_HOURS * 3_600_000 };
}

/** "2 hours ago", "3 days ago": for the home panel and the CLI. */
export function describeAge(ageHours: number | null): string {
  if (ageHours === null) return 'never';
  if (ageHours < 1) return 'less than an hour ago';
  if (ageHours < 48) return `${ageHours} hour${ageHours === 1 ? '' : 's'} ago`;
  const days = Math.floor(ageHours / 24);
  return `${days} days ago`;
}
