import type { setUpWorkspace } from './temp-workspace';
import { refer } from './cases';

type T = Awaited<ReturnType<typeof setUpWorkspace>>;

/** A unit's fields with sensible defaults: a two-bedroom dispersed flat for a family. */
export function unitFields(overrides: Record<string, unknown> = {}) {
  return {
    id: null,
    code: 'D1',
    name: '',
    address: '12 Example Street',
    type: 'dispersed',
    singleSex: 'none',
    bedrooms: 2,
    maxOccupants: 4,
    maxChildren: 3,
    oldestBoy: null,
    wheelchair: false,
    stepFree: false,
    floor: 0,
    pets: false,
    locality: 'Armley',
    postcodeDistrict: 'LS12',
    notes: '',
    openedOn: '2020-01-01',
    closedOn: null,
    ...overrides,
  };
}

/** Adds a unit through the router (as whoever is signed in) and returns its id. */
export async function addUnit(t: T, overrides: Record<string, unknown> = {}): Promise<number> {
  return (await t.ok<{ id: number }>('units.save', unitFields(overrides))).id;
}

/** A women-only refuge room that takes boys up to 12. */
export const REFUGE_ROOM = { code: 'R1', type: 'refuge', singleSex: 'women_only', bedrooms: 1, maxOccupants: 3, maxChildren: 2, oldestBoy: 12, locality: 'Headingley', postcodeDistrict: 'LS6' };

/**
 * A household on the waiting list: a referral accepted to wait for a unit, with the adult's sex
 * set (intake records it on the case record). Returns the referral and household ids.
 */
export async function waitingHousehold(
  t: T,
  opts: { name?: string; sex?: string; children?: { nameOrInitials: string; dateOfBirth?: string | null; ageYears?: number | null; sex: string }[]; avoidAreas?: string[] } = {},
) {
  const r = await refer(t, { name: opts.name ?? 'Amira Haddad', requests: ['refuge'], children: opts.children ?? [] });
  await t.ok('cases.updateAdult', { householdId: r.householdId, profile: { name: opts.name ?? 'Amira Haddad', sex: opts.sex ?? 'female' } });
  if (opts.avoidAreas) {
    await t.ok('cases.savePerpetrator', { householdId: r.householdId, perpetratorId: null, nameOrDescription: 'Ex-partner', avoidAreas: opts.avoidAreas });
  }
  await t.ok('referrals.decide', { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'waiting_unit' });
  return r;
}

/** A referral not yet decided, asking for a refuge place (the household on the phone tonight). */
export async function undecidedHousehold(t: T, name = 'Bea Night') {
  const r = await refer(t, { name, requests: ['refuge'], urgency: 'emergency' });
  await t.ok('cases.updateAdult', { householdId: r.householdId, profile: { name, sex: 'female' } });
  return r;
}
