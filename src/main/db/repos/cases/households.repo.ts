import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** A household row. */
export interface HouseholdRow {
  id: number;
  reference: string;
  restricted: number;
  worker_id: number | null;
  risk_level: 'standard' | 'medium' | 'high' | null;
  created_at: string;
  created_by: number | null;
}

/** The next case reference: C-000001, C-000002 … */
export function nextHouseholdReference(db: Sqlite): string {
  const row = cached(db, "SELECT max(CAST(substr(reference, 3) AS INTEGER)) AS n FROM households WHERE reference LIKE 'C-%'").get() as { n: number | null };
  return `C-${String((row.n ?? 0) + 1).padStart(6, '0')}`;
}

/** Creates a household and returns its id. */
export function insertHousehold(db: Sqlite, h: { reference: string; createdAt: string; createdBy: number | null }): number {
  return Number(cached(db, 'INSERT INTO households (reference, created_at, created_by) VALUES (?, ?, ?)').run(h.reference, h.createdAt, h.createdBy).lastInsertRowid);
}

/** One household. */
export function getHousehold(db: Sqlite, id: number): HouseholdRow | null {
  return (cached(db, 'SELECT * FROM households WHERE id = ?').get(id) as HouseholdRow | undefined) ?? null;
}

/** The users a restricted case is open to. */
export function caseAccessList(db: Sqlite, householdId: number): number[] {
  return (cached(db, 'SELECT user_id FROM case_access WHERE household_id = ? ORDER BY user_id').all(householdId) as { user_id: number }[]).map((r) => r.user_id);
}

/** Whether a user is on a case's access list. */
export function hasCaseAccess(db: Sqlite, householdId: number, userId: number): boolean {
  return cached(db, 'SELECT 1 FROM case_access WHERE household_id = ? AND user_id = ?').get(householdId, userId) !== undefined;
}

/** Replaces a case's restriction (an empty list lifts it). */
export function setRestriction(db: Sqlite, householdId: number, userIds: readonly number[]): void {
  cached(db, 'DELETE FROM case_access WHERE household_id = ?').run(householdId);
  const add = cached(db, 'INSERT INTO case_access (household_id, user_id) VALUES (?, ?)');
  for (const u of new Set(userIds)) add.run(householdId, u);
  cached(db, 'UPDATE households SET restricted = ? WHERE id = ?').run(userIds.length > 0 ? 1 : 0, householdId);
}

/** Sets the key worker. */
export function setWorker(db: Sqlite, householdId: number, userId: number | null): void {
  cached(db, 'UPDATE households SET worker_id = ? WHERE id = ?').run(userId, householdId);
}

/** Keeps the household's current risk level in step with its latest assessment. */
export function setHouseholdRisk(db: Sqlite, householdId: number, level: 'standard' | 'medium' | 'high'): void {
  cached(db, 'UPDATE households SET risk_level = ? WHERE id = ?').run(level, householdId);
}
