import type { Correction } from '../../../../shared/retention/subject-access';
import type { Sqlite } from '../../connection';

/** Records one correction. */
export function insertCorrection(db: Sqlite, c: Omit<Correction, 'id'> & { personId: number }): number {
  return Number(
    db
      .prepare('INSERT INTO person_corrections (person_id, field, old_value, new_value, reason, by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(c.personId, c.field, c.oldValue, c.newValue, c.reason, c.byUser, c.at).lastInsertRowid,
  );
}

/** A person's corrections, oldest first. */
export function correctionsOf(db: Sqlite, personId: number): Correction[] {
  return db
    .prepare('SELECT id, field, old_value AS oldValue, new_value AS newValue, reason, by_user AS byUser, at FROM person_corrections WHERE person_id = ? ORDER BY at, id')
    .all(personId) as Correction[];
}
