import type { HomeDetails } from '../../../../shared/sanctuary/schemas/case.schema';
import type { CloseReasonCode, LandlordPermissionCode, NotAcceptedReasonCode, TenureCode } from '../../../../shared/sanctuary/vocab.sanctuary';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** Where a case is, worked out from its referral and whether it was closed. */
export type CaseStageCode = 'referred' | 'not_accepted' | 'open' | 'closed';

/** A sanctuary case with its referral and household. */
export interface SanctuaryCaseRow {
  id: number;
  household_id: number;
  referral_id: number;
  tenure: TenureCode;
  landlord_name: string;
  landlord_contact: string;
  landlord_permission: LandlordPermissionCode;
  landlord_permission_on: string | null;
  landlord_note: string;
  needs_assessed_on: string | null;
  not_accepted_reason: NotAcceptedReasonCode | null;
  closed_on: string | null;
  close_reason: CloseReasonCode | null;
  close_note: string;
  waiting_referral_id: number | null;
  created_at: string;
  reference: string;
  received_at: string;
  source: string;
  referrer_name: string;
  referral_status: string;
  accepted_to: string | null;
  decided_at: string | null;
  decision_note: string;
  household_reference: string;
  restricted: number;
  risk_level: 'standard' | 'medium' | 'high' | null;
  waiting_reference: string | null;
  stage: CaseStageCode;
}

/** The stage, in SQL (a referral accepted somewhere other than the scheme is not on it). */
const STAGE = `CASE
    WHEN c.closed_on IS NOT NULL THEN 'closed'
    WHEN r.status IN ('not_supported','closed') OR (r.status = 'accepted' AND r.accepted_to <> 'sanctuary') THEN 'not_accepted'
    WHEN r.status = 'accepted' THEN 'open'
    ELSE 'referred' END`;

const SELECT = `SELECT c.id, c.household_id, c.referral_id, c.tenure, c.landlord_name, c.landlord_contact, c.landlord_permission, c.landlord_permission_on,
    c.landlord_note, c.needs_assessed_on, c.not_accepted_reason, c.closed_on, c.close_reason, c.close_note, c.waiting_referral_id, c.created_at,
    r.reference, r.received_at, r.source, r.referrer_name, r.status AS referral_status, r.accepted_to, r.decided_at, r.decision_note,
    h.reference AS household_reference, h.restricted, h.risk_level, w.reference AS waiting_reference, ${STAGE} AS stage
  FROM sanctuary_cases c
  JOIN referrals r ON r.id = c.referral_id
  JOIN households h ON h.id = c.household_id
  LEFT JOIN referrals w ON w.id = c.waiting_referral_id`;

/** Opens a case for a referral. */
export function insertCase(db: Sqlite, c: { householdId: number; referralId: number; home: HomeDetails; by: number | null; at: string }): number {
  const h = c.home;
  return Number(
    cached(db, 
        `INSERT INTO sanctuary_cases (household_id, referral_id, tenure, landlord_name, landlord_contact, landlord_permission, landlord_permission_on, landlord_note,
           created_at, created_by, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.householdId, c.referralId, h.tenure, h.landlordName, h.landlordContact, h.landlordPermission, h.landlordPermissionOn, h.landlordNote, c.at, c.by, c.at, c.by)
      .lastInsertRowid,
  );
}

/** One case, or null. */
export function getCase(db: Sqlite, id: number): SanctuaryCaseRow | null {
  return (cached(db, `${SELECT} WHERE c.id = ?`).get(id) as SanctuaryCaseRow | undefined) ?? null;
}

/** The case of a referral, or null. */
export function caseOfReferral(db: Sqlite, referralId: number): { id: number } | null {
  return (cached(db, 'SELECT id FROM sanctuary_cases WHERE referral_id = ?').get(referralId) as { id: number } | undefined) ?? null;
}

/** Cases at some stages, newest referral first. */
export function listCases(db: Sqlite, stages: readonly CaseStageCode[]): SanctuaryCaseRow[] {
  return cached(db, `SELECT * FROM (${SELECT}) WHERE stage IN (SELECT value FROM json_each(?)) ORDER BY received_at DESC, id DESC`).all(JSON.stringify(stages)) as SanctuaryCaseRow[];
}

/** Changes the home's details and the date of the needs assessment. */
export function updateHome(db: Sqlite, id: number, h: HomeDetails, needsAssessedOn: string | null, by: number | null, at: string): void {
  cached(db, 
    `UPDATE sanctuary_cases SET tenure = ?, landlord_name = ?, landlord_contact = ?, landlord_permission = ?, landlord_permission_on = ?, landlord_note = ?,
       needs_assessed_on = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(h.tenure, h.landlordName, h.landlordContact, h.landlordPermission, h.landlordPermissionOn, h.landlordNote, needsAssessedOn, at, by, id);
}

/** Records (or clears) the scheme's reason for not accepting. */
export function setNotAcceptedReason(db: Sqlite, id: number, reason: NotAcceptedReasonCode | null, by: number | null, at: string): void {
  cached(db, 'UPDATE sanctuary_cases SET not_accepted_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(reason, at, by, id);
}

/** Closes a case. */
export function closeCase(db: Sqlite, id: number, c: { closedOn: string; reason: CloseReasonCode; note: string; waitingReferralId: number | null }, by: number | null, at: string): void {
  cached(db, 'UPDATE sanctuary_cases SET closed_on = ?, close_reason = ?, close_note = ?, waiting_referral_id = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    c.closedOn,
    c.reason,
    c.note,
    c.waitingReferralId,
    at,
    by,
    id,
  );
}

/** Referrals that asked for the scheme, are still open or accepted to it, and have no case yet. */
export function candidateReferrals(db: Sqlite): { id: number; household_id: number; reference: string; received_at: string; status: string; restricted: number }[] {
  return cached(db, 
      `SELECT r.id, r.household_id, r.reference, r.received_at, r.status, h.restricted
         FROM referrals r JOIN households h ON h.id = r.household_id
        WHERE NOT EXISTS (SELECT 1 FROM sanctuary_cases c WHERE c.referral_id = r.id)
          AND ((r.status IN ('new','in_progress') AND EXISTS (SELECT 1 FROM json_each(r.requests) WHERE value = 'sanctuary'))
               OR (r.status = 'accepted' AND r.accepted_to = 'sanctuary'))
        ORDER BY r.received_at DESC LIMIT 200`,
    )
    .all() as { id: number; household_id: number; reference: string; received_at: string; status: string; restricted: number }[];
}
