import { addDays, londonDate } from '../time/london';
import type { Retention } from './schemas';

/** What rotation needs to know about a set. */
export interface RotatableSet {
  name: string;
  /** UTC ISO timestamp of when the set was made. */
  createdAt: string;
}

/** The decision: which sets stay and which go. Every input set is in exactly one list. */
export interface RotationPlan {
  keep: string[];
  remove: string[];
}

/** Monday of the ISO week a calendar date falls in. */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * Marks the newest set of each of the `count` most recent periods that have a set at all (the
 * "keep-daily N" rule restic and borg use): a fortnight with three missed days still keeps 14
 * daily sets, rather than fewer because the calendar moved on.
 */
function keepNewestPerPeriod(sorted: readonly RotatableSet[], count: number, period: (s: RotatableSet) => string, keep: Set<string>): void {
  if (count <= 0) return;
  const seen = new Set<string>();
  for (const s of sorted) {
    const p = period(s);
    if (seen.has(p)) continue;
    seen.add(p);
    keep.add(s.name);
    if (seen.size >= count) return;
  }
}

/**
 * Decides which backup sets rotation keeps: the newest of each of the last `daily` days, `weekly`
 * ISO weeks and `monthly` calendar months that have a set, counted on London dates (the office's
 * calendar), and always the newest set of all, whatever the settings say. Pure: the caller
 * deletes what `remove` lists.
 */
export function planRotation(sets: readonly RotatableSet[], retention: Retention): RotationPlan {
  const sorted = [...sets].sort((a, b) => (a.createdAt === b.createdAt ? (a.name < b.name ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set<string>();
  if (sorted[0]) keep.add(sorted[0].name);
  const day = (s: RotatableSet) => londonDate(s.createdAt);
  keepNewestPerPeriod(sorted, retention.daily, day, keep);
  keepNewestPerPeriod(sorted, retention.weekly, (s) => weekStart(day(s)), keep);
  keepNewestPerPeriod(sorted, retention.monthly, (s) => day(s).slice(0, 7), keep);
  return {
    keep: sorted.filter((s) => keep.has(s.name)).map((s) => s.name),
    remove: sorted.filter((s) => !keep.has(s.name)).map((s) => s.name),
  };
}
