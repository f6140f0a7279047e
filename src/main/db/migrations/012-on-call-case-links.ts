import type { Migration } from './migration';

/*
 * Out-of-hours calls and handover notes name the case they are about in case_id (a household's
 * id), which migration 3 left without a foreign key while the cases tables settled. Retention,
 * subject access and erasure find a household's rows by following foreign keys, so they missed
 * these rows: a purge left call notes about a household it had deleted, and a subject access
 * export left them out. SQLite cannot add a foreign key to a table, so both are rebuilt under the
 * same names with the same columns, checks and indexes, case_id now `REFERENCES households(id)`.
 *
 * No ON DELETE action: the purge deletes a household's dependent rows itself, children first,
 * and checks foreign keys at commit, so a plain reference makes any other way of deleting a
 * household (one that would strand these notes) fail instead of silently orphaning them.
 *
 * A link to a household that no longer exists (deleted before this migration by a purge that
 * could not see the link) names nothing and would fail the new key, so it is cleared first: the
 * call or note itself is kept, as an unlinked one. Every other row is copied as it is; a row that
 * somehow did not fit would stop the migration (and roll it all back) rather than be changed.
 *
 * Migrations run inside one transaction, where PRAGMA foreign_keys cannot be switched off; it
 * need not be. Nothing refers to either table (no foreign key, trigger or view), so dropping the
 * old ones deletes nothing elsewhere; the copies' keys are checked as rows go in, and each
 * still-linked case_id names an existing household by then. The renames touch nothing else.
 */
export const migration012: Migration = {
  version: 12,
  name: 'on-call-case-links',
  up(db) {
    db.exec(`
      UPDATE phone_calls SET case_id = NULL WHERE case_id IS NOT NULL AND case_id NOT IN (SELECT id FROM households);
      UPDATE handover_notes SET case_id = NULL WHERE case_id IS NOT NULL AND case_id NOT IN (SELECT id FROM households);

      CREATE TABLE phone_calls_linked (
        id                   INTEGER PRIMARY KEY,
        call_at              TEXT NOT NULL,
        caller_type          TEXT NOT NULL CHECK (caller_type IN ('resident','ex_resident','new_referral','professional','family_or_friend','unknown_or_silent','other')),
        case_id              INTEGER REFERENCES households(id),
        action_taken         TEXT NOT NULL,
        manager_called       INTEGER NOT NULL CHECK (manager_called IN (0,1)),
        police_called        INTEGER NOT NULL CHECK (police_called IN (0,1)),
        follow_up_needed     INTEGER NOT NULL CHECK (follow_up_needed IN (0,1)),
        follow_up_note       TEXT NOT NULL DEFAULT '',
        follow_up_closed_by  INTEGER REFERENCES users(id),
        follow_up_closed_at  TEXT,
        follow_up_close_note TEXT,
        logged_by            INTEGER NOT NULL REFERENCES users(id),
        logged_at            TEXT NOT NULL,
        CHECK ((follow_up_closed_at IS NULL) = (follow_up_closed_by IS NULL)),
        CHECK (follow_up_closed_at IS NULL OR follow_up_needed = 1)
      ) STRICT;
      INSERT INTO phone_calls_linked (id, call_at, caller_type, case_id, action_taken, manager_called, police_called, follow_up_needed, follow_up_note,
          follow_up_closed_by, follow_up_closed_at, follow_up_close_note, logged_by, logged_at)
        SELECT id, call_at, caller_type, case_id, action_taken, manager_called, police_called, follow_up_needed, follow_up_note,
          follow_up_closed_by, follow_up_closed_at, follow_up_close_note, logged_by, logged_at
        FROM phone_calls;
      DROP TABLE phone_calls;
      ALTER TABLE phone_calls_linked RENAME TO phone_calls;
      CREATE INDEX phone_calls_at ON phone_calls(call_at);
      CREATE INDEX phone_calls_case ON phone_calls(case_id);
      CREATE INDEX phone_calls_open ON phone_calls(follow_up_needed, follow_up_closed_at);

      CREATE TABLE handover_notes_linked (
        handover_id  INTEGER NOT NULL REFERENCES handovers(id),
        position     INTEGER NOT NULL CHECK (position >= 0),
        target_label TEXT NOT NULL,
        case_id      INTEGER REFERENCES households(id),
        note         TEXT NOT NULL,
        PRIMARY KEY (handover_id, position)
      ) STRICT;
      INSERT INTO handover_notes_linked (rowid, handover_id, position, target_label, case_id, note)
        SELECT rowid, handover_id, position, target_label, case_id, note FROM handover_notes;
      DROP TABLE handover_notes;
      ALTER TABLE handover_notes_linked RENAME TO handover_notes;
      CREATE INDEX handover_notes_case ON handover_notes(case_id);
    `);
  },
};
