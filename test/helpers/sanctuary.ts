import type { setUpWorkspace } from './temp-workspace';

type T = Awaited<ReturnType<typeof setUpWorkspace>>;

/** A council tenant's home with the landlord's permission obtained. */
export const COUNCIL_HOME = { tenure: 'council', landlordName: 'Harbourtown Council', landlordPermission: 'obtained', landlordPermissionOn: null, landlordNote: '' } as const;

/** Refers a household to the sanctuary scheme through the router (a new referral) and returns its ids. */
export async function referToSanctuary(t: T, opts: { name?: string; receivedAt?: string; source?: string; home?: Record<string, unknown>; accept?: boolean } = {}) {
  const r = await t.ok<{ caseId: number; referralId: number; householdId: number; reference: string }>('sanctuary.refer', {
    from: 'new',
    referral: { receivedAt: opts.receivedAt ?? t.clock.now().toISOString(), source: opts.source ?? 'housing', name: opts.name ?? 'Amira Haddad' },
    home: opts.home ?? COUNCIL_HOME,
  });
  if (opts.accept ?? true) await t.ok('sanctuary.decide', { caseId: r.caseId, outcome: 'accepted' });
  return r;
}

/** The id of a line of the schedule of rates by its kind. */
export async function rateId(t: T, kind: string): Promise<number> {
  const { rates } = await t.ok<{ rates: { id: number; kind: string }[] }>('sanctuary.rates.list');
  return rates.find((r) => r.kind === kind)!.id;
}

/** Requests a measure by kind; returns its id. */
export async function requestMeasure(t: T, caseId: number, kind: string, opts: { quantity?: number; requestedOn?: string } = {}): Promise<number> {
  const r = await t.ok<{ id: number }>('sanctuary.measures.request', {
    caseId,
    rateId: await rateId(t, kind),
    quantity: opts.quantity ?? 1,
    requestedOn: opts.requestedOn ?? t.clock.now().toISOString().slice(0, 10),
  });
  return r.id;
}

/** Every row of the sanctuary tables, to show a refused call changed nothing. */
export function sanctuaryRows(t: T): string {
  const db = t.ws.unlocked!.open.db;
  const QUERIES = [
    'SELECT * FROM sanctuary_cases ORDER BY id',
    'SELECT * FROM sanctuary_assessments ORDER BY id',
    'SELECT * FROM sanctuary_measures ORDER BY id',
    'SELECT * FROM sanctuary_council_approvals ORDER BY id',
    'SELECT * FROM sanctuary_rates ORDER BY id',
    'SELECT * FROM working_day_overrides ORDER BY on_date',
    'SELECT * FROM referrals ORDER BY id',
    'SELECT * FROM households ORDER BY id',
  ];
  return JSON.stringify(QUERIES.map((q) => db.prepare(q).all()));
}
