import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * Court orders against the person causing harm, through the router: kept with their dates,
 * expired ones marked, one expiring within 30 days raised in the case header, and dates that
 * cannot be right refused beside the field with nothing written.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
type Order = { id: number; kind: string; madeOn: string | null; expiresOn: string | null; notes: string; expired: boolean };
type Record = { perpetrators: { id: number; courtOrders: Order[] }[]; alerts: { kind: string; text: string }[] };
let t: T;

beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
});
afterEach(() => t.cleanup());

async function withPerpetrator() {
  const r = await refer(t);
  const p = await t.ok<{ id: number }>('cases.savePerpetrator', { householdId: r.householdId, perpetratorId: null, nameOrDescription: 'Ex-partner' });
  const get = () => t.ok<Record>('cases.get', { householdId: r.householdId });
  return { householdId: r.householdId, perpetratorId: p.id, get };
}

describe('court orders on the case', () => {
  it('are kept with their dates, marked when expired, and raised in the header when expiring soon', async () => {
    const c = await withPerpetrator();
    await t.ok('cases.saveCourtOrder', { perpetratorId: c.perpetratorId, kind: 'restraining', madeOn: '2024-01-10', expiresOn: '2025-01-10', notes: 'Old order' });
    await t.ok('cases.saveCourtOrder', { perpetratorId: c.perpetratorId, kind: 'non_molestation', madeOn: '2026-11-20', expiresOn: '2026-12-10' });
    const record = await c.get();
    expect(record.perpetrators[0]!.courtOrders.map((o) => [o.kind, o.madeOn, o.expiresOn, o.expired])).toEqual(
      expect.arrayContaining([
        ['restraining', '2024-01-10', '2025-01-10', true],
        ['non_molestation', '2026-11-20', '2026-12-10', false],
      ]),
    );
    expect(record.alerts).toContainEqual({ kind: 'order-expiring', text: 'A court order expires on 2026-12-10', severity: 'warning' });
  });

  it('refuses an order made in the future, or expiring before it was made, beside the field, writing nothing', async () => {
    const c = await withPerpetrator();
    const future = await t.router.call('cases.saveCourtOrder', { perpetratorId: c.perpetratorId, kind: 'occupation', madeOn: '2026-11-21', expiresOn: '2027-05-21' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { madeOn: 'The date the order was made cannot be in the future.' } } });
    const backwards = await t.router.call('cases.saveCourtOrder', { perpetratorId: c.perpetratorId, kind: 'occupation', madeOn: '2026-06-01', expiresOn: '2026-05-01' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { expiresOn: 'The order cannot expire before it was made.' } } });
    expect((await c.get()).perpetrators[0]!.courtOrders).toEqual([]);
    // Made today, or with an expiry far ahead, is fine.
    await t.ok('cases.saveCourtOrder', { perpetratorId: c.perpetratorId, kind: 'occupation', madeOn: '2026-11-20', expiresOn: '2027-11-20' });
    expect((await c.get()).perpetrators[0]!.courtOrders).toHaveLength(1);
  });

  it('cannot be added to a restricted case by a worker not named on it', async () => {
    const c = await withPerpetrator();
    await addStaff(t, 'sam', 'support_worker');
    const mona = await addStaff(t, 'mona', 'manager');
    await t.ok('cases.restrict', { householdId: c.householdId, userIds: [mona], reason: 'A relative works here' });
    await signInAs(t, 'sam');
    const r = await t.router.call('cases.saveCourtOrder', { perpetratorId: c.perpetratorId, kind: 'dvpo', madeOn: '2026-11-19' });
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    await signInAs(t, 'mona');
    expect((await c.get()).perpetrators[0]!.courtOrders).toEqual([]);
  });
});
