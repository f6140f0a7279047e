import type { Migration } from './migration';

/*
 * Indexes for the commissioner reports, which read years of records at once. Each one lets a
 * report's query read a narrow index instead of whole rows (every page read from an encrypted
 * database is decrypted, and people, contacts and risk assessments are wide rows), or find rows
 * by a column that had no index:
 * - people_report: the columns the reports count people by, for the people of a list of
 *   households (not those removed as recorded in error).
 * - referrals_report: referrals received in a period, with every column the figures read.
 * - referrals_decided: referrals decided in a period (turn-aways, accepted by source).
 * - referrals_episodes: accepted referrals (episodes of support) decided before a date.
 * - support_contacts_report: contacts dated in a period, with what the figures read.
 * - support_contacts_referral: an episode's first support contact, and its contacts in a period.
 * - risk_assessments_report: a household's latest risk level and needs before a date.
 * - support_plan_areas_report, outcome_assessments_report, outcome_scores_report: the needs and
 *   outcome scores of the plans of a list of episodes.
 */
export const migration010: Migration = {
  version: 10,
  name: 'report-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX people_report ON people(household_id, kind, with_adult, date_of_birth, age_years, age_recorded_on, sex, gender_identity, ethnicity, disability, sexuality, specialist)
        WHERE removed_at IS NULL;
      CREATE INDEX referrals_report ON referrals(received_at, household_id, source, status, accepted_to, not_supported_reason, decided_at, urgency, first_contact_at, requests, unit_types_full);
      CREATE INDEX referrals_decided ON referrals(decided_at) WHERE decided_at IS NOT NULL;
      CREATE INDEX referrals_episodes ON referrals(status, decided_at, household_id, received_at, accepted_to, urgency);
      CREATE INDEX support_contacts_report ON support_contacts(contact_on, household_id, referral_id, time_kind, minutes, support_type);
      CREATE INDEX support_contacts_referral ON support_contacts(referral_id, contact_on, time_kind, minutes, support_type);
      CREATE INDEX risk_assessments_report ON risk_assessments(household_id, assessed_at, level, primary_need, secondary_needs);
      CREATE INDEX support_plan_areas_report ON support_plan_areas(plan_id, has_need, area);
      CREATE INDEX outcome_assessments_report ON outcome_assessments(plan_id, assessed_on, stage);
      CREATE INDEX outcome_scores_report ON outcome_scores(assessment_id, area, score);
    `);
  },
};
