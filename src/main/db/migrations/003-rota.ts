import type { Migration } from './migration';

/*
 * Around the clock: the staff directory, leave, shift types, coverage requirements, rotations
 * (versioned so that editing one never moves a past shift), one-off shifts and overrides, swaps,
 * working-time warning overrides, the out-of-hours phone log and shift handovers.
 *
 * Rota times are London wall-clock text ("YYYY-MM-DDTHH:mm", "HH:mm") because that is what the
 * rota means: "22:00 every night" stays 22:00 across a clock change. Instants that record when
 * something happened (logged at, acknowledged at) are UTC ISO strings like everywhere else.
 * Enumerations are CHECK-constrained with the codes in src/shared/rota/schemas; a test keeps the
 * two in step.
 *
 * case_id columns name the case a call or handover note is about. They carry no foreign key yet:
 * the cases feature is settling its tables in parallel, and a later migration adds the reference.
 */
export const migration003: Migration = {
  version: 3,
  name: 'rota',
  up(db) {
    db.exec(`
      CREATE TABLE rota_staff (
        id               INTEGER PRIMARY KEY,
        user_id          INTEGER UNIQUE REFERENCES users(id),
        name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        sex              TEXT NOT NULL CHECK (sex IN ('female','male','other_or_not_stated')),
        staff_role       TEXT NOT NULL CHECK (staff_role IN ('manager','support_worker','night_worker','administrator','sessional_worker','volunteer','agency_cover')),
        contracted_hours REAL CHECK (contracted_hours IS NULL OR contracted_hours BETWEEN 0 AND 168),
        wtr_opt_out_date TEXT CHECK (wtr_opt_out_date IS NULL OR wtr_opt_out_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        contact_number   TEXT,
        active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;

      CREATE TABLE rota_staff_skills (
        staff_id INTEGER NOT NULL REFERENCES rota_staff(id) ON DELETE CASCADE,
        skill    TEXT NOT NULL CHECK (length(skill) BETWEEN 1 AND 40),
        PRIMARY KEY (staff_id, skill)
      ) STRICT;

      CREATE TABLE rota_leave (
        id          INTEGER PRIMARY KEY,
        staff_id    INTEGER NOT NULL REFERENCES rota_staff(id),
        start_local TEXT NOT NULL,
        end_local   TEXT NOT NULL,
        type        TEXT NOT NULL CHECK (type IN ('annual','sick','training','parental','unavailable','other')),
        created_by  INTEGER REFERENCES users(id),
        created_at  TEXT NOT NULL,
        CHECK (end_local > start_local)
      ) STRICT;
      CREATE INDEX rota_leave_span ON rota_leave(start_local, end_local);

      CREATE TABLE rota_shift_types (
        id                      INTEGER PRIMARY KEY,
        name                    TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
        kind                    TEXT NOT NULL CHECK (kind IN ('office_day','evening','sleep_in','waking_night','on_call_phone','manager_on_call','other')),
        default_start           TEXT NOT NULL,
        default_end             TEXT NOT NULL,
        covers_office           INTEGER NOT NULL CHECK (covers_office IN (0,1)),
        covers_phone            INTEGER NOT NULL CHECK (covers_phone IN (0,1)),
        covers_manager_on_call  INTEGER NOT NULL CHECK (covers_manager_on_call IN (0,1)),
        night_work              INTEGER NOT NULL CHECK (night_work IN (0,1)),
        counts_as_working_time  INTEGER NOT NULL CHECK (counts_as_working_time IN (0,1)),
        active                  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        CHECK (covers_office + covers_phone + covers_manager_on_call > 0)
      ) STRICT;

      CREATE TABLE rota_requirements (
        id             INTEGER PRIMARY KEY,
        label          TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        shift_type_id  INTEGER REFERENCES rota_shift_types(id),
        from_time      TEXT NOT NULL,
        to_time        TEXT NOT NULL,
        -- ISO weekdays as digits, e.g. '1234567' or '67'.
        days_of_week   TEXT NOT NULL CHECK (length(days_of_week) BETWEEN 1 AND 7 AND days_of_week NOT GLOB '*[^1-7]*'),
        min_people     INTEGER NOT NULL CHECK (min_people BETWEEN 1 AND 50),
        required_skill TEXT,
        required_sex   TEXT CHECK (required_sex IS NULL OR required_sex IN ('female','male')),
        active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
      ) STRICT;

      CREATE TABLE rota_rotations (
        id         INTEGER PRIMARY KEY,
        created_by INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL
      ) STRICT;

      -- Versions are never updated in place once in effect: an edit adds a version.
      CREATE TABLE rota_rotation_versions (
        id               INTEGER PRIMARY KEY,
        rotation_id      INTEGER NOT NULL REFERENCES rota_rotations(id),
        effective_from   TEXT NOT NULL,
        name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        shift_type_id    INTEGER NOT NULL REFERENCES rota_shift_types(id),
        start_date       TEXT NOT NULL,
        start_time       TEXT NOT NULL,
        end_time         TEXT NOT NULL,
        days_of_week     TEXT NOT NULL CHECK (length(days_of_week) BETWEEN 1 AND 7 AND days_of_week NOT GLOB '*[^1-7]*'),
        turn_length_days INTEGER NOT NULL CHECK (turn_length_days BETWEEN 1 AND 366),
        handover_time    TEXT NOT NULL,
        end_date         TEXT,
        created_by       INTEGER REFERENCES users(id),
        created_at       TEXT NOT NULL,
        UNIQUE (rotation_id, effective_from)
      ) STRICT;

      CREATE TABLE rota_rotation_members (
        version_id INTEGER NOT NULL REFERENCES rota_rotation_versions(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        staff_id   INTEGER NOT NULL REFERENCES rota_staff(id),
        PRIMARY KEY (version_id, position)
      ) STRICT;

      -- One-off shifts and overrides share a shape; the layer decides the order they apply in.
      CREATE TABLE rota_cover (
        id                INTEGER PRIMARY KEY,
        layer             TEXT NOT NULL CHECK (layer IN ('one_off','override')),
        shift_type_id     INTEGER NOT NULL REFERENCES rota_shift_types(id),
        staff_id          INTEGER NOT NULL REFERENCES rota_staff(id),
        replaces_staff_id INTEGER REFERENCES rota_staff(id),
        start_local       TEXT NOT NULL,
        end_local         TEXT NOT NULL,
        note              TEXT NOT NULL DEFAULT '',
        created_by        INTEGER REFERENCES users(id),
        created_at        TEXT NOT NULL,
        CHECK (end_local > start_local),
        CHECK (replaces_staff_id IS NULL OR replaces_staff_id <> staff_id)
      ) STRICT;
      CREATE INDEX rota_cover_span ON rota_cover(start_local, end_local);

      CREATE TABLE rota_swaps (
        id                    INTEGER PRIMARY KEY,
        requester_staff_id    INTEGER NOT NULL REFERENCES rota_staff(id),
        counterpart_staff_id  INTEGER NOT NULL REFERENCES rota_staff(id),
        give_shift_type_id    INTEGER NOT NULL REFERENCES rota_shift_types(id),
        give_start_local      TEXT NOT NULL,
        give_end_local        TEXT NOT NULL,
        take_shift_type_id    INTEGER REFERENCES rota_shift_types(id),
        take_start_local      TEXT,
        take_end_local        TEXT,
        state                 TEXT NOT NULL CHECK (state IN ('requested','accepted','approved','declined','cancelled')),
        note                  TEXT NOT NULL DEFAULT '',
        requested_by          INTEGER REFERENCES users(id),
        requested_at          TEXT NOT NULL,
        accepted_by           INTEGER REFERENCES users(id),
        accepted_at           TEXT,
        decided_by            INTEGER REFERENCES users(id),
        decided_at            TEXT,
        decision_comment      TEXT,
        CHECK (requester_staff_id <> counterpart_staff_id),
        CHECK (give_end_local > give_start_local),
        CHECK ((take_shift_type_id IS NULL) = (take_start_local IS NULL) AND (take_start_local IS NULL) = (take_end_local IS NULL)),
        CHECK (take_end_local IS NULL OR take_end_local > take_start_local)
      ) STRICT;

      CREATE TABLE rota_warning_overrides (
        key            TEXT PRIMARY KEY,
        comment        TEXT NOT NULL CHECK (length(comment) > 0),
        overridden_by  INTEGER NOT NULL REFERENCES users(id),
        overridden_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE phone_calls (
        id                   INTEGER PRIMARY KEY,
        call_at              TEXT NOT NULL,
        caller_type          TEXT NOT NULL CHECK (caller_type IN ('resident','ex_resident','new_referral','professional','family_or_friend','unknown_or_silent','other')),
        case_id              INTEGER, -- no foreign key yet (see the note above)
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
      CREATE INDEX phone_calls_at ON phone_calls(call_at);
      CREATE INDEX phone_calls_case ON phone_calls(case_id);
      CREATE INDEX phone_calls_open ON phone_calls(follow_up_needed, follow_up_closed_at);

      CREATE TABLE handovers (
        id            INTEGER PRIMARY KEY,
        written_by    INTEGER NOT NULL REFERENCES users(id),
        written_at    TEXT NOT NULL,
        general_notes TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX handovers_at ON handovers(written_at);

      CREATE TABLE handover_notes (
        handover_id  INTEGER NOT NULL REFERENCES handovers(id),
        position     INTEGER NOT NULL CHECK (position >= 0),
        target_label TEXT NOT NULL,
        case_id      INTEGER, -- no foreign key yet (see the note above)
        note         TEXT NOT NULL,
        PRIMARY KEY (handover_id, position)
      ) STRICT;
      CREATE INDEX handover_notes_case ON handover_notes(case_id);

      CREATE TABLE handover_acks (
        handover_id     INTEGER NOT NULL REFERENCES handovers(id),
        user_id         INTEGER NOT NULL REFERENCES users(id),
        acknowledged_at TEXT NOT NULL,
        PRIMARY KEY (handover_id, user_id)
      ) STRICT;
    `);
  },
};
