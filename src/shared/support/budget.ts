/*
 * Personal budgets: an allocation per household and spends against it, all in whole pence so no
 * sum is ever off by a rounding error. A spend larger than the balance is refused (by the service
 * inside its transaction, and by a database trigger underneath it).
 */

/** What a balance needs from a spend. */
export interface SpendAmount {
  amountPence: number;
  /** A spend recorded in error and voided by a manager: kept, but not counted. */
  voided: boolean;
}

/** The allocation, what was spent and what is left. */
export interface BudgetBalance {
  allocatedPence: number;
  spentPence: number;
  balancePence: number;
}

/** The balance of a budget. */
export function budgetBalance(allocatedPence: number, spends: readonly SpendAmount[]): BudgetBalance {
  const spentPence = spends.reduce((s, x) => s + (x.voided ? 0 : x.amountPence), 0);
  return { allocatedPence, spentPence, balancePence: allocatedPence - spentPence };
}

/** Why a spend cannot be made, or null when it can. */
export function spendProblem(balance: BudgetBalance, amountPence: number): string | null {
  if (!Number.isInteger(amountPence) || amountPence <= 0) return 'Enter an amount above £0.00.';
  if (amountPence > balance.balancePence) {
    return `That is more than the ${formatPounds(balance.balancePence)} left in this budget.`;
  }
  return null;
}

/** Why an allocation cannot be set, or null when it can: it may not fall below what is spent. */
export function allocationProblem(balance: BudgetBalance, newAllocationPence: number): string | null {
  if (!Number.isInteger(newAllocationPence) || newAllocationPence < 0) return 'Enter an amount of £0.00 or more.';
  if (newAllocationPence < balance.spentPence) return `${formatPounds(balance.spentPence)} has already been spent: the allocation cannot be less.`;
  return null;
}

/** Pence as pounds: 123456 → "£1,234.56"; negative amounts as "−£5.00". */
export function formatPounds(pence: number): string {
  const sign = pence < 0 ? '−' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100).toLocaleString('en-GB');
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, '0')}`;
}

/** Pounds as typed ("12", "12.5", "£1,234.56") to pence, or null when it is not an amount. */
export function parsePounds(text: string): number | null {
  const t = text.trim().replace(/^£/, '').replace(/,/g, '');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(t)) return null;
  const [whole, frac = ''] = t.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}
