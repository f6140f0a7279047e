import { z } from 'zod';
import { LeaveSchema, StaffMemberSchema } from './staff.schema';
import { RequirementSchema, ShiftTypeSchema } from './shift-type.schema';
import { RotationSchema } from './rotation.schema';
import { CoverSchema } from './cover.schema';
import { SwapSchema } from './swap.schema';

/** What the rota rules need to know about a person (never their contact number). */
export const RotaPersonSchema = StaffMemberSchema.pick({
  id: true,
  name: true,
  sex: true,
  skills: true,
  active: true,
  contractedHours: true,
  wtrOptOutDate: true,
});
/** What the rota rules need to know about a person. */
export type RotaPerson = z.infer<typeof RotaPersonSchema>;

/**
 * Everything the pure resolver reads. Services load it from the database; the benchmark and
 * tests build it by hand. Swaps in any state may be passed: only approved ones apply.
 */
export const RotaInputSchema = z.object({
  staff: z.array(RotaPersonSchema),
  shiftTypes: z.array(ShiftTypeSchema),
  requirements: z.array(RequirementSchema),
  rotations: z.array(RotationSchema),
  covers: z.array(CoverSchema),
  swaps: z.array(SwapSchema),
  leave: z.array(LeaveSchema),
});
/** Everything the pure resolver reads. */
export type RotaInput = z.infer<typeof RotaInputSchema>;
