import type { Sqlite } from '../../connection';
import { OutcomeArea, OUTCOME_SCALE } from '../../../../shared/support/vocab.support';
import { cached } from '../../statements';

/*
 * The records the reports count, for every household or for some (a household whose records
 * changed since the reports' snapshot was taken: see fact-store.ts). Read as arrays (.raw()),
 * since making JavaScript values is most of the time a long report takes; each query reads the
 * columns the figures need and nothing else (no names, addresses, contact details or free text).
 * Statements read raw end in `-- raw`, so their cached statement is never the one another caller
 * reads as objects (see statements.ts). A set of households is one JSON array (json_each), so
 * each plan stays an index lookup however many there are.
 *
 * Every query exists twice, for all households and for some; only the WHERE clause differs, and
 * both are constant fragments (no value is interpolated).
 */

/** Which households: all of them, or these. */
export type Households = 'all' | readonly number[];

/** A referral with its episode of support (exit, move-on, waiting list) and first contact attempt, as stored. */
export type ReferralRecordRow = [
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
  exitId: number | null,
  exitedOn: string | null,
  planned: number | null,
  exitReason: string | null,
  destination: string | null,
  achievingIndependence: string | null,
  exitStayId: number | null,
  moveOnStart: string | null,
  moveOnLatestEnd: string | null,
  moveOnEnded: string | null,
  /** When the household left the waiting list without arriving (null otherwise). */
  waitingLeftAt: string | null,
  /** The referral's first contact attempt (the KPIs' 48-hour figure). */
  firstAttemptAt: string | null,
  /** The date of the referral's first support contact (an episode's first contact). */
  firstContactOn: string | null,
];

/** A person (not one removed as recorded in error), as stored. */
export type PersonRecordRow = [
  id: number,
  householdId: number,
  kind: string,
  dateOfBirth: string | null,
  ageYears: number | null,
  ageRecordedOn: string | null,
  sex: string,
  genderIdentity: string,
  ethnicity: string,
  disability: string,
  sexuality: string,
  specialist: string,
  withAdult: number,
];

/** A risk assessment's level and needs, as stored. */
export type RiskRecordRow = [householdId: number, assessedAt: string, id: number, level: string, primaryNeed: string | null, secondaryNeeds: string];

/** A support contact, as stored. */
export type ContactRecordRow = [id: number, householdId: number, referralId: number, on: string, minutes: number, timeKind: string, supportType: string];

/** A support plan's area with a need (every outcome figure is about the people with a need in the area). */
export type PlanAreaRecordRow = [planId: number, referralId: number, householdId: number, area: string];

/**
 * An outcome assessment with its scores packed into one integer: the score in area
 * OutcomeArea.codes[i] is bits 3i to 3i+2 (0 where the assessment did not score the area).
 */
export type AssessmentRecordRow = [planId: number, assessmentId: number, stage: string, assessedOn: string, scores: number];

/** Bits per packed score: the scale runs from 1 to 5, and 0 is "not scored". */
export const SCORE_BITS = 3;
if (OUTCOME_SCALE.min < 1 || OUTCOME_SCALE.max >= 2 ** SCORE_BITS || OutcomeArea.codes.length * SCORE_BITS > 31)
  throw new Error('outcome scores no longer fit the packed assessment row');

/** Each area's position in a packed row, as SQL (a constant fragment from the shared vocabulary: the column's CHECK lists the same codes). */
const AREA_SHIFT = `CASE s.area ${OutcomeArea.codes.map((code, i) => `WHEN '${code}' THEN ${i * SCORE_BITS}`).join(' ')} END`;

const REFERRALS = `SELECT r.id, r.household_id, r.received_at, r.source, r.status, r.accepted_to, r.not_supported_reason, r.unit_types_full,
         r.decided_at, r.requests, r.urgency, r.first_contact_at,
         e.id, e.exited_on, e.planned, e.reason, e.destination, e.achieving_independence, e.stay_id,
         m.start_on, m.latest_end_on, m.ended_on,
         CASE WHEN r.waiting_end_reason IS NOT 'arrived' THEN r.waiting_ended_at END,
         (SELECT min(a.at) FROM contact_attempts a WHERE a.referral_id = r.id),
         (SELECT min(c.contact_on) FROM support_contacts c WHERE c.referral_id = r.id)
    FROM referrals r
    LEFT JOIN support_exits e ON e.referral_id = r.id
    LEFT JOIN move_on_support m ON m.referral_id = r.id`;

const PEOPLE = `SELECT id, household_id, kind, date_of_birth, age_years, age_recorded_on, sex, gender_identity, ethnicity, disability, sexuality, specialist, with_adult
    FROM people INDEXED BY people_report WHERE removed_at IS NULL`;

// The covering index risk_assessments_report (migration 10) holds every column read here.
const RISKS = `SELECT household_id, assessed_at, id, level, primary_need, secondary_needs FROM risk_assessments INDEXED BY risk_assessments_report`;

const CONTACTS = `SELECT id, household_id, referral_id, contact_on, minutes, time_kind, support_type FROM support_contacts`;

const PLAN_AREAS = `SELECT p.id, p.referral_id, p.household_id, a.area
    FROM support_plans p JOIN support_plan_areas a ON a.plan_id = p.id WHERE a.has_need = 1`;

// One row per assessment, not one per score: an assessment's seven scores as rows would cost a
// plan id, an id, a stage and a date each. Each area is scored once per assessment (the primary
// key), so the sum is the packed bits.
const ASSESSMENTS = `SELECT o.plan_id, o.id, o.stage, o.assessed_on, (SELECT total(s.score << ${AREA_SHIFT}) FROM outcome_scores s WHERE s.assessment_id = o.id)
    FROM outcome_assessments o JOIN support_plans p ON p.id = o.plan_id`;

/**
 * A query for all households and for some (`column` IN the list), both in `order`: the store keeps
 * each group in this order (see fact-store.ts), so a report counts in the same order whichever
 * way its records were read.
 */
function query(sql: string, column: string, hasWhere: boolean, order: string): { all: string; some: string } {
  // Every argument is one of the constant fragments below (QUERIES); no value is ever interpolated.
  return {
    // eslint-disable-next-line waymark/no-sql-interpolation -- constant fragments of this file only
    all: `${sql} ORDER BY ${order} -- raw`,
    // eslint-disable-next-line waymark/no-sql-interpolation -- constant fragments of this file only
    some: `${sql} ${hasWhere ? 'AND' : 'WHERE'} ${column} IN (SELECT value FROM json_each(:ids)) ORDER BY ${order} -- raw`,
  };
}

/** The order of each group (fact-store.ts merges patched records in by the same keys). */
const QUERIES = {
  referrals: query(REFERRALS, 'r.household_id', false, 'r.received_at, r.id'),
  people: query(PEOPLE, 'household_id', true, 'household_id, kind, id'),
  risks: query(RISKS, 'household_id', false, 'household_id, assessed_at, id'),
  contacts: query(CONTACTS, 'household_id', false, 'contact_on, id'),
  planAreas: query(PLAN_AREAS, 'p.household_id', true, 'p.id, a.area'),
  assessments: query(ASSESSMENTS, 'p.household_id', false, 'o.plan_id, o.assessed_on, o.id'),
} as const;

function read<T>(db: Sqlite, query: { all: string; some: string }, households: Households): T[] {
  if (households === 'all') return cached(db, query.all).raw().all() as T[];
  if (households.length === 0) return [];
  return cached(db, query.some).raw().all({ ids: JSON.stringify(households) }) as T[];
}

/** The households' records, each group as rows in its type's column order. */
export interface HouseholdRecordRows {
  referrals: ReferralRecordRow[];
  people: PersonRecordRow[];
  risks: RiskRecordRow[];
  contacts: ContactRecordRow[];
  planAreas: PlanAreaRecordRow[];
  assessments: AssessmentRecordRow[];
}

/** Reads every record the reports count of these households (or all). Call inside one read transaction for a consistent set. */
export function householdRecordRows(db: Sqlite, households: Households): HouseholdRecordRows {
  return {
    referrals: read(db, QUERIES.referrals, households),
    people: read(db, QUERIES.people, households),
    risks: read(db, QUERIES.risks, households),
    contacts: read(db, QUERIES.contacts, households),
    planAreas: read(db, QUERIES.planAreas, households),
    assessments: read(db, QUERIES.assessments, households),
  };
}
