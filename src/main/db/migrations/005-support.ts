import type { Migration } from './migration';

/*
 * Support while resident and after: support and safety plans with outcome scores, the contacts
 * log, session feedback totals, events, personal budgets, move-on support, exits with their
 * three-month follow-ups, and letter templates. Everything belongs to one episode of support (an
 * accepted referral), so a person who comes back starts a fresh plan, budget and exit.
 *
 * Enumerations are CHECK-constrained with the codes in src/shared/support/vocab.support.ts; a test
 * keeps the two in step. Written out here, not generated, because a shipped migration never
 * changes.
 *
 * A budget can never be overspent: triggers refuse a spend larger than what is left and an
 * allocation below what is already spent, whatever the service does. Spends are never deleted or
 * edited, only voided.
 */

const AREAS = `'confidence','income_debt','mental_health','meaningful_time','settled_accommodation','harm_from_others','social_capital'`;

const SQL = `
  CREATE TABLE support_plans (
    id             INTEGER PRIMARY KEY,
    household_id   INTEGER NOT NULL REFERENCES households(id),
    referral_id    INTEGER NOT NULL UNIQUE REFERENCES referrals(id),
    safety_plan    TEXT NOT NULL DEFAULT '',
    agreed_on      TEXT,
    next_review_on TEXT,
    created_at     TEXT NOT NULL,
    created_by     INTEGER REFERENCES users(id),
    updated_at     TEXT NOT NULL,
    updated_by     INTEGER REFERENCES users(id)
  ) STRICT;
  CREATE INDEX support_plans_household ON support_plans(household_id);
  CREATE INDEX support_plans_review ON support_plans(next_review_on) WHERE next_review_on IS NOT NULL;

  CREATE TABLE support_plan_areas (
    plan_id  INTEGER NOT NULL REFERENCES support_plans(id),
    area     TEXT NOT NULL CHECK (area IN (${AREAS})),
    has_need INTEGER NOT NULL CHECK (has_need IN (0,1)),
    goals    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, area)
  ) STRICT;

  CREATE TABLE outcome_assessments (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES support_plans(id),
    stage       TEXT NOT NULL CHECK (stage IN ('entry','review','exit','follow_up')),
    assessed_on TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id)
  ) STRICT;
  CREATE INDEX outcome_assessments_plan ON outcome_assessments(plan_id, assessed_on);
  -- One entry, one exit and one follow-up per episode; reviews as often as they happen.
  CREATE UNIQUE INDEX outcome_assessments_once ON outcome_assessments(plan_id, stage) WHERE stage <> 'review';

  CREATE TABLE outcome_scores (
    assessment_id INTEGER NOT NULL REFERENCES outcome_assessments(id),
    area          TEXT NOT NULL CHECK (area IN (${AREAS})),
    -- OUTCOME_SCALE in src/shared/support/vocab.support.ts.
    score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (assessment_id, area)
  ) STRICT;

  CREATE TABLE support_contacts (
    id           INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id),
    referral_id  INTEGER NOT NULL REFERENCES referrals(id),
    contact_on   TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
    time_kind    TEXT NOT NULL CHECK (time_kind IN ('paid','unpaid')),
    worker_id    INTEGER REFERENCES users(id),
    worker_name  TEXT NOT NULL DEFAULT '',
    support_type TEXT NOT NULL CHECK (support_type IN ('general','advocacy','prevention_advice','specialist_protected','housing_related','other_advice','counselling_therapy','childrens_support','other')),
    notes        TEXT NOT NULL DEFAULT '',
    move_on      INTEGER NOT NULL DEFAULT 0 CHECK (move_on IN (0,1)),
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id),
    CHECK (worker_id IS NOT NULL OR length(trim(worker_name)) > 0)
  ) STRICT;
  CREATE INDEX support_contacts_household ON support_contacts(household_id, contact_on);
  CREATE INDEX support_contacts_on ON support_contacts(contact_on);

  CREATE TABLE session_feedback (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households(id),
    referral_id   INTEGER NOT NULL REFERENCES referrals(id),
    session_on    TEXT NOT NULL,
    outcome_total REAL CHECK (outcome_total IS NULL OR outcome_total BETWEEN 0 AND 40),
    session_total REAL CHECK (session_total IS NULL OR session_total BETWEEN 0 AND 40),
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id),
    CHECK (outcome_total IS NOT NULL OR session_total IS NOT NULL)
  ) STRICT;
  CREATE INDEX session_feedback_household ON session_feedback(household_id, session_on);

  CREATE TABLE support_events (
    id                   INTEGER PRIMARY KEY,
    household_id         INTEGER NOT NULL REFERENCES households(id),
    referral_id          INTEGER NOT NULL REFERENCES referrals(id),
    kind                 TEXT NOT NULL CHECK (kind IN ('safeguarding','hrbp','serious_incident','complaint','compliment')),
    event_on             TEXT NOT NULL,
    details              TEXT NOT NULL DEFAULT '',
    about                TEXT CHECK (about IN ('adult','child')),
    raised_with          TEXT CHECK (raised_with IN ('dsl','childrens_social_care','adult_social_care','mash','police','health','education','other')),
    outcome              TEXT NOT NULL DEFAULT '',
    category             TEXT CHECK (category IN ('death','serious_injury','self_harm','location_compromised','violence_on_premises','missing_person','data_breach','premises','other')),
    commissioner_told_on TEXT,
    theme                TEXT CHECK (theme IN ('support','staff','accommodation','safety','communication','other_residents','other')),
    response             TEXT NOT NULL DEFAULT '',
    resolved_on          TEXT,
    created_at           TEXT NOT NULL,
    created_by           INTEGER REFERENCES users(id),
    updated_at           TEXT NOT NULL,
    updated_by           INTEGER REFERENCES users(id),
    CHECK ((kind = 'safeguarding') = (about IS NOT NULL AND raised_with IS NOT NULL)),
    CHECK ((kind = 'serious_incident') = (category IS NOT NULL)),
    CHECK ((kind IN ('complaint','compliment')) = (theme IS NOT NULL)),
    CHECK (commissioner_told_on IS NULL OR (kind = 'serious_incident' AND commissioner_told_on >= event_on)),
    CHECK (resolved_on IS NULL OR (kind = 'complaint' AND resolved_on >= event_on))
  ) STRICT;
  CREATE INDEX support_events_household ON support_events(household_id, event_on);
  CREATE INDEX support_events_kind ON support_events(kind, event_on);

  CREATE TABLE personal_budgets (
    id              INTEGER PRIMARY KEY,
    household_id    INTEGER NOT NULL REFERENCES households(id),
    referral_id     INTEGER NOT NULL UNIQUE REFERENCES referrals(id),
    allocated_pence INTEGER NOT NULL CHECK (allocated_pence BETWEEN 0 AND 10000000),
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      INTEGER REFERENCES users(id),
    updated_at      TEXT NOT NULL,
    updated_by      INTEGER REFERENCES users(id)
  ) STRICT;
  CREATE INDEX personal_budgets_household ON personal_budgets(household_id);

  CREATE TABLE budget_spends (
    id           INTEGER PRIMARY KEY,
    budget_id    INTEGER NOT NULL REFERENCES personal_budgets(id),
    spent_on     TEXT NOT NULL,
    amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
    purpose      TEXT NOT NULL CHECK (purpose IN ('counselling','training','travel','household_items','childrens_activities','clothing','food','health_wellbeing','documents','other')),
    note         TEXT NOT NULL DEFAULT '',
    voided_at    TEXT,
    voided_by    INTEGER REFERENCES users(id),
    void_reason  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id)
  ) STRICT;
  CREATE INDEX budget_spends_budget ON budget_spends(budget_id, spent_on);

  CREATE TRIGGER budget_spends_within_balance BEFORE INSERT ON budget_spends WHEN NEW.voided_at IS NULL
  BEGIN
    SELECT RAISE(ABORT, 'waymark-overspend: the spend is more than the budget has left')
    WHERE NEW.amount_pence + coalesce((SELECT sum(amount_pence) FROM budget_spends WHERE budget_id = NEW.budget_id AND voided_at IS NULL), 0)
          > (SELECT allocated_pence FROM personal_budgets WHERE id = NEW.budget_id);
  END;
  CREATE TRIGGER budget_spends_void_only BEFORE UPDATE ON budget_spends
  WHEN OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL OR NEW.amount_pence <> OLD.amount_pence OR NEW.budget_id <> OLD.budget_id
  BEGIN
    SELECT RAISE(ABORT, 'waymark-spend-immutable: a spend can only be voided, once');
  END;
  CREATE TRIGGER budget_spends_no_delete BEFORE DELETE ON budget_spends
  BEGIN
    SELECT RAISE(ABORT, 'waymark-spend-immutable: spends are voided, never deleted');
  END;
  CREATE TRIGGER personal_budgets_not_below_spent BEFORE UPDATE OF allocated_pence ON personal_budgets
  BEGIN
    SELECT RAISE(ABORT, 'waymark-overspend: the allocation cannot be less than what is already spent')
    WHERE NEW.allocated_pence < coalesce((SELECT sum(amount_pence) FROM budget_spends WHERE budget_id = NEW.id AND voided_at IS NULL), 0);
  END;

  CREATE TABLE move_on_support (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households(id),
    referral_id   INTEGER NOT NULL UNIQUE REFERENCES referrals(id),
    start_on      TEXT NOT NULL,
    -- MOVE_ON_MAX_MONTHS after start_on.
    latest_end_on TEXT NOT NULL,
    ended_on      TEXT,
    note          TEXT NOT NULL DEFAULT '',
    end_note      TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id),
    ended_at      TEXT,
    ended_by      INTEGER REFERENCES users(id),
    CHECK (latest_end_on > start_on),
    CHECK (ended_on IS NULL OR (ended_on >= start_on AND ended_on <= latest_end_on))
  ) STRICT;
  CREATE INDEX move_on_support_household ON move_on_support(household_id);

  CREATE TABLE support_exits (
    id                     INTEGER PRIMARY KEY,
    household_id           INTEGER NOT NULL REFERENCES households(id),
    referral_id            INTEGER NOT NULL UNIQUE REFERENCES referrals(id),
    exited_on              TEXT NOT NULL,
    planned                INTEGER NOT NULL CHECK (planned IN (0,1)),
    reason                 TEXT NOT NULL CHECK (reason IN ('stopped_needing_support','moved_on_planned','moved_other_safe_accommodation','returned_to_perpetrator','evicted','abandoned','other')),
    destination            TEXT NOT NULL CHECK (destination IN ('own_tenancy','own_home','social_housing','private_rented','family_friends','other_refuge','other_safe_accommodation','supported_housing','temporary_accommodation','with_perpetrator','hospital_care','prison','no_fixed_abode','unknown','other')),
    achieving_independence TEXT NOT NULL CHECK (achieving_independence IN ('yes','partly','no','not_known')),
    notes                  TEXT NOT NULL DEFAULT '',
    -- The unit_stays row this exit ended (no foreign key: the stays table belongs to allocation).
    stay_id                INTEGER,
    follow_up_due_on       TEXT,
    follow_up_done_on      TEXT,
    follow_up_result       TEXT CHECK (follow_up_result IN ('reached','not_reached','declined')),
    follow_up_notes        TEXT NOT NULL DEFAULT '',
    follow_up_by           INTEGER REFERENCES users(id),
    created_at             TEXT NOT NULL,
    created_by             INTEGER REFERENCES users(id),
    CHECK ((planned = 1) = (follow_up_due_on IS NOT NULL)),
    CHECK (follow_up_due_on IS NULL OR follow_up_due_on > exited_on),
    CHECK ((follow_up_done_on IS NULL) = (follow_up_result IS NULL)),
    CHECK (follow_up_done_on IS NULL OR (planned = 1 AND follow_up_done_on >= exited_on)),
    CHECK (reason <> 'moved_on_planned' OR planned = 1),
    CHECK (reason NOT IN ('evicted','abandoned') OR planned = 0)
  ) STRICT;
  CREATE INDEX support_exits_household ON support_exits(household_id);
  CREATE INDEX support_exits_exited ON support_exits(exited_on);
  CREATE INDEX support_exits_follow_up ON support_exits(follow_up_due_on) WHERE follow_up_due_on IS NOT NULL AND follow_up_done_on IS NULL;

  CREATE TABLE letter_templates (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 40),
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    description TEXT NOT NULL DEFAULT '',
    letterhead  TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    sign_off    TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    updated_at  TEXT NOT NULL,
    updated_by  INTEGER REFERENCES users(id)
  ) STRICT;

  CREATE TABLE letter_settings (
    key   TEXT PRIMARY KEY CHECK (key IN ('getBackInTouch','outOfHoursNumber','nationalHelpline')),
    value TEXT NOT NULL
  ) STRICT;

  CREATE TABLE letters_issued (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households(id),
    referral_id   INTEGER REFERENCES referrals(id),
    template_code TEXT NOT NULL,
    how           TEXT NOT NULL CHECK (how IN ('pdf','print')),
    at            TEXT NOT NULL,
    by_user       INTEGER REFERENCES users(id)
  ) STRICT;
  CREATE INDEX letters_issued_household ON letters_issued(household_id, at);
`;

export const migration005: Migration = {
  version: 5,
  name: 'support',
  up(db) {
    db.exec(SQL);
  },
};
