import { z } from 'zod';
import { DateOnly, FreeText, Id } from '../../cases/fields';
import { BudgetPurpose } from '../vocab.support';
import { EpisodeSummarySchema } from './common.support';

/** The largest allocation accepted, in pence (£100,000): a typo guard, not a policy. */
export const MAX_ALLOCATION_PENCE = 10_000_000;

const Pence = z.number({ message: 'Enter an amount.' }).int('Whole pence.');

/** Set (or change) the household's allocation. */
export const AllocationInputSchema = z
  .object({
    householdId: Id,
    allocationPence: Pence.min(0, 'Enter £0.00 or more.').max(MAX_ALLOCATION_PENCE, 'That is more than any budget allows.'),
    note: FreeText.default(''),
  })
  .strict();

/** Record a spend against the budget. */
export const SpendInputSchema = z
  .object({
    householdId: Id,
    spentOn: DateOnly,
    amountPence: Pence.min(1, 'Enter an amount above £0.00.').max(MAX_ALLOCATION_PENCE, 'That is more than any budget allows.'),
    purpose: BudgetPurpose.schema,
    note: FreeText.default(''),
  })
  .strict();

/** Void a spend recorded in error (kept, not counted). */
export const VoidSpendInputSchema = z
  .object({ householdId: Id, spendId: Id, reason: z.string().trim().min(3, 'Say why.').max(500, 'At most 500 characters.') })
  .strict();

/** One spend. */
export const SpendSchema = z.object({
  id: z.number().int(),
  spentOn: z.string(),
  amountPence: z.number().int(),
  purpose: BudgetPurpose.schema,
  note: z.string(),
  by: z.string().nullable(),
  voided: z.boolean(),
  voidReason: z.string(),
});

/** The budget panel's data. */
export const BudgetViewSchema = z.object({
  episode: EpisodeSummarySchema.nullable(),
  budget: z
    .object({
      allocatedPence: z.number().int(),
      spentPence: z.number().int(),
      balancePence: z.number().int(),
      note: z.string(),
      updatedAt: z.string(),
      updatedBy: z.string().nullable(),
    })
    .nullable(),
  spends: z.array(SpendSchema),
});
