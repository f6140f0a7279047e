import { z } from 'zod';
import { DaysOfWeekSchema, IdSchema, LabelSchema, LocalTimeSchema, SexSchema } from './common.rota';
import { SkillSchema } from './staff.schema';

/** Kinds of shift the service runs. */
export const SHIFT_KINDS = ['office_day', 'evening', 'sleep_in', 'waking_night', 'on_call_phone', 'manager_on_call', 'other'] as const;
/** A kind of shift. */
export const ShiftKindSchema = z.enum(SHIFT_KINDS, { error: 'Choose a kind of shift.' });
/** A kind of shift. */
export type ShiftKind = z.infer<typeof ShiftKindSchema>;

/** What a person on a shift covers, for the "on now" panel. */
export const COVER_ROLES = ['office', 'phone', 'manager_on_call'] as const;
/** What a shift covers. */
export const CoverRoleSchema = z.enum(COVER_ROLES, { error: 'Choose office, phone or manager on call.' });
/** What a shift covers. */
export type CoverRole = z.infer<typeof CoverRoleSchema>;

/** A shift type as the service defines it. Times are London wall-clock; an end at or before the start is the next day. */
export const ShiftTypeSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: ShiftKindSchema,
  defaultStart: LocalTimeSchema,
  defaultEnd: LocalTimeSchema,
  covers: z.array(CoverRoleSchema),
  /** Whether this is night work for the Working Time Regulations' night-worker limit. */
  nightWork: z.boolean(),
  /** Whether the time counts as working time (sleep-ins do; on call from home usually does not). */
  countsAsWorkingTime: z.boolean(),
  active: z.boolean(),
});
/** A shift type. */
export type ShiftType = z.infer<typeof ShiftTypeSchema>;

/** Sensible defaults a form can pre-fill for a kind (the manager may change any of them). */
export function shiftKindDefaults(kind: ShiftKind): Pick<ShiftType, 'covers' | 'nightWork' | 'countsAsWorkingTime' | 'defaultStart' | 'defaultEnd'> {
  switch (kind) {
    case 'office_day':
      return { covers: ['office', 'phone'], nightWork: false, countsAsWorkingTime: true, defaultStart: '09:00', defaultEnd: '17:00' };
    case 'evening':
      return { covers: ['office', 'phone'], nightWork: false, countsAsWorkingTime: true, defaultStart: '17:00', defaultEnd: '22:00' };
    case 'sleep_in':
      // Sleep-in time on the premises counts as working time (the service's policy, per the brief).
      return { covers: ['office'], nightWork: true, countsAsWorkingTime: true, defaultStart: '22:00', defaultEnd: '08:00' };
    case 'waking_night':
      return { covers: ['office', 'phone'], nightWork: true, countsAsWorkingTime: true, defaultStart: '22:00', defaultEnd: '08:00' };
    case 'on_call_phone':
      return { covers: ['phone'], nightWork: false, countsAsWorkingTime: false, defaultStart: '17:00', defaultEnd: '09:00' };
    case 'manager_on_call':
      return { covers: ['manager_on_call'], nightWork: false, countsAsWorkingTime: false, defaultStart: '17:00', defaultEnd: '09:00' };
    default:
      return { covers: ['office'], nightWork: false, countsAsWorkingTime: true, defaultStart: '09:00', defaultEnd: '17:00' };
  }
}

const shiftTypeFields = {
  name: LabelSchema,
  kind: ShiftKindSchema,
  defaultStart: LocalTimeSchema,
  defaultEnd: LocalTimeSchema,
  covers: z
    .array(CoverRoleSchema)
    .min(1, 'Choose what this shift covers.')
    .transform((c) => [...new Set(c)]),
  nightWork: z.boolean(),
  countsAsWorkingTime: z.boolean(),
};

/** Define a new shift type. */
export const ShiftTypeAddInputSchema = z.object(shiftTypeFields).strict();
/** Change a shift type (every field is replaced). */
export const ShiftTypeUpdateInputSchema = z.object({ id: IdSchema, active: z.boolean(), ...shiftTypeFields }).strict();

/**
 * A coverage requirement: during a daily window (London times; an end at or before the start runs
 * into the next day; equal start and end means all day) on the given days, at least `minPeople`
 * people must be on — on a given shift type, or on anything when none is given — who have the
 * skill and the sex asked for. "A female worker reachable at all times" is 00:00–00:00, every day,
 * one person, sex female.
 */
export const RequirementSchema = z.object({
  id: IdSchema,
  label: z.string(),
  shiftTypeId: IdSchema.nullable(),
  from: LocalTimeSchema,
  to: LocalTimeSchema,
  daysOfWeek: z.array(z.number().int()),
  minPeople: z.number().int(),
  requiredSkill: z.string().nullable(),
  requiredSex: SexSchema.exclude(['other_or_not_stated']).nullable(),
  active: z.boolean(),
});
/** A coverage requirement. */
export type Requirement = z.infer<typeof RequirementSchema>;

const requirementFields = {
  label: LabelSchema,
  shiftTypeId: IdSchema.nullable().default(null),
  from: LocalTimeSchema,
  to: LocalTimeSchema,
  daysOfWeek: DaysOfWeekSchema.default([1, 2, 3, 4, 5, 6, 7]),
  minPeople: z.number({ error: 'Enter how many people are needed.' }).int('Enter a whole number.').min(1, 'At least one person.').max(50, 'At most 50 people.'),
  requiredSkill: SkillSchema.nullable().default(null),
  requiredSex: z.enum(['female', 'male'], { error: 'Choose female, male, or none.' }).nullable().default(null),
};

/** Add a coverage requirement. */
export const RequirementAddInputSchema = z.object(requirementFields).strict();
/** Change a coverage requirement (every field is replaced). */
export const RequirementUpdateInputSchema = z.object({ id: IdSchema, active: z.boolean(), ...requirementFields }).strict();
