import { z } from 'zod';
import { DateOnly, FreeText, Id } from '../../cases/fields';
import { normaliseDistrict, postcodeKey } from '../areas';
import { SingleSex, UnitType } from '../vocab.allocation';

const count = (min: number, max: number, what: string) =>
  z
    .number({ message: `Enter ${what}.` })
    .int(`${what[0]!.toUpperCase()}${what.slice(1)} is a whole number.`)
    .min(min, `At least ${min}.`)
    .max(max, `At most ${max}.`);

/** The fields of a unit a manager records. The address is restricted (managers and administrators). */
export const UnitFieldsSchema = z.object({
  code: z.string().trim().min(1, 'Enter the code shown on screen.').max(40, 'At most 40 characters.'),
  name: z.string().trim().max(120, 'At most 120 characters.').default(''),
  address: z.string().trim().max(1000, 'At most 1,000 characters.').default(''),
  type: UnitType.schema,
  singleSex: SingleSex.schema,
  bedrooms: count(0, 20, 'the number of bedrooms'),
  maxOccupants: count(1, 30, 'the most people it takes'),
  maxChildren: count(0, 20, 'the most children it takes'),
  /** The oldest boy accepted, in years; null = boys of any age. */
  oldestBoy: z.number().int().min(0, 'At least 0.').max(17, 'Under 18: leave empty for any age.').nullable().default(null),
  wheelchair: z.boolean().default(false),
  stepFree: z.boolean().default(false),
  /** 0 = ground floor; negative = below ground. */
  floor: count(-2, 60, 'the floor').default(0),
  pets: z.boolean().default(false),
  locality: z.string().trim().max(120, 'At most 120 characters.').default(''),
  postcodeDistrict: z
    .string()
    .trim()
    .max(8)
    .default('')
    .refine((s) => s === '' || normaliseDistrict(s) !== '', 'Enter the first half of the postcode only, e.g. LS6.')
    .transform((s) => postcodeKey(s)),
  notes: FreeText.default(''),
  /** The first night the unit could be let. */
  openedOn: DateOnly,
  /** The morning it stopped being part of the service; null while it is. */
  closedOn: DateOnly.nullable().default(null),
});

/** Creates (id null) or updates a unit. */
export const UnitSaveInputSchema = UnitFieldsSchema.extend({ id: Id.nullable().default(null) })
  .strict()
  .superRefine((u, ctx) => {
    if (u.maxChildren >= u.maxOccupants) {
      ctx.addIssue({ code: 'custom', path: ['maxChildren'], message: 'The adult counts too: fewer children than people.' });
    }
    if (u.wheelchair && !u.stepFree) ctx.addIssue({ code: 'custom', path: ['stepFree'], message: 'A wheelchair-accessible unit is step-free: tick both.' });
    if (u.closedOn !== null && u.closedOn <= u.openedOn) ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'It must close after it opened.' });
  });
/** A unit as a manager saves it. */
export type UnitSaveInput = z.output<typeof UnitSaveInputSchema>;

/** A unit as the register returns it. */
export const UnitSchema = UnitFieldsSchema.extend({
  id: z.number().int(),
  postcodeDistrict: z.string(),
  /** Null when the reader's role may not see it. */
  address: z.string().nullable(),
  addressHidden: z.boolean(),
  /** Open on the service's today. */
  active: z.boolean(),
  updatedAt: z.string(),
});
/** A unit in the register. */
export type Unit = z.output<typeof UnitSchema>;

/** Which units to list. */
export const UnitListInputSchema = z.object({ includeClosed: z.boolean().default(false) }).strict();
