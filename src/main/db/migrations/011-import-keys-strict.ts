import type { Migration } from './migration';

/*
 * import_keys (migration 8) was created without STRICT, the one table that was: a value of the
 * wrong type would have been stored as whatever it was instead of refused. SQLite cannot add
 * STRICT to a table, so it is rebuilt under the same name with the same columns, checks and key,
 * and every row copied across. The import code only ever wrote text keys and integer ids, so the
 * copy fits; a row that somehow did not would stop the migration (and the whole migration would
 * roll back) rather than be changed or dropped. Nothing refers to the table (no foreign key,
 * index, trigger or view), so nothing else needs rebuilding.
 */
export const migration011: Migration = {
  version: 11,
  name: 'import-keys-strict',
  up(db) {
    db.exec(`
      CREATE TABLE import_keys_strict (
        kind TEXT NOT NULL CHECK (kind IN ('units', 'staff', 'cases')),
        external_key TEXT NOT NULL,
        target_id INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (kind, external_key)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO import_keys_strict (kind, external_key, target_id, imported_at)
        SELECT kind, external_key, target_id, imported_at FROM import_keys;
      DROP TABLE import_keys;
      ALTER TABLE import_keys_strict RENAME TO import_keys;
    `);
  },
};
