import type { Sqlite } from '../../db/connection';

/** One line of a case timeline. */
export interface TimelineEvent {
  at: string;
  kind: string;
  summary: string;
  by: string | null;
}

/** A source of timeline events for one household. Later features (stays, support, calls) add theirs. */
export type TimelineSource = (db: Sqlite, householdId: number) => TimelineEvent[];

/** Everything that happened to a household, newest first, from every source. */
export function buildTimeline(db: Sqlite, householdId: number, sources: readonly TimelineSource[]): TimelineEvent[] {
  return sources.flatMap((s) => s(db, householdId)).sort((a, b) => b.at.localeCompare(a.at));
}
