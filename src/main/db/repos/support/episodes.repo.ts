import type { Sqlite } from '../../connection';
import { cached } from './statements';

/** The accepted referral an episode of support hangs on. */
export interface EpisodeRow {
  id: number;
  reference: string;
  household_id: number;
  episode_no: number;
  received_at: string;
  accepted_to: string;
  decided_at: string;
}

/** The household's latest accepted referral (its current or most recent episode of support). */
export function latestAcceptedReferral(db: Sqlite, householdId: number): EpisodeRow | null {
  return (
    (cached(db, 
        `SELECT id, reference, household_id, episode_no, received_at, accepted_to, decided_at FROM referrals
         WHERE household_id = ? AND status = 'accepted' ORDER BY episode_no DESC LIMIT 1`,
      )
      .get(householdId) as EpisodeRow | undefined) ?? null
  );
}

/** One accepted referral of a household. */
export function acceptedReferral(db: Sqlite, householdId: number, referralId: number): EpisodeRow | null {
  return (
    (cached(db, 
        `SELECT id, reference, household_id, episode_no, received_at, accepted_to, decided_at FROM referrals
         WHERE household_id = ? AND id = ? AND status = 'accepted'`,
      )
      .get(householdId, referralId) as EpisodeRow | undefined) ?? null
  );
}

/** A household's id from its reference (C-000123), or a referral's household and id from its reference (C-000123/2). */
export function findByReference(db: Sqlite, reference: string): { householdId: number; referralId: number | null } | null {
  if (reference.includes('/')) {
    const r = cached(db, 'SELECT household_id, id FROM referrals WHERE reference = ?').get(reference) as { household_id: number; id: number } | undefined;
    return r ? { householdId: r.household_id, referralId: r.id } : null;
  }
  const h = cached(db, 'SELECT id FROM households WHERE reference = ?').get(reference) as { id: number } | undefined;
  return h ? { householdId: h.id, referralId: null } : null;
}

/** The household's other accepted episodes, newest first, with their exit dates. */
export function earlierEpisodes(db: Sqlite, householdId: number, beforeEpisodeNo: number): { reference: string; exited_on: string | null }[] {
  return cached(db, 
      `SELECT r.reference, e.exited_on FROM referrals r LEFT JOIN support_exits e ON e.referral_id = r.id
       WHERE r.household_id = ? AND r.episode_no < ? AND r.status = 'accepted' ORDER BY r.episode_no DESC`,
    )
    .all(householdId, beforeEpisodeNo) as { reference: string; exited_on: string | null }[];
}

/** The first logged support contact of an episode. */
export function firstContactOn(db: Sqlite, referralId: number): string | null {
  return (cached(db, 'SELECT min(contact_on) AS d FROM support_contacts WHERE referral_id = ?').get(referralId) as { d: string | null }).d;
}

/** Active staff accounts, for choosing the worker on a contact. */
export function activeStaff(db: Sqlite): { id: number; name: string }[] {
  return cached(db, 'SELECT id, display_name AS name FROM users WHERE active = 1 ORDER BY display_name COLLATE NOCASE').all() as { id: number; name: string }[];
}

/** A user's display name. */
export function userName(db: Sqlite, id: number | null): string | null {
  if (id === null) return null;
  return (cached(db, 'SELECT display_name AS n FROM users WHERE id = ?').get(id) as { n: string } | undefined)?.n ?? null;
}
