import { addUnit, waitingHousehold } from './allocation';
import { refer } from './cases';
import type { setUpWorkspace } from './temp-workspace';

type T = Awaited<ReturnType<typeof setUpWorkspace>>;

/** London's date by the test clock. */
export function todayOf(t: T): string {
  return t.clock.now().toISOString().slice(0, 10);
}

/**
 * A household living in a unit: accepted to the waiting list, then arrived today in a new
 * dispersed unit (as whoever is signed in: a manager or an administrator). Returns the ids.
 */
export async function residentHousehold(t: T, opts: { name?: string; unitCode?: string; address?: string } = {}) {
  const h = await waitingHousehold(t, { name: opts.name ?? 'Amira Haddad' });
  const unitId = await addUnit(t, { code: opts.unitCode ?? 'D1', address: opts.address ?? '12 Example Street, Leeds LS12 1AA' });
  const stay = await t.ok<{ id: number }>('allocation.arrive', { unitId, householdId: h.householdId, startDate: todayOf(t) });
  return { ...h, unitId, stayId: stay.id };
}

/** A household accepted for community support (no unit). */
export async function communityHousehold(t: T, name = 'Cara Community') {
  const r = await refer(t, { name, requests: ['community'] });
  await t.ok('referrals.decide', { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'community_support' });
  return r;
}

/** Moves the test clock on by whole days. */
export function advanceDays(t: T, days: number): void {
  t.clock.advance(days * 86_400_000);
}

/** The audit actions recorded so far, oldest first. */
export function auditActions(t: T): string[] {
  return (t.ws.unlocked!.open.db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map((r) => r.action);
}
