import type { Correction } from '../../../../shared/retention/subject-access';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** Records one correction. */
export function insertCorrection(db: Sqlite, c: Omit<Correction, 'id' | 'byName'> & { personId: number }): number {
  return Number(
    db
      .prepare('INSERT INTO person_corrections (person_id, field, old_value, new_value, reason, by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(c.personId, c.field, c.oldValue, c.newValue, c.reason, c.byUser, c.at).lastInsertRowid,
  );
}

/** A person's corrections, oldest first, with the name of who made each. */
export function correctionsOf(db: Sqlite, personId: number): Correction[] {
  return cached(
    db,
    `SELECT c.id, c.field, c.old_value AS oldValue, c.new_value AS newValue, c.reason, c.by_user AS byUser, u.display_name AS byName, c.at
       FROM person_corrections c LEFT JOIN users u ON u.id = c.by_user
      WHERE c.person_id = ? ORDER BY c.at, c.id`,
  ).all(personId) as Correction[];
}
