import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** A referrals row. */
export interface ReferralRow {
  id: number;
  reference: string;
  household_id: number;
  episode_no: number;
  received_at: string;
  source: string;
  referrer_name: string;
  referrer_contact: string;
  channel: string | null;
  safe_contact_method: string | null;
  safe_contact_details: string;
  safe_times: string;
  no_voicemail: number;
  immediate_safety: string;
  immediate_safety_notes: string;
  requests: string;
  urgency: string;
  notes: string;
  status: 'new' | 'in_progress' | 'accepted' | 'not_supported' | 'closed';
  accepted_to: string | null;
  not_supported_reason: string | null;
  unit_types_full: string;
  decision_note: string;
  decided_by: number | null;
  decided_at: string | null;
  first_contact_at: string | null;
  waiting_since: string | null;
  waiting_ended_at: string | null;
  waiting_end_reason: string | null;
  created_by: number | null;
  created_at: string;
}

/** What a new referral records. */
export interface NewReferral {
  householdId: number;
  reference: string;
  episodeNo: number;
  receivedAt: string;
  source: string;
  referrerName: string;
  referrerContact: string;
  channel: string | null;
  safeContactMethod: string | null;
  safeContactDetails: string;
  safeTimes: string;
  noVoicemail: boolean;
  immediateSafety: string;
  immediateSafetyNotes: string;
  requests: string[];
  urgency: string;
  notes: string;
  createdBy: number | null;
  createdAt: string;
}

/** Inserts a referral (an episode of a household). */
export function insertReferral(db: Sqlite, r: NewReferral): number {
  return Number(
    db
      .prepare(
        `INSERT INTO referrals (reference, household_id, episode_no, received_at, source, referrer_name, referrer_contact, channel,
           safe_contact_method, safe_contact_details, safe_times, no_voicemail, immediate_safety, immediate_safety_notes, requests,
           urgency, notes, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.reference,
        r.householdId,
        r.episodeNo,
        r.receivedAt,
        r.source,
        r.referrerName,
        r.referrerContact,
        r.channel,
        r.safeContactMethod,
        r.safeContactDetails,
        r.safeTimes,
        r.noVoicemail ? 1 : 0,
        r.immediateSafety,
        r.immediateSafetyNotes,
        JSON.stringify(r.requests),
        r.urgency,
        r.notes,
        r.createdBy,
        r.createdAt,
        r.createdAt,
      ).lastInsertRowid,
  );
}

/** The next episode number of a household. */
export function nextEpisodeNo(db: Sqlite, householdId: number): number {
  return ((cached(db, 'SELECT max(episode_no) AS n FROM referrals WHERE household_id = ?').get(householdId) as { n: number | null }).n ?? 0) + 1;
}

/** One referral. */
export function getReferral(db: Sqlite, id: number): ReferralRow | null {
  return (cached(db, 'SELECT * FROM referrals WHERE id = ?').get(id) as ReferralRow | undefined) ?? null;
}

/** One referral by reference. */
export function getReferralByReference(db: Sqlite, reference: string): ReferralRow | null {
  return (cached(db, 'SELECT * FROM referrals WHERE reference = ?').get(reference) as ReferralRow | undefined) ?? null;
}

/** A household's episodes, newest first. */
export function referralsOf(db: Sqlite, householdId: number): ReferralRow[] {
  return cached(db, 'SELECT * FROM referrals WHERE household_id = ? ORDER BY episode_no DESC').all(householdId) as ReferralRow[];
}

/** Records a contact attempt; a successful one marks first contact and moves a new referral on. */
export function insertContactAttempt(
  db: Sqlite,
  a: { referralId: number; at: string; method: string; outcome: string; notes: string; byUser: number | null; createdAt: string },
): number {
  const id = Number(
    db
      .prepare('INSERT INTO contact_attempts (referral_id, at, method, outcome, notes, by_user, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(a.referralId, a.at, a.method, a.outcome, a.notes, a.byUser, a.createdAt).lastInsertRowid,
  );
  if (a.outcome === 'spoke' || a.outcome === 'message_via_referrer') {
    cached(db, 'UPDATE referrals SET first_contact_at = ? WHERE id = ? AND (first_contact_at IS NULL OR first_contact_at > ?)').run(a.at, a.referralId, a.at);
    cached(db, "UPDATE referrals SET status = 'in_progress', updated_at = ? WHERE id = ? AND status = 'new'").run(a.createdAt, a.referralId);
  }
  return id;
}

/** A contact attempt row with the worker's name. */
export interface ContactAttemptRow {
  id: number;
  at: string;
  method: string;
  outcome: string;
  notes: string;
  by_name: string | null;
}

/** A referral's contact attempts, oldest first. */
export function contactAttemptsOf(db: Sqlite, referralId: number): ContactAttemptRow[] {
  return db
    .prepare(
      `SELECT a.id, a.at, a.method, a.outcome, a.notes, u.display_name AS by_name
       FROM contact_attempts a LEFT JOIN users u ON u.id = a.by_user WHERE a.referral_id = ? ORDER BY a.at, a.id`,
    )
    .all(referralId) as ContactAttemptRow[];
}

/** Referrals still waiting for first contact, oldest first. */
export function awaitingContact(db: Sqlite): (ReferralRow & { attempts: number })[] {
  return db
    .prepare(
      `SELECT r.*, (SELECT count(*) FROM contact_attempts a WHERE a.referral_id = r.id) AS attempts
       FROM referrals r WHERE r.first_contact_at IS NULL AND r.status IN ('new', 'in_progress') ORDER BY r.received_at, r.id`,
    )
    .all() as (ReferralRow & { attempts: number })[];
}

/** Records the decision that ends a referral. */
export function decideReferral(
  db: Sqlite,
  id: number,
  d: { status: 'accepted' | 'not_supported'; acceptedTo: string | null; reason: string | null; unitTypesFull: string[]; note: string; by: number | null; at: string },
): void {
  cached(db, 
    `UPDATE referrals SET status = ?, accepted_to = ?, not_supported_reason = ?, unit_types_full = ?, decision_note = ?, decided_by = ?, decided_at = ?,
       waiting_since = CASE WHEN ? = 'waiting_unit' THEN ? ELSE NULL END, updated_at = ? WHERE id = ?`,
  ).run(d.status, d.acceptedTo, d.reason, JSON.stringify(d.unitTypesFull), d.note, d.by, d.at, d.acceptedTo, d.at, d.at, id);
}

/** Ends a household's wait for a unit (they arrived, or the need ended). */
export function endWaiting(db: Sqlite, referralId: number, at: string, reason: string): void {
  cached(db, 'UPDATE referrals SET waiting_ended_at = ?, waiting_end_reason = ?, updated_at = ? WHERE id = ? AND waiting_ended_at IS NULL').run(at, reason, at, referralId);
}

/** Accepted referrals still waiting for a unit. */
export function waitingReferrals(db: Sqlite): ReferralRow[] {
  return db
    .prepare("SELECT * FROM referrals WHERE status = 'accepted' AND accepted_to = 'waiting_unit' AND waiting_ended_at IS NULL ORDER BY waiting_since")
    .all() as ReferralRow[];
}

/** Records a manager's priority adjustment. */
export function insertPriorityAdjustment(db: Sqlite, a: { referralId: number; points: number; reason: string; by: number | null; at: string }): void {
  cached(db, 'INSERT INTO priority_adjustments (referral_id, points, reason, by_user, at) VALUES (?, ?, ?, ?, ?)').run(a.referralId, a.points, a.reason, a.by, a.at);
}

/** Adjustments of one referral's priority. */
export function adjustmentsOf(db: Sqlite, referralId: number): { points: number; reason: string; at: string; by_name: string | null }[] {
  return db
    .prepare('SELECT p.points, p.reason, p.at, u.display_name AS by_name FROM priority_adjustments p LEFT JOIN users u ON u.id = p.by_user WHERE p.referral_id = ? ORDER BY p.at')
    .all(referralId) as { points: number; reason: string; at: string; by_name: string | null }[];
}

/** Sets the referral's status (e.g. closed). */
export function setReferralStatus(db: Sqlite, id: number, status: ReferralRow['status'], at: string): void {
  cached(db, 'UPDATE referrals SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
}
