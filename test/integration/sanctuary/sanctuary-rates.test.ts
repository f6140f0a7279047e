import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, signInAs } from '../../helpers/staff';
import { auditActions } from '../../helpers/support';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { rateId, referToSanctuary, requestMeasure, sanctuaryRows } from '../../helpers/sanctuary';

/*
 * The schedule of rates is edited, never deleted: a manager changes a line's price or name, or
 * withdraws it, through the router. A measure already requested keeps the name and price it was
 * requested at (the case's totals and the council's approval rest on them); only requests made
 * afterwards use the new line, and a withdrawn line cannot be requested at all.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
type Rate = { id: number; kind: string; name: string; level: string; unitCostPence: number; unit: string; needsFireCheck: boolean; altersProperty: boolean; active: boolean };
type Measure = { id: number; rateId: number; name: string; unitCostPence: number; estimatePence: number; status: string; costPence: number | null };
type Detail = { measures: Measure[]; totals: { casePence: number; overThreshold: boolean } };

let t: T;
beforeEach(async () => {
  // Monday 9 March 2026, 10:00.
  t = await setUpWorkspace({ start: '2026-03-09T10:00:00Z' });
  await addStaff(t, 'manny', 'manager', 'Manny Manager');
  await signInAs(t, 'manny');
});
afterEach(() => t.cleanup());

async function line(id: number): Promise<Rate> {
  const { rates } = await t.ok<{ rates: Rate[] }>('sanctuary.rates.list');
  return rates.find((r) => r.id === id)!;
}

/** Saves a line as it is with some fields changed, as the schedule screen sends it. */
async function saveLine(rate: Rate, changes: Partial<Rate>) {
  const { id, kind, name, level, unitCostPence, unit, needsFireCheck, altersProperty, active } = { ...rate, ...changes };
  return t.router.call('sanctuary.rates.save', { id, kind, name, level, unitCostPence, unit, needsFireCheck, altersProperty, active });
}

const detail = (caseId: number) => t.ok<Detail>('sanctuary.get', { caseId });

describe('sanctuary: editing the schedule of rates', () => {
  it('changes a line’s price and name for new requests, while a measure already requested keeps what it was requested at', async () => {
    const lockId = await rateId(t, 'lock_change');
    const before = await line(lockId);
    expect(before).toMatchObject({ name: 'Lock change (euro cylinder)', unitCostPence: 4_500, active: true });
    const first = await referToSanctuary(t, { name: 'Amira Haddad' });
    const requested = await requestMeasure(t, first.caseId, 'lock_change', { quantity: 2 });

    expect(await saveLine(before, { name: 'Lock change (anti-snap euro cylinder)', unitCostPence: 5_200 })).toEqual({ ok: true, value: { id: lockId } });
    expect(await line(lockId)).toEqual({ ...before, name: 'Lock change (anti-snap euro cylinder)', unitCostPence: 5_200 });
    expect(auditActions(t)).toContain('sanctuary.rate.update');

    // The case requested at £45 each keeps £45 each, its name and its total.
    const kept = await detail(first.caseId);
    expect(kept.measures).toEqual([expect.objectContaining({ id: requested, rateId: lockId, name: 'Lock change (euro cylinder)', unitCostPence: 4_500, estimatePence: 9_000 })]);
    expect(kept.totals).toMatchObject({ casePence: 9_000, overThreshold: false });

    // A request made now is at the new price, under the new name.
    const second = await referToSanctuary(t, { name: 'Bea Brown' });
    await requestMeasure(t, second.caseId, 'lock_change', { quantity: 2 });
    const now = await detail(second.caseId);
    expect(now.measures).toEqual([expect.objectContaining({ rateId: lockId, name: 'Lock change (anti-snap euro cylinder)', unitCostPence: 5_200, estimatePence: 10_400 })]);
    // £104: over £100, so this one needs the council, where the first case's does not.
    expect(now.totals).toMatchObject({ casePence: 10_400, overThreshold: true });
    expect((await detail(first.caseId)).measures[0]).toMatchObject({ unitCostPence: 4_500, estimatePence: 9_000 });
  });

  it('withdraws a line: it can no longer be requested, writing nothing, but measures already requested are still approved and fitted; and it can be offered again', async () => {
    const chainId = await rateId(t, 'door_chain');
    const chain = await line(chainId);
    const c = await referToSanctuary(t);
    const requested = await requestMeasure(t, c.caseId, 'door_chain');

    expect((await saveLine(chain, { active: false })).ok).toBe(true);
    expect(await line(chainId)).toEqual({ ...chain, active: false });

    const before = sanctuaryRows(t);
    const refused = await t.router.call('sanctuary.measures.request', { caseId: c.caseId, rateId: chainId, requestedOn: '2026-03-09' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { rateId: expect.stringContaining('schedule of rates') } } });
    expect(sanctuaryRows(t)).toBe(before);

    // The chain requested before it was withdrawn is unchanged and goes ahead.
    expect((await detail(c.caseId)).measures).toEqual([expect.objectContaining({ id: requested, name: 'Door chain', unitCostPence: 1_500, status: 'requested' })]);
    await t.ok('sanctuary.measures.approve', { measureIds: [requested], approvedOn: '2026-03-09' });
    await t.ok('sanctuary.measures.fit', { measureId: requested, fittedOn: '2026-03-09', costPence: 1_400 });
    expect((await detail(c.caseId)).measures).toEqual([expect.objectContaining({ id: requested, status: 'fitted', costPence: 1_400, unitCostPence: 1_500 })]);

    expect((await saveLine(chain, { active: true })).ok).toBe(true);
    expect(await requestMeasure(t, c.caseId, 'door_chain')).toBeGreaterThan(requested);
  });

  it('refuses a name another line already has and a line that does not exist, changing nothing', async () => {
    const lock = await line(await rateId(t, 'lock_change'));
    const before = sanctuaryRows(t);
    expect(await saveLine(lock, { name: 'door chain', unitCostPence: 9_999 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { name: expect.any(String) } } });
    expect(await saveLine(lock, { id: 9_999, name: 'A new name' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await saveLine(lock, { unitCostPence: -1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { unitCostPence: expect.any(String) } } });
    expect(sanctuaryRows(t)).toBe(before);
  });
});
