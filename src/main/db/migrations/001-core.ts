import type { Migration } from './migration';

/** Core tables: identity of the database, staff accounts, settings and the audit log. */
export const migration001: Migration = {
  version: 1,
  name: 'core',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id                   INTEGER PRIMARY KEY,
        username             TEXT NOT NULL UNIQUE,
        display_name         TEXT NOT NULL,
        role                 TEXT NOT NULL CHECK (role IN ('administrator','manager','support_worker','night_worker')),
        active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0,1)),
        discreet             INTEGER NOT NULL DEFAULT 0 CHECK (discreet IN (0,1)),
        keyring_slot         TEXT UNIQUE,
        created_at           TEXT NOT NULL,
        last_sign_in_at      TEXT,
        deactivated_at       TEXT
      ) STRICT;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        user_id   INTEGER REFERENCES users(id),
        username  TEXT,
        action    TEXT NOT NULL,
        entity    TEXT,
        entity_id TEXT,
        detail    TEXT,
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE INDEX audit_log_user ON audit_log(user_id, at);
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `);
  },
};
