import type { Migration } from './migration';

/*
 * Units of safe accommodation and their timeline: stays, holds and out-of-service periods, plus
 * what a household needs from a unit (access, pets, areas). Enumerations are CHECK-constrained
 * with the codes in src/shared/allocation/vocab.allocation.ts; a test keeps the two in step.
 *
 * No double booking, ever. SQLite has no exclusion constraint, so triggers refuse any active
 * stay, hold or out-of-service period whose nights overlap another active one on the same unit.
 * Nights are [start_date, end_date) as London dates; a NULL end is open-ended. A hold counts
 * while its status is 'active': the service marks lapsed holds 'expired' (with its clock) in the
 * same transaction before it books, so a lapsed hold can delay a raw insert but never let two
 * households into one unit.
 */

const OPEN_END = `'9999-12-31'`;

/** The tables that share a unit's timeline. */
const TIMELINE = ['unit_stays', 'unit_holds', 'unit_out_of_service'] as const;

function overlapExists(table: string, excludeSelf: boolean): string {
  // eslint-disable-next-line waymark/no-sql-interpolation -- table is one of the TIMELINE constants; trigger DDL cannot take ? parameters
  return `EXISTS (SELECT 1 FROM ${table} x WHERE x.unit_id = NEW.unit_id AND x.status = 'active'${excludeSelf ? ' AND x.id <> NEW.id' : ''}
      AND x.start_date < coalesce(NEW.end_date, ${OPEN_END}) AND NEW.start_date < coalesce(x.end_date, ${OPEN_END}))`;
}

function overlapTriggers(table: (typeof TIMELINE)[number]): string {
  const check = (isUpdate: boolean) =>
    TIMELINE.map((other) => overlapExists(other, isUpdate && other === table)).join('\n      OR ');
  const message = `'waymark-overlap: ${table} would overlap another stay, hold or out-of-service period on this unit'`;
  // eslint-disable-next-line waymark/no-sql-interpolation -- table is one of the TIMELINE constants; trigger DDL cannot take ? parameters
  return `
    CREATE TRIGGER ${table}_no_overlap_insert BEFORE INSERT ON ${table} WHEN NEW.status = 'active'
    BEGIN
      SELECT RAISE(ABORT, ${message}) WHERE ${check(false)};
    END;
    CREATE TRIGGER ${table}_no_overlap_update BEFORE UPDATE OF unit_id, start_date, end_date, status ON ${table} WHEN NEW.status = 'active'
    BEGIN
      SELECT RAISE(ABORT, ${message}) WHERE ${check(true)};
    END;`;
}

const TABLES_SQL = `
  CREATE TABLE units (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 40),
    name              TEXT NOT NULL DEFAULT '',
    -- Restricted: returned only to managers and administrators.
    address           TEXT NOT NULL DEFAULT '',
    type              TEXT NOT NULL CHECK (type IN ('refuge','specialist','dispersed','second_stage','safe_place','other')),
    single_sex        TEXT NOT NULL CHECK (single_sex IN ('women_only','men_only','none')),
    bedrooms          INTEGER NOT NULL CHECK (bedrooms BETWEEN 0 AND 20),
    max_occupants     INTEGER NOT NULL CHECK (max_occupants BETWEEN 1 AND 30),
    max_children      INTEGER NOT NULL CHECK (max_children BETWEEN 0 AND 20 AND max_children < max_occupants),
    -- The oldest boy accepted, in years; NULL = any age.
    oldest_boy        INTEGER CHECK (oldest_boy IS NULL OR oldest_boy BETWEEN 0 AND 17),
    wheelchair        INTEGER NOT NULL DEFAULT 0 CHECK (wheelchair IN (0,1)),
    step_free         INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0,1)),
    floor             INTEGER NOT NULL DEFAULT 0 CHECK (floor BETWEEN -2 AND 60),
    pets              INTEGER NOT NULL DEFAULT 0 CHECK (pets IN (0,1)),
    locality          TEXT NOT NULL DEFAULT '',
    postcode_district TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    opened_on         TEXT NOT NULL,
    closed_on         TEXT CHECK (closed_on IS NULL OR closed_on > opened_on),
    created_at        TEXT NOT NULL,
    created_by        INTEGER REFERENCES users(id),
    updated_at        TEXT NOT NULL,
    CHECK (wheelchair = 0 OR step_free = 1)
  ) STRICT;

  CREATE TABLE unit_holds (
    id                     INTEGER PRIMARY KEY,
    unit_id                INTEGER NOT NULL REFERENCES units(id),
    household_id           INTEGER NOT NULL REFERENCES households(id),
    referral_id            INTEGER REFERENCES referrals(id),
    start_date             TEXT NOT NULL,
    end_date               TEXT,
    expires_at             TEXT NOT NULL,
    status                 TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','cancelled','expired','converted')),
    note                   TEXT NOT NULL DEFAULT '',
    override_justification TEXT,
    created_at             TEXT NOT NULL,
    created_by             INTEGER REFERENCES users(id),
    closed_at              TEXT,
    closed_by              INTEGER REFERENCES users(id),
    close_reason           TEXT NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR end_date > start_date),
    CHECK ((status = 'active') = (closed_at IS NULL))
  ) STRICT;
  CREATE INDEX unit_holds_unit ON unit_holds(unit_id, status, start_date);
  CREATE INDEX unit_holds_household ON unit_holds(household_id, status);
  CREATE INDEX unit_holds_expiry ON unit_holds(expires_at) WHERE status = 'active';

  CREATE TABLE unit_stays (
    id                     INTEGER PRIMARY KEY,
    unit_id                INTEGER NOT NULL REFERENCES units(id),
    household_id           INTEGER NOT NULL REFERENCES households(id),
    referral_id            INTEGER REFERENCES referrals(id),
    start_date             TEXT NOT NULL,
    expected_end_date      TEXT,
    -- The morning they left (exclusive); NULL while the stay is open.
    end_date               TEXT,
    -- 'cancelled' = recorded in error; it no longer holds the unit or counts in figures.
    status                 TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','cancelled')),
    hold_id                INTEGER REFERENCES unit_holds(id),
    moved_from_stay_id     INTEGER REFERENCES unit_stays(id),
    note                   TEXT NOT NULL DEFAULT '',
    override_justification TEXT,
    end_reason             TEXT NOT NULL DEFAULT '',
    ended_at               TEXT,
    ended_by               INTEGER REFERENCES users(id),
    created_at             TEXT NOT NULL,
    created_by             INTEGER REFERENCES users(id),
    CHECK (expected_end_date IS NULL OR expected_end_date > start_date),
    CHECK (status = 'cancelled' OR end_date IS NULL OR end_date > start_date)
  ) STRICT;
  CREATE INDEX unit_stays_unit ON unit_stays(unit_id, status, start_date);
  CREATE INDEX unit_stays_household ON unit_stays(household_id, status);
  CREATE INDEX unit_stays_end ON unit_stays(end_date);
  CREATE UNIQUE INDEX unit_stays_one_move ON unit_stays(moved_from_stay_id) WHERE moved_from_stay_id IS NOT NULL AND status = 'active';

  CREATE TABLE unit_out_of_service (
    id         INTEGER PRIMARY KEY,
    unit_id    INTEGER NOT NULL REFERENCES units(id),
    reason     TEXT NOT NULL CHECK (reason IN ('repair','cleaning','void','closed')),
    start_date TEXT NOT NULL,
    end_date   TEXT,
    status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','cancelled')),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_at TEXT NOT NULL,
    CHECK (status = 'cancelled' OR end_date IS NULL OR end_date > start_date)
  ) STRICT;
  CREATE INDEX unit_out_of_service_unit ON unit_out_of_service(unit_id, status, start_date);

  CREATE TABLE household_needs (
    household_id    INTEGER PRIMARY KEY REFERENCES households(id),
    wheelchair      INTEGER NOT NULL DEFAULT 0 CHECK (wheelchair IN (0,1)),
    step_free       INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0,1)),
    max_floor       INTEGER CHECK (max_floor IS NULL OR max_floor BETWEEN 0 AND 60),
    pets            INTEGER NOT NULL DEFAULT 0 CHECK (pets IN (0,1)),
    avoid_areas     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(avoid_areas) AND json_type(avoid_areas) = 'array'),
    preferred_areas TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(preferred_areas) AND json_type(preferred_areas) = 'array'),
    notes           TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL,
    updated_by      INTEGER REFERENCES users(id)
  ) STRICT;
`;

const TRIGGERS_SQL = TIMELINE.map(overlapTriggers).join('\n');

export const migration004: Migration = {
  version: 4,
  name: 'allocation',
  up(db) {
    db.exec(TABLES_SQL);
    db.exec(TRIGGERS_SQL);
  },
};
