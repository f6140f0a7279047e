import { displayNameOf } from '../../../../shared/cases/display';
import type { Sqlite } from '../../connection';
import type { ReferralRow } from '../cases/referrals.repo';
import { cached } from '../../statements';

/*
 * Batched look-ups the board needs for the households and staff named on its bars: one query
 * each, however many bars there are.
 */

/** How a household is labelled on the board for one reader. */
export interface HouseholdLabel {
  reference: string;
  displayName: string;
  /** Restricted and the reader is not named on it. */
  hidden: boolean;
}

/** Labels for households, as seen by `userId`. */
export function householdLabels(db: Sqlite, ids: readonly number[], userId: number): Map<number, HouseholdLabel> {
  const out = new Map<number, HouseholdLabel>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT h.id, h.reference, h.restricted, p.name, p.alias,
              EXISTS (SELECT 1 FROM case_access a WHERE a.household_id = h.id AND a.user_id = ?) AS has_access
       FROM households h LEFT JOIN people p ON p.household_id = h.id AND p.kind = 'adult'
       WHERE h.id IN (SELECT value FROM json_each(?))`,
    )
    .all(userId, JSON.stringify([...new Set(ids)])) as { id: number; reference: string; restricted: number; name: string | null; alias: string | null; has_access: number }[];
  for (const r of rows) {
    out.set(r.id, {
      reference: r.reference,
      displayName: r.name === null ? 'Unknown' : displayNameOf({ name: r.name, alias: r.alias ?? '' }),
      hidden: r.restricted === 1 && r.has_access === 0,
    });
  }
  return out;
}

/** Staff display names by id. */
export function staffNames(db: Sqlite): Map<number, string> {
  const rows = cached(db, 'SELECT id, display_name FROM users').all() as { id: number; display_name: string }[];
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Referrals not yet decided that ask for accommodation (or are emergencies), newest first. */
export function undecidedAccommodationReferrals(db: Sqlite, limit = 200): ReferralRow[] {
  return db
    .prepare(
      `SELECT * FROM referrals
       WHERE status IN ('new', 'in_progress')
         AND (urgency = 'emergency' OR EXISTS (SELECT 1 FROM json_each(requests) WHERE value IN ('refuge', 'dispersed')))
       ORDER BY received_at DESC LIMIT ?`,
    )
    .all(limit) as ReferralRow[];
}

/** Active, unlapsed holds of the given households. */
export function holdsOfHouseholds(db: Sqlite, ids: readonly number[], nowIso: string): { id: number; unit_id: number; household_id: number }[] {
  if (ids.length === 0) return [];
  return db
    .prepare("SELECT id, unit_id, household_id FROM unit_holds WHERE status = 'active' AND expires_at > ? AND household_id IN (SELECT value FROM json_each(?))")
    .all(nowIso, JSON.stringify([...new Set(ids)])) as { id: number; unit_id: number; household_id: number }[];
}
