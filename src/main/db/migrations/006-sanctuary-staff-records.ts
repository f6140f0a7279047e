import type { Migration } from './migration';

/*
 * The sanctuary scheme (issue 9): cases hanging off a referral, the parts of the risk
 * assessment, the schedule of rates, the measures and the council's approvals; the working-day
 * calendar's changes an administrator makes. Staff records: the training course list, training
 * attended, DBS checks and specialist FTE, each hanging off a person of the rota's staff
 * directory (rota_staff), so there is one staff list.
 *
 * Enumerations are CHECK-constrained with the codes in src/shared/sanctuary/vocab.sanctuary.ts and
 * src/shared/staff-records/vocab.staff-records.ts; a test keeps the two in step. The starting
 * schedule of rates and course list are written out here, not read from shared code, because a
 * shipped migration never changes (prices are indicative: the service edits them).
 *
 * Rules the database holds whatever the service does: a fitted measure has a date and a cost and
 * was approved; a refused one has a reason; a refused landlord's permission has its reason; an
 * approval has a reference.
 */

const KINDS = `'lock_change','mortice_lock','dead_lock','door_chain','spy_hole','door_brace','window_locks','fire_safety','personal_alarm','security_lights','cctv','fencing','gates','reinforced','fire_letterbox','intercom','other'`;
const DATE = (c: string) => `${c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const BOOL = (c: string) => `${c} INTEGER NOT NULL CHECK (${c} IN (0,1))`;

// kind, name, level, pence, unit, needs fire check, alters the property
const RATES: [string, string, 'lower' | 'higher', number, string, 0 | 1, 0 | 1][] = [
  ['lock_change', 'Lock change (euro cylinder)', 'lower', 4500, 'each', 0, 1],
  ['mortice_lock', '5-lever mortice lock', 'lower', 8500, 'each', 0, 1],
  ['dead_lock', '5-lever dead lock', 'lower', 9500, 'each', 1, 1],
  ['door_chain', 'Door chain', 'lower', 1500, 'each', 0, 1],
  ['spy_hole', 'Spy hole (door viewer)', 'lower', 2000, 'each', 0, 1],
  ['door_brace', 'Door brace', 'lower', 6000, 'each', 1, 1],
  ['window_locks', 'Ground-floor window locks', 'lower', 1200, 'window', 1, 1],
  ['fire_safety', 'Smoke alarm and fire safety equipment', 'lower', 3000, 'each', 0, 0],
  ['personal_alarm', 'Personal alarm', 'lower', 2500, 'each', 0, 0],
  ['security_lights', 'Solar security lights', 'higher', 6000, 'each', 0, 1],
  ['cctv', 'CCTV', 'higher', 35000, 'system', 0, 1],
  ['fencing', 'Fencing', 'higher', 4000, 'metre', 0, 1],
  ['gates', 'Gates', 'higher', 25000, 'each', 1, 1],
  ['reinforced', 'Reinforced doors and windows', 'higher', 80000, 'each', 1, 1],
  ['fire_letterbox', 'Fire-retardant letter box', 'higher', 9000, 'each', 0, 1],
  ['intercom', 'Intercom', 'higher', 25000, 'each', 0, 1],
  ['other', 'Other higher-level work', 'higher', 0, 'each', 0, 1],
];

// name, mandatory, renewal months (null: does not expire)
const COURSES: [string, 0 | 1, number | null][] = [
  ['Domestic abuse training', 1, 36],
  ['Trauma-informed practice', 0, null],
  ['Safeguarding adults and children', 1, 36],
  ['Child sexual exploitation', 0, 36],
  ['Health and safety and first aid', 0, 36],
  ['Substance misuse', 0, null],
  ['Equality and diversity', 0, 36],
  ['Mental health awareness', 0, null],
  ['Prevent', 0, 24],
  ['Modern slavery', 0, null],
];

// eslint-disable-next-line waymark/no-sql-interpolation -- DATE() splices a literal column name into a CHECK; DDL cannot take ? parameters
const SQL = `
  CREATE TABLE working_day_overrides (
    on_date    TEXT PRIMARY KEY CHECK (${DATE('on_date')}),
    kind       TEXT NOT NULL CHECK (kind IN ('holiday','working_day')),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE sanctuary_rates (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN (${KINDS})),
    name             TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    level            TEXT NOT NULL CHECK (level IN ('lower','higher')),
    unit_cost_pence  INTEGER NOT NULL CHECK (unit_cost_pence BETWEEN 0 AND 100000000),
    unit             TEXT NOT NULL DEFAULT 'each' CHECK (length(unit) BETWEEN 1 AND 40),
    ${BOOL('needs_fire_check')},
    ${BOOL('alters_property')},
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    updated_at       TEXT,
    updated_by       INTEGER REFERENCES users(id)
  ) STRICT;

  CREATE TABLE sanctuary_cases (
    id                     INTEGER PRIMARY KEY,
    household_id           INTEGER NOT NULL REFERENCES households(id),
    referral_id            INTEGER NOT NULL UNIQUE REFERENCES referrals(id),
    tenure                 TEXT NOT NULL CHECK (tenure IN ('owner','council','housing_association','private_rented','other')),
    landlord_name          TEXT NOT NULL DEFAULT '',
    landlord_contact       TEXT NOT NULL DEFAULT '',
    landlord_permission    TEXT NOT NULL CHECK (landlord_permission IN ('not_needed','awaited','obtained','refused','not_to_be_told')),
    landlord_permission_on TEXT CHECK (landlord_permission_on IS NULL OR ${DATE('landlord_permission_on')}),
    landlord_note          TEXT NOT NULL DEFAULT '',
    needs_assessed_on      TEXT CHECK (needs_assessed_on IS NULL OR ${DATE('needs_assessed_on')}),
    not_accepted_reason    TEXT CHECK (not_accepted_reason IN ('risk_too_high','perpetrator_at_property','property_unsuitable','outside_area','declined','unable_to_contact','other')),
    closed_on              TEXT CHECK (closed_on IS NULL OR ${DATE('closed_on')}),
    close_reason           TEXT CHECK (close_reason IN ('completed','moved_to_safe_accommodation','withdrawn','moved_away','other')),
    close_note             TEXT NOT NULL DEFAULT '',
    waiting_referral_id    INTEGER REFERENCES referrals(id),
    created_at             TEXT NOT NULL,
    created_by             INTEGER REFERENCES users(id),
    updated_at             TEXT NOT NULL,
    updated_by             INTEGER REFERENCES users(id),
    CHECK (tenure <> 'owner' OR landlord_permission = 'not_needed'),
    CHECK (landlord_permission NOT IN ('refused','not_to_be_told') OR length(trim(landlord_note)) > 0),
    CHECK ((closed_on IS NULL) = (close_reason IS NULL)),
    CHECK ((waiting_referral_id IS NOT NULL) = (close_reason IS 'moved_to_safe_accommodation'))
  ) STRICT;
  CREATE INDEX sanctuary_cases_household ON sanctuary_cases(household_id);

  CREATE TABLE sanctuary_assessments (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES sanctuary_cases(id),
    part         TEXT NOT NULL CHECK (part IN ('case_risk','property','fire_safety')),
    agency       TEXT NOT NULL CHECK (agency IN ('police','fire_service','housing','da_practitioner','other')),
    assessor     TEXT NOT NULL DEFAULT '',
    started_on   TEXT NOT NULL CHECK (${DATE('started_on')}),
    completed_on TEXT CHECK (completed_on IS NULL OR (${DATE('completed_on')} AND completed_on >= started_on)),
    outcome      TEXT CHECK (outcome IN ('safe','safe_with_conditions','unsafe')),
    findings     TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id),
    updated_at   TEXT NOT NULL,
    updated_by   INTEGER REFERENCES users(id),
    CHECK (outcome IS NULL OR part = 'fire_safety'),
    CHECK (part <> 'fire_safety' OR completed_on IS NULL OR outcome IS NOT NULL)
  ) STRICT;
  CREATE INDEX sanctuary_assessments_case ON sanctuary_assessments(case_id, started_on);

  CREATE TABLE sanctuary_council_approvals (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES sanctuary_cases(id),
    approved_on  TEXT NOT NULL CHECK (${DATE('approved_on')}),
    reference    TEXT NOT NULL CHECK (length(trim(reference)) BETWEEN 1 AND 100),
    officer      TEXT NOT NULL DEFAULT '',
    amount_pence INTEGER CHECK (amount_pence IS NULL OR amount_pence >= 0),
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id)
  ) STRICT;
  CREATE INDEX sanctuary_council_approvals_case ON sanctuary_council_approvals(case_id);

  CREATE TABLE sanctuary_measures (
    id                  INTEGER PRIMARY KEY,
    case_id             INTEGER NOT NULL REFERENCES sanctuary_cases(id),
    rate_id             INTEGER NOT NULL REFERENCES sanctuary_rates(id),
    -- Kind, name, level, price and flags as requested: the schedule may change later.
    kind                TEXT NOT NULL CHECK (kind IN (${KINDS})),
    name                TEXT NOT NULL,
    level               TEXT NOT NULL CHECK (level IN ('lower','higher')),
    quantity            INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    unit                TEXT NOT NULL,
    unit_cost_pence     INTEGER NOT NULL CHECK (unit_cost_pence >= 0),
    estimate_pence      INTEGER NOT NULL CHECK (estimate_pence = quantity * unit_cost_pence),
    ${BOOL('needs_fire_check')},
    ${BOOL('alters_property')},
    location            TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL CHECK (status IN ('requested','approved','fitted','refused')),
    requested_on        TEXT NOT NULL CHECK (${DATE('requested_on')}),
    approved_on         TEXT CHECK (approved_on IS NULL OR ${DATE('approved_on')}),
    council_approval_id INTEGER REFERENCES sanctuary_council_approvals(id),
    fitted_on           TEXT CHECK (fitted_on IS NULL OR ${DATE('fitted_on')}),
    cost_pence          INTEGER CHECK (cost_pence IS NULL OR cost_pence >= 0),
    fitted_by           TEXT NOT NULL DEFAULT '',
    instructions        TEXT NOT NULL DEFAULT '',
    refused_on          TEXT CHECK (refused_on IS NULL OR ${DATE('refused_on')}),
    refusal_reason      TEXT CHECK (refusal_reason IN ('household_declined','landlord_refused','landlord_not_told','fire_safety','council_refused','moved_out','not_needed','other')),
    refusal_note        TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    created_by          INTEGER REFERENCES users(id),
    updated_at          TEXT NOT NULL,
    updated_by          INTEGER REFERENCES users(id),
    CHECK ((status = 'fitted') = (fitted_on IS NOT NULL AND cost_pence IS NOT NULL)),
    CHECK (status NOT IN ('approved','fitted') OR approved_on IS NOT NULL),
    CHECK (fitted_on IS NULL OR fitted_on >= approved_on),
    CHECK ((status = 'refused') = (refusal_reason IS NOT NULL AND refused_on IS NOT NULL))
  ) STRICT;
  CREATE INDEX sanctuary_measures_case ON sanctuary_measures(case_id);
  CREATE INDEX sanctuary_measures_fitted ON sanctuary_measures(fitted_on) WHERE fitted_on IS NOT NULL;

  CREATE TABLE training_courses (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    ${BOOL('mandatory')},
    renewal_months  INTEGER CHECK (renewal_months IS NULL OR renewal_months BETWEEN 1 AND 120),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    updated_at      TEXT,
    updated_by      INTEGER REFERENCES users(id)
  ) STRICT;

  CREATE TABLE training_records (
    id          INTEGER PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES rota_staff(id),
    course_id   INTEGER NOT NULL REFERENCES training_courses(id),
    attended_on TEXT NOT NULL CHECK (${DATE('attended_on')}),
    expires_on  TEXT CHECK (expires_on IS NULL OR (${DATE('expires_on')} AND expires_on > attended_on)),
    provider    TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id)
  ) STRICT;
  CREATE INDEX training_records_staff ON training_records(staff_id, course_id, attended_on);

  CREATE TABLE dbs_checks (
    id              INTEGER PRIMARY KEY,
    staff_id        INTEGER NOT NULL REFERENCES rota_staff(id),
    checked_on      TEXT NOT NULL CHECK (${DATE('checked_on')}),
    level           TEXT NOT NULL CHECK (level IN ('enhanced','enhanced_barred')),
    certificate_ref TEXT NOT NULL DEFAULT '',
    ${BOOL('update_service')},
    created_at      TEXT NOT NULL,
    created_by      INTEGER REFERENCES users(id)
  ) STRICT;
  CREATE INDEX dbs_checks_staff ON dbs_checks(staff_id, checked_on);

  CREATE TABLE specialist_fte (
    id         INTEGER PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES rota_staff(id),
    role       TEXT NOT NULL CHECK (role IN ('safe_accommodation_support','idva','children_young_people','outreach','sanctuary','specialist_protected','therapeutic','night_support','service_manager','other_specialist')),
    fte        REAL NOT NULL CHECK (fte > 0 AND fte <= 1),
    from_on    TEXT NOT NULL CHECK (${DATE('from_on')}),
    to_on      TEXT CHECK (to_on IS NULL OR (${DATE('to_on')} AND to_on >= from_on)),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES users(id)
  ) STRICT;
  CREATE INDEX specialist_fte_staff ON specialist_fte(staff_id, from_on);
`;

export const migration006: Migration = {
  version: 6,
  name: 'sanctuary-staff-records',
  up(db) {
    db.exec(SQL);
    const rate = db.prepare('INSERT INTO sanctuary_rates (kind, name, level, unit_cost_pence, unit, needs_fire_check, alters_property) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const r of RATES) rate.run(...r);
    const course = db.prepare('INSERT INTO training_courses (name, mandatory, renewal_months) VALUES (?, ?, ?)');
    for (const [name, mandatory, months] of COURSES) course.run(name, mandatory, months);
  },
};
