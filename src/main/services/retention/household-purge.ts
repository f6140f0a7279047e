import type { Sqlite } from '../../db/connection';
import { collectHouseholdRows, deleteCollectedRows } from '../../db/repos/retention/household-graph.repo';

/*
 * The one way household data is deleted, shared by the retention purge and erasure on request.
 * Runs inside the caller's transaction with foreign-key checks deferred to commit (so the order
 * rows go in cannot trip a check half-way, and a row still referring to a deleted one fails the
 * whole transaction rather than being left behind). secure_delete is on for the connection, so
 * freed pages are zeroed; the caller vacuums after commit.
 *
 * Out-of-hours calls and handover notes about a household (case_id, a foreign key since
 * migration 12) go with it rather than being unlinked: what was said and done on a call about
 * the household is personal data about it, and a call with its link cleared would still hold it,
 * now with nothing to find it by. The handover a note was part of stays, with its other notes.
 */

/** Deletes every row belonging to these households; returns counts per table. */
export function deleteHouseholds(db: Sqlite, householdIds: readonly number[]): Record<string, number> {
  if (!db.inTransaction) throw new Error('deleteHouseholds must run inside a transaction');
  db.pragma('defer_foreign_keys = ON');
  const rows = collectHouseholdRows(db, householdIds);
  const counts = deleteCollectedRows(db, rows);
  // References the foreign-key graph cannot see: they point at a row by id without a declared
  // foreign key (a polymorphic target), so they are listed here by hand.
  const importKeys = deleteImportKeys(db, rows.get('referrals') ?? []);
  if (importKeys > 0) counts.import_keys = importKeys;
  return counts;
}

/** The spreadsheet keys of imported cases (`import_keys.target_id` is the referral's id). */
function deleteImportKeys(db: Sqlite, referralIds: readonly number[]): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'import_keys'").get();
  if (!exists || referralIds.length === 0) return 0;
  return db.prepare("DELETE FROM import_keys WHERE kind = 'cases' AND target_id IN (SELECT value FROM json_each(?))").run(JSON.stringify(referralIds)).changes;
}

/** Rebuilds the file without the freed pages and empties the write-ahead log, after a purge commits. */
export function vacuumAfterPurge(db: Sqlite): boolean {
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return true;
}
