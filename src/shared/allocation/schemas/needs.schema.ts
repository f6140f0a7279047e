import { z } from 'zod';
import { FreeText, Id } from '../../cases/fields';

/** One area or postcode, as typed. */
const Area = z.string().trim().min(1).max(80, 'An area is at most 80 characters.');

/**
 * What a household needs from a unit beyond its size and the children's ages: access, a pet, and
 * places to avoid or prefer (on top of the perpetrators' areas, which come from the case record).
 */
export const AllocationNeedsSchema = z
  .object({
    wheelchair: z.boolean().default(false),
    stepFree: z.boolean().default(false),
    /** The highest floor they can manage (0 = ground floor only); null = any floor. */
    maxFloor: z.number().int().min(0, 'Use 0 for the ground floor.').max(60).nullable().default(null),
    pets: z.boolean().default(false),
    avoidAreas: z.array(Area).max(30, 'At most 30 areas.').default([]),
    preferredAreas: z.array(Area).max(30, 'At most 30 areas.').default([]),
    notes: FreeText.default(''),
  })
  .strict();
/** A household's allocation needs. */
export type AllocationNeeds = z.output<typeof AllocationNeedsSchema>;

/** No special needs: what a household has until someone records theirs. */
export const NO_NEEDS: AllocationNeeds = {
  wheelchair: false,
  stepFree: false,
  maxFloor: null,
  pets: false,
  avoidAreas: [],
  preferredAreas: [],
  notes: '',
};

/** Which household's needs. */
export const NeedsGetInputSchema = z.object({ householdId: Id }).strict();

/** Saves a household's needs (replacing what was recorded). */
export const NeedsSaveInputSchema = z.object({ householdId: Id, needs: AllocationNeedsSchema }).strict();

/** A household's needs as stored, with the perpetrators' areas the case record adds. */
export const NeedsRecordSchema = z.object({
  householdId: z.number().int(),
  needs: AllocationNeedsSchema,
  perpetratorAreas: z.array(z.string()),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
