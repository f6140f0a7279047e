import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocationProblem, budgetBalance, formatPounds, parsePounds, spendProblem } from '../../../src/shared/support/budget';

describe('personal budget balance', () => {
  it('is the allocation less the spends, not counting voided ones', () => {
    const b = budgetBalance(50_000, [
      { amountPence: 12_550, voided: false },
      { amountPence: 4_000, voided: true },
      { amountPence: 2_450, voided: false },
    ]);
    expect(b).toEqual({ allocatedPence: 50_000, spentPence: 15_000, balancePence: 35_000 });
  });

  it('allows a spend of exactly the balance and refuses one penny more', () => {
    const b = budgetBalance(10_000, [{ amountPence: 2_500, voided: false }]);
    expect(spendProblem(b, 7_500)).toBeNull();
    expect(spendProblem(b, 7_501)).toBe('That is more than the £75.00 left in this budget.');
    expect(spendProblem(b, 0)).toMatch(/above £0.00/);
  });

  it('refuses an allocation below what is already spent', () => {
    const b = budgetBalance(10_000, [{ amountPence: 6_000, voided: false }]);
    expect(allocationProblem(b, 6_000)).toBeNull();
    expect(allocationProblem(b, 5_999)).toMatch(/£60.00 has already been spent/);
  });

  it('never lets accepted spends take the balance below zero (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.array(fc.integer({ min: 1, max: 30_000 }), { maxLength: 40 }), (allocation, attempts) => {
        const accepted: { amountPence: number; voided: boolean }[] = [];
        for (const a of attempts) if (spendProblem(budgetBalance(allocation, accepted), a) === null) accepted.push({ amountPence: a, voided: false });
        expect(budgetBalance(allocation, accepted).balancePence).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('formats and reads pounds and pence', () => {
    expect(formatPounds(123_456)).toBe('£1,234.56');
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(-500)).toBe('−£5.00');
    expect(parsePounds('£1,234.5')).toBe(123_450);
    expect(parsePounds('12')).toBe(1_200);
    expect(parsePounds('12.345')).toBeNull();
    expect(parsePounds('ten')).toBeNull();
  });
});
