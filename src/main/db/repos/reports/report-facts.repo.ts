import type { ContactFact, EventFact, MaracFact, OutOfServiceFact, PersonFact, StayFact, UnitFact } from '../../../../shared/reports/facts';
import type { Sqlite } from '../../connection';
import { OutcomeArea, OUTCOME_SCALE } from '../../../../shared/support/vocab.support';
import { cached } from '../../statements';

/*
 * The SQL that loads a period's records for the reports. Each query reads only the columns the
 * figures need; the service turns instants into London dates and applies the counting rules.
 * Sets of ids are passed as one JSON array (json_each), so a query plan stays an index lookup
 * however many households a period has. Statements read as arrays (.raw()) end in `-- raw`, so
 * their cached statement is never the one another caller reads as objects (see statements.ts).
 */

/** A referral as stored (instants still UTC), read raw: a ten-year report reads thirty thousand. */
export type ReferralFactRow = [
  id: number,
  householdId: number,
  receivedAt: string,
  source: string,
  status: string,
  acceptedTo: string | null,
  notSupportedReason: string | null,
  unitTypesFull: string,
  decidedAt: string | null,
  requests: string,
  urgency: string,
  firstContactAt: string | null,
];

/** The columns of a referral the figures read, in ReferralFactRow's order (a constant fragment: no values interpolated). */
const REFERRAL_COLUMNS = `r.id, r.household_id, r.received_at, r.source, r.status, r.accepted_to, r.not_supported_reason, r.unit_types_full,
  r.decided_at, r.requests, r.urgency, r.first_contact_at`;

/** Referrals received, or decided, between two instants. */
export function referralsBetween(db: Sqlite, fromIso: string, toIso: string): ReferralFactRow[] {
  // Received in the period (read from the covering index referrals_report), then the few decided
  // in it that arrived outside it. Read as arrays and built straight into the facts (one object
  // per referral, not two).
  return cached(
    db,
    `SELECT ${REFERRAL_COLUMNS} FROM referrals r WHERE r.received_at >= :fromIso AND r.received_at < :toIso
     UNION ALL
     SELECT ${REFERRAL_COLUMNS} FROM referrals r WHERE r.decided_at >= :fromIso AND r.decided_at < :toIso AND (r.received_at < :fromIso OR r.received_at >= :toIso)
     -- raw`,
  )
    .raw()
    .all({ fromIso, toIso }) as ReferralFactRow[];
}

/**
 * Whether a list of `ids` is a large share of the table's rows (a third of its highest rowid): then one
 * pass over an index, filtered in JavaScript, is cheaper than a seek per id (a ten-year report
 * asks for nearly every referral). max(rowid) is one step down the table's b-tree.
 */
function mostOf(db: Sqlite, table: 'referrals', ids: readonly number[]): boolean {
  if (ids.length < 2000) return false;
  const max = (cached(db, MAX_ROWID[table]).get() as { n: number | null }).n ?? 0;
  return ids.length * 3 > max;
}

const MAX_ROWID = { referrals: 'SELECT max(rowid) AS n FROM referrals' } as const;

/**
 * The first contact attempt of each of these referrals (only the KPIs read it, so it is not
 * part of every referral loaded): a seek per referral in contact_attempts_referral, or, for most
 * referrals, one pass over that index grouped by referral.
 */
export function firstAttempts(db: Sqlite, referralIds: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  if (mostOf(db, 'referrals', referralIds)) {
    const wanted = new Set(referralIds);
    const rows = cached(db, 'SELECT referral_id, min(at) FROM contact_attempts INDEXED BY contact_attempts_referral GROUP BY referral_id -- raw').raw().all() as [number, string | null][];
    for (const [id, at] of rows) if (at !== null && wanted.has(id)) out.set(id, at);
    return out;
  }
  const rows = cached(
    db,
    `SELECT j.value, (SELECT min(a.at) FROM contact_attempts a WHERE a.referral_id = j.value) FROM json_each(:ids) j`,
  )
    .raw()
    .all({ ids: JSON.stringify(referralIds) }) as [number, string | null][];
  for (const [id, at] of rows) if (at !== null) out.set(id, at);
  return out;
}

/** An accepted referral with its exit and move-on support, read raw (in this order). */
export type EpisodeRow = [
  referralId: number,
  householdId: number,
  receivedAt: string,
  decidedAt: string,
  acceptedTo: string,
  urgency: string,
  exitId: number | null,
  exitedOn: string | null,
  planned: number | null,
  reason: string | null,
  destination: string | null,
  achievingIndependence: string | null,
  stayId: number | null,
  moveOnStart: string | null,
  moveOnLatestEnd: string | null,
  moveOnEnded: string | null,
  /** When the household left the waiting list without arriving (null otherwise). */
  waitingLeftAt: string | null,
];

/**
 * Episodes accepted before `toIso` whose support had not ended before `from`: an exit, and any
 * move-on after it, ending on or after `from`; with no exit, a household taken off the waiting
 * list without arriving (referred on, found somewhere else) left it on or after `fromIso`.
 */
export function episodesOverlapping(db: Sqlite, from: string, fromIso: string, toIso: string): EpisodeRow[] {
  return cached(
    db,
    `SELECT r.id AS referral_id, r.household_id, r.received_at, r.decided_at, r.accepted_to, r.urgency,
            e.id AS exit_id, e.exited_on, e.planned, e.reason, e.destination, e.achieving_independence, e.stay_id,
            m.start_on AS move_on_start, m.latest_end_on AS move_on_latest_end, m.ended_on AS move_on_ended,
            CASE WHEN r.waiting_end_reason IS NOT 'arrived' THEN r.waiting_ended_at END AS waiting_left_at
       FROM referrals r
       LEFT JOIN support_exits e ON e.referral_id = r.id
       LEFT JOIN move_on_support m ON m.referral_id = r.id
       WHERE r.status = 'accepted' AND r.decided_at < :toIso
         AND CASE WHEN e.id IS NOT NULL THEN e.exited_on >= :from OR coalesce(m.ended_on, m.latest_end_on) >= :from
                  WHEN r.waiting_ended_at IS NOT NULL AND r.waiting_end_reason IS NOT 'arrived' THEN r.waiting_ended_at >= :fromIso
                  ELSE 1 END
     -- raw`,
  )
    .raw()
    .all({ from, fromIso, toIso }) as EpisodeRow[];
}

/** The first support contact of each of these referrals. */
export function firstContacts(db: Sqlite, referralIds: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  if (mostOf(db, 'referrals', referralIds)) {
    // Most referrals (a long period): one pass over support_contacts_referral, grouped.
    const wanted = new Set(referralIds);
    const rows = cached(db, 'SELECT referral_id, min(contact_on) FROM support_contacts INDEXED BY support_contacts_referral GROUP BY referral_id -- raw').raw().all() as [number, string | null][];
    for (const [id, on] of rows) if (on !== null && wanted.has(id)) out.set(id, on);
    return out;
  }
  // One seek per referral in support_contacts_referral (referral_id, contact_on).
  const rows = cached(
    db,
    `SELECT j.value AS id, (SELECT min(c.contact_on) FROM support_contacts c WHERE c.referral_id = j.value) AS first_on
       FROM json_each(:ids) j`,
  ).all({ ids: JSON.stringify(referralIds) }) as { id: number; first_on: string | null }[];
  for (const r of rows) if (r.first_on !== null) out.set(r.id, r.first_on);
  return out;
}

/** Active stays that began on or before `to` (their earlier stays included, for moves). */
export function staysUpTo(db: Sqlite, to: string): StayFact[] {
  return db
    .prepare(
      `SELECT id, household_id AS householdId, unit_id AS unitId, start_date AS start, end_date AS "end", moved_from_stay_id AS movedFromStayId
       FROM unit_stays WHERE status = 'active' AND start_date <= :to`,
    )
    .all({ to }) as StayFact[];
}

/** Every unit. */
export function allUnits(db: Sqlite): UnitFact[] {
  return db.prepare('SELECT id, type, opened_on AS openedOn, closed_on AS closedOn FROM units').all() as UnitFact[];
}

/** Active out-of-service periods overlapping [from, to]. */
export function outOfServiceIn(db: Sqlite, from: string, to: string): OutOfServiceFact[] {
  return db
    .prepare(
      `SELECT unit_id AS unitId, start_date AS start, end_date AS "end", reason FROM unit_out_of_service
       WHERE status = 'active' AND start_date <= :to AND (end_date IS NULL OR end_date > :from)`,
    )
    .all({ from, to }) as OutOfServiceFact[];
}

/** A person as stored. */
interface PersonRow extends Omit<PersonFact, 'specialist' | 'withAdult'> {
  specialist: string;
  withAdult: number;
}

/** The people of these households (not those removed as recorded in error). */
export function peopleOf(db: Sqlite, householdIds: readonly number[]): PersonFact[] {
  // Read from the covering index people_report (migration 10), never the wide rows.
  const rows = cached(
    db,
    `SELECT id, household_id AS householdId, kind, date_of_birth AS dateOfBirth, age_years AS ageYears, age_recorded_on AS ageRecordedOn,
              sex, gender_identity AS genderIdentity, ethnicity, disability, sexuality, specialist, with_adult AS withAdult
       FROM people INDEXED BY people_report WHERE household_id IN (SELECT value FROM json_each(:ids)) AND removed_at IS NULL`,
  ).all({ ids: JSON.stringify(householdIds) }) as PersonRow[];
  const out: PersonFact[] = new Array(rows.length);
  const list = listParser();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    (r as unknown as PersonFact).specialist = list(r.specialist);
    (r as unknown as PersonFact).withAdult = r.withAdult === 1;
    out[i] = r as unknown as PersonFact;
  }
  return out;
}

/** The latest risk assessment before `toIso` of each of these households. */
export function latestRisks(db: Sqlite, householdIds: readonly number[], toIso: string): { householdId: number; level: string; primaryNeed: string | null; secondaryNeeds: string }[] {
  // The covering index risk_assessments_report (migration 10) holds every column read here. The
  // latest is the greatest (assessed_at, id); SQLite takes the other columns from that row.
  return cached(
    db,
    `SELECT household_id AS householdId, max(assessed_at || '#' || printf('%012d', id)) AS latest, level, primary_need AS primaryNeed, secondary_needs AS secondaryNeeds
       FROM risk_assessments
      WHERE household_id IN (SELECT value FROM json_each(:ids)) AND assessed_at < :toIso
      GROUP BY household_id`,
  ).all({ ids: JSON.stringify(householdIds), toIso }) as { householdId: number; level: string; primaryNeed: string | null; secondaryNeeds: string }[];
}

/** Support contacts dated in [from, to]. */
export function contactsIn(db: Sqlite, from: string, to: string): ContactFact[] {
  return cached(
    db,
    `SELECT id, household_id AS householdId, referral_id AS referralId, contact_on AS "on", minutes, time_kind AS timeKind, support_type AS supportType
       FROM support_contacts WHERE contact_on >= :from AND contact_on <= :to`,
  ).all({ from, to }) as ContactFact[];
}

/** A plan's need in one area. */
export interface PlanAreaRow {
  plan_id: number;
  referral_id: number;
  household_id: number;
  area: string;
  has_need: number;
}

/**
 * The outcome areas with a need of the plans of these referrals (every figure about outcomes is
 * about the people with a need in the area, so areas without one are not read).
 */
export function planAreas(db: Sqlite, referralIds: readonly number[]): PlanAreaRow[] {
  return cached(
    db,
    `SELECT p.id AS plan_id, p.referral_id, p.household_id, a.area, a.has_need
       FROM support_plans p JOIN support_plan_areas a ON a.plan_id = p.id
       WHERE p.referral_id IN (SELECT value FROM json_each(:ids)) AND a.has_need = 1`,
  ).all({ ids: JSON.stringify(referralIds) }) as PlanAreaRow[];
}

/**
 * An assessment with its scores packed into one integer (read raw: a ten-year report reads thirty
 * thousand assessments): plan id, assessment id, stage, date, scores. The score in area
 * OutcomeArea.codes[i] is bits 3i to 3i+2 (0 where the assessment did not score the area).
 */
export type AssessmentRow = [planId: number, assessmentId: number, stage: string, assessedOn: string, scores: number];

/** Bits per packed score: the scale runs from 1 to 5, and 0 is "not scored". */
export const SCORE_BITS = 3;
if (OUTCOME_SCALE.min < 1 || OUTCOME_SCALE.max >= 2 ** SCORE_BITS) throw new Error('outcome scores no longer fit the packed assessment row');

/** Each area's position in a packed row, as SQL (a constant fragment from the shared vocabulary: the column's CHECK lists the same codes). */
const AREA_SHIFT = `CASE s.area ${OutcomeArea.codes.map((code, i) => `WHEN '${code}' THEN ${i * SCORE_BITS}`).join(' ')} END`;

/** The outcome assessments of these plans recorded on or before `to`, each with its scores packed (the caller keeps the areas with a need). */
export function planAssessments(db: Sqlite, planIds: readonly number[], to: string): AssessmentRow[] {
  // One row per assessment, not one per score: making JavaScript values is most of a long
  // report's time (about 120 ns a string), and an assessment's seven scores as rows cost a plan
  // id, an id, a stage and a date each. Packed, the outcome scores of ten years of the large
  // demo database read in about half the time. Each area is scored once per assessment (the
  // primary key), so the sum is the packed bits.
  return cached(
    db,
    `SELECT o.plan_id, o.id, o.stage, o.assessed_on,
            (SELECT total(s.score << ${AREA_SHIFT}) FROM outcome_scores s WHERE s.assessment_id = o.id)
       FROM outcome_assessments o
      WHERE o.plan_id IN (SELECT value FROM json_each(:ids)) AND o.assessed_on <= :to
     -- raw`,
  )
    .raw()
    .all({ ids: JSON.stringify(planIds), to }) as AssessmentRow[];
}

/** Safeguarding concerns and panel referrals dated in [from, to]. */
export function eventsIn(db: Sqlite, from: string, to: string): EventFact[] {
  return db
    .prepare(
      `SELECT id, household_id AS householdId, kind, event_on AS "on", about FROM support_events
       WHERE kind IN ('safeguarding', 'hrbp') AND event_on >= :from AND event_on <= :to`,
    )
    .all({ from, to }) as EventFact[];
}

/** MARAC referrals dated in [from, to]. */
export function maracIn(db: Sqlite, from: string, to: string): MaracFact[] {
  return db
    .prepare('SELECT id, household_id AS householdId, referred_on AS "on" FROM marac_referrals WHERE referred_on >= :from AND referred_on <= :to')
    .all({ from, to }) as MaracFact[];
}

/**
 * parseList remembering each distinct text it has read: a list column holds a few distinct
 * values across tens of thousands of rows, so each is parsed once. Rows read through one parser
 * share their lists, which the figures only read.
 */
export function listParser(): (json: string | null) => string[] {
  const seen = new Map<string, string[]>();
  return (json) => {
    if (!json || json === '[]') return [];
    let list = seen.get(json);
    if (!list) seen.set(json, (list = parseList(json)));
    return list;
  };
}

/** A JSON array column as a list of strings (an unreadable value reads as empty). */
export function parseList(json: string | null): string[] {
  if (!json || json === '[]') return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
