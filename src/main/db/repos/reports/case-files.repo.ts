import type { Sqlite } from '../../connection';

/*
 * What an anonymised case file and the note review read, by episode (accepted referral). Free
 * text is read only for the manager's review and for notes that were released.
 */

/** An episode's referral and household. */
export interface CaseEpisodeRow {
  referral_id: number;
  referral_reference: string;
  household_id: number;
  household_reference: string;
  received_at: string;
  source: string;
  status: string;
  accepted_to: string | null;
}

/** The episodes with these referral ids (accepted ones only). */
export function caseEpisodes(db: Sqlite, referralIds: readonly number[]): CaseEpisodeRow[] {
  return db
    .prepare(
      `SELECT r.id AS referral_id, r.reference AS referral_reference, h.id AS household_id, h.reference AS household_reference,
              r.received_at, r.source, r.status, r.accepted_to
       FROM referrals r JOIN households h ON h.id = r.household_id
       WHERE r.id IN (SELECT value FROM json_each(:ids)) AND r.status = 'accepted' ORDER BY r.id`,
    )
    .all({ ids: JSON.stringify(referralIds) }) as CaseEpisodeRow[];
}

/** A note that may be released. */
export interface NoteRow {
  kind: 'contact' | 'event' | 'exit' | 'assessment';
  id: number;
  referral_id: number;
  date: string;
  what: string;
  text: string;
}

/** Every non-empty note of these episodes, oldest first. */
export function episodeNotes(db: Sqlite, referralIds: readonly number[]): NoteRow[] {
  return db
    .prepare(
      `SELECT 'contact' AS kind, c.id, c.referral_id, c.contact_on AS date, 'Support contact: ' || c.support_type AS what, c.notes AS text
         FROM support_contacts c WHERE c.referral_id IN (SELECT value FROM json_each(:ids)) AND trim(c.notes) <> ''
       UNION ALL
       SELECT 'event', e.id, e.referral_id, e.event_on, 'Event: ' || e.kind, e.details
         FROM support_events e WHERE e.referral_id IN (SELECT value FROM json_each(:ids)) AND trim(e.details) <> ''
       UNION ALL
       SELECT 'exit', x.id, x.referral_id, x.exited_on, 'Exit', x.notes
         FROM support_exits x WHERE x.referral_id IN (SELECT value FROM json_each(:ids)) AND trim(x.notes) <> ''
       UNION ALL
       SELECT 'assessment', o.id, p.referral_id, o.assessed_on, 'Outcome scores: ' || o.stage, o.notes
         FROM outcome_assessments o JOIN support_plans p ON p.id = o.plan_id
         WHERE p.referral_id IN (SELECT value FROM json_each(:ids)) AND trim(o.notes) <> ''
       ORDER BY date, kind, id`,
    )
    .all({ ids: JSON.stringify(referralIds) }) as NoteRow[];
}

/** The latest release decision per note, from the audit log (release or withdraw, with the text's hash). */
export function releaseDecisions(db: Sqlite, kind: string, ids: readonly number[]): Map<number, { action: string; detail: string | null }> {
  const rows = db
    .prepare(
      `SELECT entity_id, action, detail FROM audit_log
       WHERE entity = :entity AND entity_id IN (SELECT CAST(value AS TEXT) FROM json_each(:ids))
         AND action IN ('report.note.release', 'report.note.withdraw') ORDER BY id`,
    )
    .all({ entity: `note.${kind}`, ids: JSON.stringify(ids) }) as { entity_id: string; action: string; detail: string | null }[];
  const out = new Map<number, { action: string; detail: string | null }>();
  for (const r of rows) out.set(Number(r.entity_id), { action: r.action, detail: r.detail });
  return out;
}

/** One note's text (for a release), or null. */
export function noteText(db: Sqlite, kind: NoteRow['kind'], id: number): string | null {
  const sql = {
    contact: 'SELECT notes AS t FROM support_contacts WHERE id = ?',
    event: 'SELECT details AS t FROM support_events WHERE id = ?',
    exit: 'SELECT notes AS t FROM support_exits WHERE id = ?',
    assessment: 'SELECT notes AS t FROM outcome_assessments WHERE id = ?',
  }[kind];
  return (db.prepare(sql).get(id) as { t: string } | undefined)?.t ?? null;
}

/** The household's people (not removed). */
export function householdPeople(db: Sqlite, householdId: number) {
  return db
    .prepare(
      `SELECT kind, date_of_birth AS dateOfBirth, age_years AS ageYears, age_recorded_on AS ageRecordedOn, sex, gender_identity AS genderIdentity,
              ethnicity, disability, specialist, with_adult AS withAdult
       FROM people WHERE household_id = ? AND removed_at IS NULL ORDER BY kind, id`,
    )
    .all(householdId) as {
    kind: string;
    dateOfBirth: string | null;
    ageYears: number | null;
    ageRecordedOn: string | null;
    sex: string;
    genderIdentity: string;
    ethnicity: string;
    disability: string;
    specialist: string;
    withAdult: number;
  }[];
}

/** The household's latest risk assessment. */
export function latestRisk(db: Sqlite, householdId: number) {
  return (
    (db
      .prepare('SELECT level, primary_need AS primaryNeed, secondary_needs AS secondaryNeeds FROM risk_assessments WHERE household_id = ? ORDER BY assessed_at DESC, id DESC LIMIT 1')
      .get(householdId) as { level: string; primaryNeed: string | null; secondaryNeeds: string } | undefined) ?? null
  );
}

/** The household's stays since a date, with unit types. */
export function householdStays(db: Sqlite, householdId: number, since: string) {
  return db
    .prepare(
      `SELECT u.type, s.start_date AS start, s.end_date AS "end" FROM unit_stays s JOIN units u ON u.id = s.unit_id
       WHERE s.household_id = ? AND s.status = 'active' AND s.start_date >= ? ORDER BY s.start_date`,
    )
    .all(householdId, since) as { type: string; start: string; end: string | null }[];
}

/** The episode's plan areas and scores. */
export function episodePlan(db: Sqlite, referralId: number) {
  const areas = db
    .prepare('SELECT a.area, a.has_need AS hasNeed FROM support_plans p JOIN support_plan_areas a ON a.plan_id = p.id WHERE p.referral_id = ?')
    .all(referralId) as { area: string; hasNeed: number }[];
  const scores = db
    .prepare(
      `SELECT o.stage, o.assessed_on AS "on", s.area, s.score FROM support_plans p JOIN outcome_assessments o ON o.plan_id = p.id
       JOIN outcome_scores s ON s.assessment_id = o.id WHERE p.referral_id = ? ORDER BY o.assessed_on, o.id`,
    )
    .all(referralId) as { stage: string; on: string; area: string; score: number }[];
  return { areas, scores };
}

/** The episode's contacts (no notes). */
export function episodeContacts(db: Sqlite, referralId: number) {
  return db.prepare('SELECT minutes, time_kind AS timeKind, support_type AS supportType FROM support_contacts WHERE referral_id = ?').all(referralId) as {
    minutes: number;
    timeKind: string;
    supportType: string;
  }[];
}

/** The episode's events (no details). */
export function episodeEvents(db: Sqlite, referralId: number) {
  return db.prepare('SELECT kind, event_on AS "on" FROM support_events WHERE referral_id = ? ORDER BY event_on, id').all(referralId) as { kind: string; on: string }[];
}

/** The episode's exit. */
export function episodeExit(db: Sqlite, referralId: number) {
  return (
    (db
      .prepare('SELECT exited_on AS exitedOn, planned, reason, destination, achieving_independence AS independence FROM support_exits WHERE referral_id = ?')
      .get(referralId) as { exitedOn: string; planned: number; reason: string; destination: string; independence: string } | undefined) ?? null
  );
}
