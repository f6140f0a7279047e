import type { Migration } from './migration';

/*
 * The reports' snapshot and its change log (src/main/services/reports/fact-store).
 *
 * A ten-year report reads about two million values, and making them into JavaScript values one
 * by one is most of its time. report_snapshot holds the same records (only the columns the
 * figures count: no names, addresses, contact details or free text) encoded by column, which
 * reads in a few milliseconds; it is inside the encrypted database like everything else.
 *
 * report_changes says which households' records changed since: a trigger on every table the
 * snapshot is built from logs the household of each row written, in the same transaction as the
 * write, whichever connection makes it (the app, the CLI, an import, a later migration). A
 * report reads the snapshot, then those households' records afresh. AUTOINCREMENT, so a seq is
 * never reused once the log is cleared up to a snapshot. A household that cannot be found (a
 * row whose parent is already gone) is logged as NULL, which means "rebuild everything".
 *
 * Deleting any of these rows (a retention purge, an erasure) also deletes the snapshot, so no
 * copy of erased records outlives them (secure_delete zeroes the freed pages).
 */

export const migration013: Migration = {
  version: 13,
  name: 'report-snapshot',
  up(db) {
    db.exec(`
      CREATE TABLE report_snapshot (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        format      INTEGER NOT NULL,
        schema      INTEGER NOT NULL,
        through_seq INTEGER NOT NULL,
        built_at    TEXT NOT NULL,
        data        BLOB NOT NULL
      ) STRICT;
      CREATE TABLE report_changes (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        household_id INTEGER
      ) STRICT;

      -- Every table the snapshot reads, each row naming its household directly or through its parent.
      CREATE TRIGGER referrals_report_insert AFTER INSERT ON referrals
        BEGIN INSERT INTO report_changes (household_id) VALUES (NEW.household_id); END;
      CREATE TRIGGER referrals_report_update AFTER UPDATE ON referrals
        BEGIN INSERT INTO report_changes (household_id) SELECT OLD.household_id UNION SELECT NEW.household_id; END;
      CREATE TRIGGER referrals_report_delete AFTER DELETE ON referrals
        BEGIN INSERT INTO report_changes (household_id) VALUES (OLD.household_id); DELETE FROM report_snapshot; END;
      CREATE TRIGGER people_report_insert AFTER INSERT ON people
        BEGIN INSERT INTO report_changes (household_id) VALUES (NEW.household_id); END;
      CREATE TRIGGER people_report_update AFTER UPDATE ON people
        BEGIN INSERT INTO report_changes (household_id) SELECT OLD.household_id UNION SELECT NEW.household_id; END;
      CREATE TRIGGER people_report_delete AFTER DELETE ON people
        BEGIN INSERT INTO report_changes (household_id) VALUES (OLD.household_id); DELETE FROM report_snapshot; END;
      CREATE TRIGGER risk_assessments_report_insert AFTER INSERT ON risk_assessments
        BEGIN INSERT INTO report_changes (household_id) VALUES (NEW.household_id); END;
      CREATE TRIGGER risk_assessments_report_update AFTER UPDATE ON risk_assessments
        BEGIN INSERT INTO report_changes (household_id) SELECT OLD.household_id UNION SELECT NEW.household_id; END;
      CREATE TRIGGER risk_assessments_report_delete AFTER DELETE ON risk_assessments
        BEGIN INSERT INTO report_changes (household_id) VALUES (OLD.household_id); DELETE FROM report_snapshot; END;
      CREATE TRIGGER support_contacts_report_insert AFTER INSERT ON support_contacts
        BEGIN INSERT INTO report_changes (household_id) VALUES (NEW.household_id); END;
      CREATE TRIGGER support_contacts_report_update AFTER UPDATE ON support_contacts
        BEGIN INSERT INTO report_changes (household_id) SELECT OLD.household_id UNION SELECT NEW.household_id; END;
      CREATE TRIGGER support_contacts_report_delete AFTER DELETE ON support_contacts
        BEGIN INSERT INTO report_changes (household_id) VALUES (OLD.household_id); DELETE FROM report_snapshot; END;
      CREATE TRIGGER support_plans_report_insert AFTER INSERT ON support_plans
        BEGIN INSERT INTO report_changes (household_id) VALUES (NEW.household_id); END;
      CREATE TRIGGER support_plans_report_update AFTER UPDATE ON support_plans
        BEGIN INSERT INTO report_changes (household_id) SELECT OLD.household_id UNION SELECT NEW.household_id; END;
      CREATE TRIGGER support_plans_report_delete AFTER DELETE ON support_plans
        BEGIN INSERT INTO report_changes (household_id) VALUES (OLD.household_id); DELETE FROM report_snapshot; END;
      CREATE TRIGGER support_exits_report_insert AFTER INSERT ON support_exits
        BEGIN INSERT INTO report_changes (household_id) VALUES (NEW.household_id); END;
      CREATE TRIGGER support_exits_report_update AFTER UPDATE ON support_exits
        BEGIN INSERT INTO report_changes (household_id) SELECT OLD.household_id UNION SELECT NEW.household_id; END;
      CREATE TRIGGER support_exits_report_delete AFTER DELETE ON support_exits
        BEGIN INSERT INTO report_changes (household_id) VALUES (OLD.household_id); DELETE FROM report_snapshot; END;
      CREATE TRIGGER move_on_support_report_insert AFTER INSERT ON move_on_support
        BEGIN INSERT INTO report_changes (household_id) VALUES (NEW.household_id); END;
      CREATE TRIGGER move_on_support_report_update AFTER UPDATE ON move_on_support
        BEGIN INSERT INTO report_changes (household_id) SELECT OLD.household_id UNION SELECT NEW.household_id; END;
      CREATE TRIGGER move_on_support_report_delete AFTER DELETE ON move_on_support
        BEGIN INSERT INTO report_changes (household_id) VALUES (OLD.household_id); DELETE FROM report_snapshot; END;
      CREATE TRIGGER contact_attempts_report_insert AFTER INSERT ON contact_attempts
        BEGIN INSERT INTO report_changes (household_id) VALUES ((SELECT household_id FROM referrals WHERE id = NEW.referral_id)); END;
      CREATE TRIGGER contact_attempts_report_update AFTER UPDATE ON contact_attempts
        BEGIN INSERT INTO report_changes (household_id) SELECT (SELECT household_id FROM referrals WHERE id = OLD.referral_id) UNION SELECT (SELECT household_id FROM referrals WHERE id = NEW.referral_id); END;
      CREATE TRIGGER contact_attempts_report_delete AFTER DELETE ON contact_attempts
        BEGIN INSERT INTO report_changes (household_id) VALUES ((SELECT household_id FROM referrals WHERE id = OLD.referral_id)); DELETE FROM report_snapshot; END;
      CREATE TRIGGER support_plan_areas_report_insert AFTER INSERT ON support_plan_areas
        BEGIN INSERT INTO report_changes (household_id) VALUES ((SELECT household_id FROM support_plans WHERE id = NEW.plan_id)); END;
      CREATE TRIGGER support_plan_areas_report_update AFTER UPDATE ON support_plan_areas
        BEGIN INSERT INTO report_changes (household_id) SELECT (SELECT household_id FROM support_plans WHERE id = OLD.plan_id) UNION SELECT (SELECT household_id FROM support_plans WHERE id = NEW.plan_id); END;
      CREATE TRIGGER support_plan_areas_report_delete AFTER DELETE ON support_plan_areas
        BEGIN INSERT INTO report_changes (household_id) VALUES ((SELECT household_id FROM support_plans WHERE id = OLD.plan_id)); DELETE FROM report_snapshot; END;
      CREATE TRIGGER outcome_assessments_report_insert AFTER INSERT ON outcome_assessments
        BEGIN INSERT INTO report_changes (household_id) VALUES ((SELECT household_id FROM support_plans WHERE id = NEW.plan_id)); END;
      CREATE TRIGGER outcome_assessments_report_update AFTER UPDATE ON outcome_assessments
        BEGIN INSERT INTO report_changes (household_id) SELECT (SELECT household_id FROM support_plans WHERE id = OLD.plan_id) UNION SELECT (SELECT household_id FROM support_plans WHERE id = NEW.plan_id); END;
      CREATE TRIGGER outcome_assessments_report_delete AFTER DELETE ON outcome_assessments
        BEGIN INSERT INTO report_changes (household_id) VALUES ((SELECT household_id FROM support_plans WHERE id = OLD.plan_id)); DELETE FROM report_snapshot; END;
      CREATE TRIGGER outcome_scores_report_insert AFTER INSERT ON outcome_scores
        BEGIN INSERT INTO report_changes (household_id) VALUES ((SELECT p.household_id FROM outcome_assessments o JOIN support_plans p ON p.id = o.plan_id WHERE o.id = NEW.assessment_id)); END;
      CREATE TRIGGER outcome_scores_report_update AFTER UPDATE ON outcome_scores
        BEGIN INSERT INTO report_changes (household_id) SELECT (SELECT p.household_id FROM outcome_assessments o JOIN support_plans p ON p.id = o.plan_id WHERE o.id = OLD.assessment_id) UNION SELECT (SELECT p.household_id FROM outcome_assessments o JOIN support_plans p ON p.id = o.plan_id WHERE o.id = NEW.assessment_id); END;
      CREATE TRIGGER outcome_scores_report_delete AFTER DELETE ON outcome_scores
        BEGIN INSERT INTO report_changes (household_id) VALUES ((SELECT p.household_id FROM outcome_assessments o JOIN support_plans p ON p.id = o.plan_id WHERE o.id = OLD.assessment_id)); DELETE FROM report_snapshot; END;
    `);
  },
};
