import type { Migration } from './migration';

/*
 * Corrections made on a data subject's request (or found in review): the field, the old and new
 * values, who, when and why. Kept with the person (a foreign key to people), so it is exported
 * with their records and erased with them.
 */
export const migration009: Migration = {
  version: 9,
  name: 'person-corrections',
  up(db) {
    db.exec(`
      CREATE TABLE person_corrections (
        id        INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        field     TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        reason    TEXT NOT NULL,
        by_user   INTEGER REFERENCES users(id),
        at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX person_corrections_person ON person_corrections(person_id, at);
    `);
  },
};
