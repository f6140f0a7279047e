import type { Migration } from './migration';

/*
 * Records imported from a spreadsheet, by the old sheet's own key, so that importing the same
 * file again finds them instead of adding them twice. Units are recognised by their code and
 * need no row here; staff and cases have no natural key of their own in Waymark.
 */
export const migration008: Migration = {
  version: 8,
  name: 'import-keys',
  up(db) {
    db.exec(`
      CREATE TABLE import_keys (
        kind TEXT NOT NULL CHECK (kind IN ('units', 'staff', 'cases')),
        external_key TEXT NOT NULL,
        target_id INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (kind, external_key)
      ) WITHOUT ROWID;
    `);
  },
};
