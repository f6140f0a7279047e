import type { Sqlite } from '../../db/connection';
import { collectHouseholdRows, deleteCollectedRows } from '../../db/repos/retention/household-graph.repo';

/*
 * The one way household data is deleted, shared by the retention purge and erasure on request.
 * Runs inside the caller's transaction with foreign-key checks deferred to commit (so the order
 * rows go in cannot trip a check half-way, and a row still referring to a deleted one fails the
 * whole transaction rather than being left behind). secure_delete is on for the connection, so
 * freed pages are zeroed; the caller vacuums after commit.
 */

/** Deletes every row belonging to these households; returns counts per table. */
export function deleteHouseholds(db: Sqlite, householdIds: readonly number[]): Record<string, number> {
  if (!db.inTransaction) throw new Error('deleteHouseholds must run inside a transaction');
  db.pragma('defer_foreign_keys = ON');
  return deleteCollectedRows(db, collectHouseholdRows(db, householdIds));
}

/** Rebuilds the file without the freed pages and empties the write-ahead log, after a purge commits. */
export function vacuumAfterPurge(db: Sqlite): boolean {
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return true;
}
