import type { Sqlite } from '../../connection';
import { cached } from './statements';

/** A personal_budgets row. */
export interface BudgetRow {
  id: number;
  household_id: number;
  referral_id: number;
  allocated_pence: number;
  note: string;
  updated_at: string;
  updated_by_name: string | null;
}

/** The budget of an episode. */
export function budgetOf(db: Sqlite, referralId: number): BudgetRow | null {
  return (
    (cached(db, 'SELECT b.*, u.display_name AS updated_by_name FROM personal_budgets b LEFT JOIN users u ON u.id = b.updated_by WHERE b.referral_id = ?')
      .get(referralId) as BudgetRow | undefined) ?? null
  );
}

/** Creates an episode's budget. */
export function insertBudget(db: Sqlite, b: { householdId: number; referralId: number; allocatedPence: number; note: string; at: string; by: number | null }): number {
  return Number(
    cached(db, 
        `INSERT INTO personal_budgets (household_id, referral_id, allocated_pence, note, created_at, created_by, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(b.householdId, b.referralId, b.allocatedPence, b.note, b.at, b.by, b.at, b.by).lastInsertRowid,
  );
}

/** Changes an allocation (the database refuses one below what is spent). */
export function setAllocation(db: Sqlite, id: number, b: { allocatedPence: number; note: string; at: string; by: number | null }): void {
  cached(db, 'UPDATE personal_budgets SET allocated_pence = ?, note = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(b.allocatedPence, b.note, b.at, b.by, id);
}

/** A budget_spends row. */
export interface SpendRow {
  id: number;
  budget_id: number;
  spent_on: string;
  amount_pence: number;
  purpose: string;
  note: string;
  voided_at: string | null;
  void_reason: string;
  by_name: string | null;
}

/** A budget's spends, newest first. */
export function spendsOf(db: Sqlite, budgetId: number): SpendRow[] {
  return cached(db, 
      `SELECT s.id, s.budget_id, s.spent_on, s.amount_pence, s.purpose, s.note, s.voided_at, s.void_reason, u.display_name AS by_name
       FROM budget_spends s LEFT JOIN users u ON u.id = s.created_by WHERE s.budget_id = ? ORDER BY s.spent_on DESC, s.id DESC`,
    )
    .all(budgetId) as SpendRow[];
}

/** Records a spend (the database refuses one over the balance). */
export function insertSpend(db: Sqlite, s: { budgetId: number; spentOn: string; amountPence: number; purpose: string; note: string; at: string; by: number | null }): number {
  return Number(
    cached(db, 'INSERT INTO budget_spends (budget_id, spent_on, amount_pence, purpose, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(s.budgetId, s.spentOn, s.amountPence, s.purpose, s.note, s.at, s.by).lastInsertRowid,
  );
}

/** Voids a spend of a budget; false when there is no such unvoided spend. */
export function voidSpend(db: Sqlite, s: { spendId: number; budgetId: number; reason: string; at: string; by: number | null }): boolean {
  return (
    cached(db, 'UPDATE budget_spends SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ? AND budget_id = ? AND voided_at IS NULL').run(s.at, s.by, s.reason, s.spendId, s.budgetId)
      .changes === 1
  );
}
