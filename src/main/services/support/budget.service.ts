import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { allocationProblem, budgetBalance, formatPounds, spendProblem } from '../../../shared/support/budget';
import type { AllocationInputSchema, BudgetViewSchema, SpendInputSchema, VoidSpendInputSchema } from '../../../shared/support/schemas/budget.schema';
import type { Sqlite } from '../../db/connection';
import { budgetOf, insertBudget, insertSpend, setAllocation, spendsOf, voidSpend, type BudgetRow } from '../../db/repos/support/budgets.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { findEpisode, requireEpisode, requireOpen, supportOn } from './episode.service';
import { isTriggerError, notFuture } from './support-common';

function balanceOf(db: Sqlite, b: BudgetRow) {
  return budgetBalance(
    b.allocated_pence,
    spendsOf(db, b.id).map((s) => ({ amountPence: s.amount_pence, voided: s.voided_at !== null })),
  );
}

function overspent(message: string, field: string): AppError {
  return new AppError('CONFLICT', message, { [field]: message });
}

/** The personal budget of the current episode: allocation, spends and balance. */
export function getBudget(ws: Workspace, householdId: number): z.output<typeof BudgetViewSchema> {
  const db = requireDb(ws);
  const ep = findEpisode(ws, householdId);
  audit(ws, { action: 'support.view', entity: 'household', entityId: householdId, detail: 'budget' });
  const b = ep ? budgetOf(db, ep.referral.id) : null;
  if (!ep || !b) return { episode: ep?.summary ?? null, budget: null, spends: [] };
  const spends = spendsOf(db, b.id);
  const balance = balanceOf(db, b);
  return {
    episode: ep.summary,
    budget: { ...balance, note: b.note, updatedAt: b.updated_at, updatedBy: b.updated_by_name },
    spends: spends.map((s) => ({
      id: s.id,
      spentOn: s.spent_on,
      amountPence: s.amount_pence,
      purpose: s.purpose as never,
      note: s.note,
      by: s.by_name,
      voided: s.voided_at !== null,
      voidReason: s.void_reason,
    })),
  };
}

/** Sets the allocation (managers). It may rise or fall, never below what is already spent. */
export function setBudgetAllocation(ws: Workspace, input: z.output<typeof AllocationInputSchema>): { id: number } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  requireOpen(ep, 'a budget');
  const at = nowIso(ws);
  const by = requireSession(ws).userId;
  let id = 0;
  try {
    db.transaction(() => {
      const b = budgetOf(db, ep.referral.id);
      if (!b) {
        id = insertBudget(db, { householdId: ep.household.id, referralId: ep.referral.id, allocatedPence: input.allocationPence, note: input.note, at, by });
      } else {
        const problem = allocationProblem(balanceOf(db, b), input.allocationPence);
        if (problem) throw overspent(problem, 'allocationPence');
        setAllocation(db, b.id, { allocatedPence: input.allocationPence, note: input.note, at, by });
        id = b.id;
      }
      audit(ws, { action: 'support.budget.allocate', entity: 'household', entityId: ep.household.id, detail: formatPounds(input.allocationPence) });
    })();
  } catch (e) {
    if (isTriggerError(e, 'waymark-overspend')) throw overspent('The allocation cannot be less than what is already spent.', 'allocationPence');
    throw e;
  }
  return { id };
}

/**
 * Records a spend. The balance is checked inside the transaction (so two people spending at once
 * cannot both take the last pounds), and the database refuses an overspend underneath that.
 */
export function addSpend(ws: Workspace, input: z.output<typeof SpendInputSchema>): { id: number } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  notFuture(ws, input.spentOn, 'spentOn', 'The date of the spend');
  supportOn(ep, input.spentOn, 'spentOn', 'The spend');
  let id = 0;
  try {
    db.transaction(() => {
      const b = budgetOf(db, ep.referral.id);
      if (!b) throw new AppError('CONFLICT', 'No personal budget has been set for this household yet. A manager sets the allocation first.');
      const problem = spendProblem(balanceOf(db, b), input.amountPence);
      if (problem) throw overspent(problem, 'amountPence');
      id = insertSpend(db, { budgetId: b.id, spentOn: input.spentOn, amountPence: input.amountPence, purpose: input.purpose, note: input.note, at: nowIso(ws), by: requireSession(ws).userId });
      audit(ws, { action: 'support.budget.spend', entity: 'household', entityId: ep.household.id, detail: `${formatPounds(input.amountPence)}, ${input.purpose}` });
    })();
  } catch (e) {
    if (isTriggerError(e, 'waymark-overspend')) throw overspent('That is more than this budget has left.', 'amountPence');
    throw e;
  }
  return { id };
}

/** Voids a spend recorded in error (managers): kept on the record, no longer counted. */
export function voidBudgetSpend(ws: Workspace, input: z.output<typeof VoidSpendInputSchema>): { id: number } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  db.transaction(() => {
    const b = budgetOf(db, ep.referral.id);
    if (!b || !voidSpend(db, { spendId: input.spendId, budgetId: b.id, reason: input.reason, at: nowIso(ws), by: requireSession(ws).userId })) {
      throw new AppError('NOT_FOUND', 'That spend is not on this budget, or was already voided.');
    }
    audit(ws, { action: 'support.budget.void', entity: 'household', entityId: ep.household.id, detail: `spend ${input.spendId}` });
  })();
  return { id: input.spendId };
}
