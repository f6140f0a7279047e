import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { addStaff, signInAs } from '../../helpers/staff';
import { auditActions, communityHousehold, todayOf } from '../../helpers/support';

/* Personal budgets on the real database: the balance, and overspending refused at two levels. */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-03-02T10:00:00Z' });
});
afterEach(() => t.cleanup());

const count = (sql: string) => (t.ws.unlocked!.open.db.prepare(sql).get() as { n: number }).n;

describe('personal budgets', () => {
  it('keeps the balance as allocation less spends, and lets a support worker spend it', async () => {
    const h = await communityHousehold(t);
    await t.ok('support.budget.allocate', { householdId: h.householdId, allocationPence: 30_000, note: 'Standard allocation' });
    await addStaff(t, 'sally', 'support_worker');
    await signInAs(t, 'sally');
    await t.ok('support.budget.spend', { householdId: h.householdId, spentOn: todayOf(t), amountPence: 12_550, purpose: 'household_items' });
    await t.ok('support.budget.spend', { householdId: h.householdId, spentOn: todayOf(t), amountPence: 2_000, purpose: 'travel' });
    const b = await t.ok<{ budget: { allocatedPence: number; spentPence: number; balancePence: number }; spends: unknown[] }>('support.budget.get', { householdId: h.householdId });
    expect(b.budget).toMatchObject({ allocatedPence: 30_000, spentPence: 14_550, balancePence: 15_450 });
    expect(b.spends).toHaveLength(2);
  });

  it('refuses a spend over the balance with nothing written, not even an audit entry', async () => {
    const h = await communityHousehold(t);
    await t.ok('support.budget.allocate', { householdId: h.householdId, allocationPence: 5_000 });
    await t.ok('support.budget.spend', { householdId: h.householdId, spentOn: todayOf(t), amountPence: 4_000, purpose: 'counselling' });
    const spendsBefore = count('SELECT count(*) AS n FROM budget_spends');
    const auditBefore = count('SELECT count(*) AS n FROM audit_log');
    const r = await t.router.call('support.budget.spend', { householdId: h.householdId, spentOn: todayOf(t), amountPence: 1_001, purpose: 'travel' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'That is more than the £10.00 left in this budget.', fields: { amountPence: expect.any(String) } } });
    expect(count('SELECT count(*) AS n FROM budget_spends')).toBe(spendsBefore);
    expect(count('SELECT count(*) AS n FROM audit_log')).toBe(auditBefore);
    await t.ok('support.budget.spend', { householdId: h.householdId, spentOn: todayOf(t), amountPence: 1_000, purpose: 'travel' });
  });

  it('has the database itself refuse an overspend and an allocation below what is spent', async () => {
    const h = await communityHousehold(t);
    await t.ok('support.budget.allocate', { householdId: h.householdId, allocationPence: 5_000 });
    await t.ok('support.budget.spend', { householdId: h.householdId, spentOn: todayOf(t), amountPence: 3_000, purpose: 'counselling' });
    const db = t.ws.unlocked!.open.db;
    const budgetId = (db.prepare('SELECT id FROM personal_budgets').get() as { id: number }).id;
    expect(() => db.prepare("INSERT INTO budget_spends (budget_id, spent_on, amount_pence, purpose, created_at) VALUES (?, '2026-03-02', 2001, 'food', 'x')").run(budgetId)).toThrow(/waymark-overspend/);
    expect(() => db.prepare('UPDATE personal_budgets SET allocated_pence = 2999 WHERE id = ?').run(budgetId)).toThrow(/waymark-overspend/);
    expect(() => db.prepare('DELETE FROM budget_spends').run()).toThrow(/waymark-spend-immutable/);
    expect(() => db.prepare('UPDATE budget_spends SET amount_pence = 1').run()).toThrow(/waymark-spend-immutable/);
    const lower = await t.router.call('support.budget.allocate', { householdId: h.householdId, allocationPence: 2_000 });
    expect(lower).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('£30.00 has already been spent') } });
  });

  it('frees the money of a voided spend (managers only) and keeps the spend on the record', async () => {
    const h = await communityHousehold(t);
    await t.ok('support.budget.allocate', { householdId: h.householdId, allocationPence: 5_000 });
    const s = await t.ok<{ id: number }>('support.budget.spend', { householdId: h.householdId, spentOn: todayOf(t), amountPence: 5_000, purpose: 'other' });
    await t.ok('support.budget.voidSpend', { householdId: h.householdId, spendId: s.id, reason: 'Entered on the wrong case' });
    const b = await t.ok<{ budget: { balancePence: number }; spends: { voided: boolean }[] }>('support.budget.get', { householdId: h.householdId });
    expect(b.budget.balancePence).toBe(5_000);
    expect(b.spends[0]!.voided).toBe(true);
    expect(auditActions(t)).toContain('support.budget.void');
  });

  it('refuses a spend before a manager has set an allocation', async () => {
    const h = await communityHousehold(t);
    const r = await t.router.call('support.budget.spend', { householdId: h.householdId, spentOn: todayOf(t), amountPence: 100, purpose: 'other' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('No personal budget') } });
  });
});
