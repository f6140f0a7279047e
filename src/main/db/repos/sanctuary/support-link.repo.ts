import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/*
 * What the sanctuary case reads from the support record of its episode (the support feature's
 * tables, read only): the support and safety plan's agreed date and the contacts given.
 */

/** The day the episode's support and safety plan was agreed, or null. */
export function planAgreedOn(db: Sqlite, referralId: number): string | null {
  return (cached(db, 'SELECT agreed_on FROM support_plans WHERE referral_id = ?').get(referralId) as { agreed_on: string | null } | undefined)?.agreed_on ?? null;
}

/** The plans' agreed dates for many episodes. */
export function plansAgreedOn(db: Sqlite, referralIds: readonly number[]): Map<number, string> {
  const rows = cached(db, 'SELECT referral_id, agreed_on FROM support_plans WHERE agreed_on IS NOT NULL AND referral_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(referralIds)) as { referral_id: number; agreed_on: string }[];
  return new Map(rows.map((r) => [r.referral_id, r.agreed_on]));
}

/** How many contacts the episode has had, and of which types. */
export function supportGiven(db: Sqlite, referralId: number): { contacts: number; types: string[] } {
  const rows = cached(db, 'SELECT support_type AS type, count(*) AS n FROM support_contacts WHERE referral_id = ? GROUP BY support_type ORDER BY n DESC').all(referralId) as {
    type: string;
    n: number;
  }[];
  return { contacts: rows.reduce((t, r) => t + r.n, 0), types: rows.map((r) => r.type) };
}
