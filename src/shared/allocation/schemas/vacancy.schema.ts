import { z } from 'zod';
import { DateOnly } from '../../cases/fields';
import { SingleSex, UnitType } from '../vocab.allocation';

/** Which night. */
export const VacancyQuerySchema = z.object({ date: DateOnly.nullable().default(null) }).strict();

/**
 * A free unit as it may be shared outside the service (the national vacancy directory): what
 * kind of place it is and who it can take. Never an address, name or locality.
 */
export const VacancySchema = z.object({
  unitId: z.number().int(),
  code: z.string(),
  type: UnitType.schema,
  singleSex: SingleSex.schema,
  bedrooms: z.number().int(),
  maxOccupants: z.number().int(),
  maxChildren: z.number().int(),
  oldestBoy: z.number().int().nullable(),
  wheelchair: z.boolean(),
  stepFree: z.boolean(),
  floor: z.number().int(),
  pets: z.boolean(),
  /** The morning it stops being free; null when nothing is booked. */
  freeUntil: z.string().nullable(),
});
/** A vacancy. */
export type Vacancy = z.output<typeof VacancySchema>;

/** The vacancy list for one night. */
export const VacancyListSchema = z.object({ date: z.string(), vacancies: z.array(VacancySchema) });
