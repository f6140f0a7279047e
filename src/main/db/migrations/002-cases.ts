import type { Migration } from './migration';

/*
 * Referrals, households, people, perpetrators, risk assessments, MARAC and drafts. Enumerations
 * are CHECK-constrained with the codes in src/shared/cases/vocab.ts; a test keeps the two in step.
 */
export const migration002: Migration = {
  version: 2,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE households (
        id                INTEGER PRIMARY KEY,
        reference         TEXT NOT NULL UNIQUE,
        restricted        INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0,1)),
        worker_id         INTEGER REFERENCES users(id),
        -- The latest assessment's level, kept here so lists filter without a subquery per row.
        risk_level        TEXT CHECK (risk_level IN ('standard','medium','high')),
        created_at        TEXT NOT NULL,
        created_by        INTEGER REFERENCES users(id)
      ) STRICT;

      CREATE TABLE case_access (
        household_id INTEGER NOT NULL REFERENCES households(id),
        user_id      INTEGER NOT NULL REFERENCES users(id),
        PRIMARY KEY (household_id, user_id)
      ) STRICT;

      CREATE TABLE people (
        id                 INTEGER PRIMARY KEY,
        household_id       INTEGER NOT NULL REFERENCES households(id),
        kind               TEXT NOT NULL CHECK (kind IN ('adult','child')),
        name               TEXT NOT NULL DEFAULT '',
        alias              TEXT NOT NULL DEFAULT '',
        anonymous          INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0,1)),
        search_text        TEXT NOT NULL DEFAULT '',
        date_of_birth      TEXT,
        age_years          INTEGER,
        age_recorded_on    TEXT,
        sex                TEXT NOT NULL DEFAULT 'not_known' CHECK (sex IN ('female','male','prefer_not_to_say','not_known')),
        gender_identity    TEXT NOT NULL DEFAULT 'not_known',
        trans_history      TEXT NOT NULL DEFAULT 'not_known',
        ethnicity          TEXT NOT NULL DEFAULT 'not_known',
        disability         TEXT NOT NULL DEFAULT 'not_known' CHECK (disability IN ('yes','no','prefer_not_to_say','not_known')),
        disability_notes   TEXT NOT NULL DEFAULT '',
        sexuality          TEXT NOT NULL DEFAULT 'not_known',
        religion           TEXT NOT NULL DEFAULT 'not_known',
        specialist         TEXT NOT NULL DEFAULT '[]',
        language           TEXT NOT NULL DEFAULT '',
        interpreter_needed TEXT NOT NULL DEFAULT 'not_known',
        immigration_status TEXT NOT NULL DEFAULT 'not_known',
        nrpf               TEXT NOT NULL DEFAULT 'not_known',
        preferred_worker   TEXT NOT NULL DEFAULT 'not_known',
        aces_flag          TEXT NOT NULL DEFAULT 'not_known',
        consent            TEXT NOT NULL DEFAULT '{}',
        school             TEXT NOT NULL DEFAULT '',
        needs              TEXT NOT NULL DEFAULT '',
        with_adult         INTEGER NOT NULL DEFAULT 1 CHECK (with_adult IN (0,1)),
        removed_at         TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_household ON people(household_id);
      CREATE INDEX people_dob ON people(date_of_birth);
      -- A narrow covering index so a name search scans a few megabytes, not every person's row.
      CREATE INDEX people_search ON people(search_text, household_id) WHERE removed_at IS NULL;
      CREATE UNIQUE INDEX people_one_adult ON people(household_id) WHERE kind = 'adult';

      -- Name search: a trigram full-text index over the accent-free search text, so "%amira%" is
      -- an index lookup rather than a scan of every person. Kept in step by triggers.
      CREATE VIRTUAL TABLE people_fts USING fts5(search_text, content = 'people', content_rowid = 'id', tokenize = 'trigram');
      CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
        INSERT INTO people_fts (rowid, search_text) VALUES (new.id, new.search_text);
      END;
      CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
        INSERT INTO people_fts (people_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
      END;
      CREATE TRIGGER people_fts_update AFTER UPDATE OF search_text ON people BEGIN
        INSERT INTO people_fts (people_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO people_fts (rowid, search_text) VALUES (new.id, new.search_text);
      END;

      CREATE TABLE referrals (
        id                     INTEGER PRIMARY KEY,
        reference              TEXT NOT NULL UNIQUE,
        household_id           INTEGER NOT NULL REFERENCES households(id),
        episode_no             INTEGER NOT NULL,
        received_at            TEXT NOT NULL,
        source                 TEXT NOT NULL CHECK (source IN ('self','police','idva','housing','childrens_social_care','adult_social_care','health','other_service','helpline','marac','other')),
        referrer_name          TEXT NOT NULL DEFAULT '',
        referrer_contact       TEXT NOT NULL DEFAULT '',
        channel                TEXT CHECK (channel IN ('phone','email','in_person','online_form')),
        safe_contact_method    TEXT,
        safe_contact_details   TEXT NOT NULL DEFAULT '',
        safe_times             TEXT NOT NULL DEFAULT '',
        no_voicemail           INTEGER NOT NULL DEFAULT 0 CHECK (no_voicemail IN (0,1)),
        immediate_safety       TEXT NOT NULL DEFAULT 'not_known' CHECK (immediate_safety IN ('safe_now','unsafe_now','not_known')),
        immediate_safety_notes TEXT NOT NULL DEFAULT '',
        requests               TEXT NOT NULL DEFAULT '[]',
        urgency                TEXT NOT NULL DEFAULT 'not_known' CHECK (urgency IN ('emergency','temporary','unsafe_home','stable','not_known')),
        notes                  TEXT NOT NULL DEFAULT '',
        status                 TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new','in_progress','accepted','not_supported','closed')),
        accepted_to            TEXT CHECK (accepted_to IN ('waiting_unit','community_support','sanctuary','move_on')),
        not_supported_reason   TEXT CHECK (not_supported_reason IN ('capacity','no_suitable_unit','unable_to_contact','declined_offer','proximity_to_perpetrator','needs_disability','needs_mental_health','needs_alcohol','needs_drugs','needs_nrpf','needs_other')),
        unit_types_full        TEXT NOT NULL DEFAULT '[]',
        decision_note          TEXT NOT NULL DEFAULT '',
        decided_by             INTEGER REFERENCES users(id),
        decided_at             TEXT,
        first_contact_at       TEXT,
        waiting_since          TEXT,
        waiting_ended_at       TEXT,
        waiting_end_reason     TEXT,
        created_by             INTEGER REFERENCES users(id),
        created_at             TEXT NOT NULL,
        updated_at             TEXT NOT NULL,
        UNIQUE (household_id, episode_no),
        CHECK ((status = 'accepted') = (accepted_to IS NOT NULL)),
        CHECK ((status = 'not_supported') = (not_supported_reason IS NOT NULL))
      ) STRICT;
      CREATE INDEX referrals_household ON referrals(household_id);
      CREATE INDEX referrals_status ON referrals(status, received_at);
      CREATE INDEX referrals_received ON referrals(received_at);
      CREATE INDEX referrals_waiting ON referrals(accepted_to, waiting_ended_at) WHERE accepted_to = 'waiting_unit';

      CREATE TABLE contact_attempts (
        id          INTEGER PRIMARY KEY,
        referral_id INTEGER NOT NULL REFERENCES referrals(id),
        at          TEXT NOT NULL,
        method      TEXT NOT NULL,
        outcome     TEXT NOT NULL CHECK (outcome IN ('spoke','no_answer','unsafe_to_talk','message_via_referrer','wrong_number','declined')),
        notes       TEXT NOT NULL DEFAULT '',
        by_user     INTEGER REFERENCES users(id),
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contact_attempts_referral ON contact_attempts(referral_id, at);

      CREATE TABLE priority_adjustments (
        id          INTEGER PRIMARY KEY,
        referral_id INTEGER NOT NULL REFERENCES referrals(id),
        points      INTEGER NOT NULL,
        reason      TEXT NOT NULL,
        by_user     INTEGER REFERENCES users(id),
        at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX priority_adjustments_referral ON priority_adjustments(referral_id);

      CREATE TABLE perpetrators (
        id                  INTEGER PRIMARY KEY,
        household_id        INTEGER NOT NULL REFERENCES households(id),
        name_or_description TEXT NOT NULL,
        sex                 TEXT NOT NULL DEFAULT 'not_known',
        relationship        TEXT NOT NULL DEFAULT 'not_known',
        known_risks         TEXT NOT NULL DEFAULT '',
        avoid_areas         TEXT NOT NULL DEFAULT '[]',
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX perpetrators_household ON perpetrators(household_id);

      CREATE TABLE court_orders (
        id             INTEGER PRIMARY KEY,
        perpetrator_id INTEGER NOT NULL REFERENCES perpetrators(id),
        kind           TEXT NOT NULL,
        made_on        TEXT,
        expires_on     TEXT,
        notes          TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE risk_assessments (
        id              INTEGER PRIMARY KEY,
        household_id    INTEGER NOT NULL REFERENCES households(id),
        referral_id     INTEGER NOT NULL REFERENCES referrals(id),
        assessed_at     TEXT NOT NULL,
        assessed_by     INTEGER REFERENCES users(id),
        checklist_id    TEXT NOT NULL,
        answers         TEXT NOT NULL,
        yes_count       INTEGER NOT NULL,
        visible_high    INTEGER NOT NULL CHECK (visible_high IN (0,1)),
        suggested_level TEXT NOT NULL CHECK (suggested_level IN ('standard','medium','high')),
        level           TEXT NOT NULL CHECK (level IN ('standard','medium','high')),
        by_judgement    INTEGER NOT NULL CHECK (by_judgement IN (0,1)),
        reason          TEXT NOT NULL DEFAULT '',
        escalation      INTEGER NOT NULL CHECK (escalation IN (0,1)),
        repeat_marac    INTEGER NOT NULL CHECK (repeat_marac IN (0,1)),
        holistic        TEXT NOT NULL DEFAULT '{}',
        primary_need    TEXT,
        secondary_needs TEXT NOT NULL DEFAULT '[]',
        CHECK (NOT (visible_high = 1 AND level <> 'high'))
      ) STRICT;
      CREATE INDEX risk_assessments_household ON risk_assessments(household_id, assessed_at);

      CREATE TABLE incidents (
        id           INTEGER PRIMARY KEY,
        household_id INTEGER NOT NULL REFERENCES households(id),
        occurred_on  TEXT NOT NULL,
        notes        TEXT NOT NULL DEFAULT '',
        created_by   INTEGER REFERENCES users(id),
        created_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX incidents_household ON incidents(household_id, occurred_on);

      CREATE TABLE marac_referrals (
        id           INTEGER PRIMARY KEY,
        household_id INTEGER NOT NULL REFERENCES households(id),
        referred_on  TEXT NOT NULL,
        meeting_on   TEXT,
        actions      TEXT NOT NULL DEFAULT '',
        created_by   INTEGER REFERENCES users(id),
        created_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX marac_household ON marac_referrals(household_id, referred_on);

      CREATE TABLE drafts (
        user_id    INTEGER NOT NULL REFERENCES users(id),
        kind       TEXT NOT NULL,
        payload    TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (user_id, kind)
      ) STRICT;
    `);
  },
};
