import { afterEach, describe, expect, it } from 'vitest';
import { checklistAnswers, refer } from '../../helpers/cases';
import { addStaff } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * The case list's filters through the router, on a real encrypted database: risk level (the
 * current one, after a reassessment), key worker, and the referral date as London calendar days
 * (a referral at 23:30 UTC on 30 June arrived on 1 July in London). Search is covered in
 * case-record.test.ts.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

type List = { total: number; items: { reference: string; riskLevel: string | null; workerName: string | null; receivedAt: string }[] };

/** Four referrals: high risk (Sam's), medium (Lee's), standard (nobody's) and not yet assessed. */
async function caseload() {
  const t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
  cleanups.push(t.cleanup);
  const sam = await addStaff(t, 'sam', 'support_worker', 'Sam Support');
  const lee = await addStaff(t, 'lee', 'support_worker', 'Lee Support');
  const high = await refer(t, { name: 'Amira Haddad', receivedAt: '2026-06-30T23:30:00Z' });
  const medium = await refer(t, { name: 'Beth Jones', receivedAt: '2026-07-15T12:00:00Z' });
  const standard = await refer(t, { name: 'Cara Lee', receivedAt: '2026-08-01T12:00:00Z' });
  const unassessed = await refer(t, { name: 'Dee Brown', receivedAt: '2026-09-01T12:00:00Z' });
  await t.ok('risk.assess', { referralId: high.referralId, answers: checklistAnswers(15) });
  await t.ok('risk.assess', { referralId: medium.referralId, answers: checklistAnswers(10) });
  await t.ok('risk.assess', { referralId: standard.referralId, answers: checklistAnswers(2) });
  await t.ok('cases.assignWorker', { householdId: high.householdId, userId: sam });
  await t.ok('cases.assignWorker', { householdId: medium.householdId, userId: lee });
  const refs = async (query: Record<string, unknown>) => {
    const l = await t.ok<List>('cases.list', query);
    expect(l.total, JSON.stringify(query)).toBe(l.items.length);
    return l.items.map((i) => i.reference);
  };
  return { t, sam, lee, high, medium, standard, unassessed, refs };
}

describe('filtering the case list', () => {
  it('by risk level, with "not assessed" for a case with no assessment', async () => {
    const c = await caseload();
    expect(await c.refs({ riskLevel: 'high' })).toEqual([c.high.reference]);
    expect(await c.refs({ riskLevel: 'medium' })).toEqual([c.medium.reference]);
    expect(await c.refs({ riskLevel: 'standard' })).toEqual([c.standard.reference]);
    expect(await c.refs({ riskLevel: 'not_assessed' })).toEqual([c.unassessed.reference]);
    expect(await c.refs({ riskLevel: null })).toHaveLength(4);
  });

  it('by the current risk level: a reassessment moves the case to its new level', async () => {
    const c = await caseload();
    await c.t.ok('risk.assess', { referralId: c.high.referralId, answers: checklistAnswers(3) });
    expect(await c.refs({ riskLevel: 'high' })).toEqual([]);
    expect(await c.refs({ riskLevel: 'standard' })).toEqual([c.standard.reference, c.high.reference]);
  });

  it('by key worker, alone or with another filter', async () => {
    const c = await caseload();
    const sams = await c.t.ok<List>('cases.list', { workerId: c.sam });
    expect(sams.items.map((i) => [i.reference, i.workerName])).toEqual([[c.high.reference, 'Sam Support']]);
    expect(await c.refs({ workerId: c.lee })).toEqual([c.medium.reference]);
    expect(await c.refs({ workerId: c.lee, riskLevel: 'high' })).toEqual([]);
    await c.t.ok('cases.assignWorker', { householdId: c.standard.householdId, userId: c.lee });
    expect(await c.refs({ workerId: c.lee })).toEqual([c.standard.reference, c.medium.reference]);
  });

  it('by the day the referral was received, both ends included, as London days', async () => {
    const c = await caseload();
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    expect(await c.refs({ receivedFrom: '2026-07-01' })).toEqual([c.unassessed.reference, c.standard.reference, c.medium.reference, c.high.reference]);
    expect(await c.refs({ receivedTo: '2026-06-30' })).toEqual([]);
    expect(await c.refs({ receivedFrom: '2026-07-01', receivedTo: '2026-07-01' })).toEqual([c.high.reference]);
    expect(await c.refs({ receivedFrom: '2026-07-01', receivedTo: '2026-07-15' })).toEqual([c.medium.reference, c.high.reference]);
    expect(await c.refs({ receivedFrom: '2026-07-16', receivedTo: '2026-08-01' })).toEqual([c.standard.reference]);
    expect(await c.refs({ receivedFrom: '2026-08-02' })).toEqual([c.unassessed.reference]);
    expect(await c.refs({ receivedFrom: '2026-07-01', receivedTo: '2026-08-31', riskLevel: 'medium', workerId: c.lee })).toEqual([c.medium.reference]);
  });

  it('with a search as well as the filters', async () => {
    const c = await caseload();
    expect(await c.refs({ search: 'amira', riskLevel: 'high' })).toEqual([c.high.reference]);
    expect(await c.refs({ search: 'amira', riskLevel: 'medium' })).toEqual([]);
    expect(await c.refs({ search: 'lee', receivedFrom: '2026-07-20' })).toEqual([c.standard.reference]);
  });

  it('refuses a filter that is not one the list knows, naming it', async () => {
    const c = await caseload();
    for (const [query, field] of [
      [{ riskLevel: 'extreme' }, 'riskLevel'],
      [{ receivedFrom: '2026-13-01' }, 'receivedFrom'],
      [{ receivedTo: '1 July 2026' }, 'receivedTo'],
      [{ workerId: -1 }, 'workerId'],
    ] as const) {
      expect(await c.t.router.call('cases.list', query), JSON.stringify(query)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } } });
    }
  });
});
