import { z } from 'zod';
import { IsoTimestampSchema } from '../../schemas/common';
import { IdSchema, LabelSchema, LocalDateSchema, LocalDateTimeSchema, SexSchema } from './common.rota';

/** Job roles in the staff directory (wider than account roles: people without accounts too). */
export const STAFF_ROLES = ['manager', 'support_worker', 'night_worker', 'administrator', 'sessional_worker', 'volunteer', 'agency_cover'] as const;
/** A job role in the staff directory. */
export const StaffRoleSchema = z.enum(STAFF_ROLES, { error: 'Choose a role from the list.' });

/** Skills the service usually records; any other short skill may be added. */
export const SUGGESTED_SKILLS = ['manager', 'driver', 'first_aid', 'safeguarding', 'trauma_informed', 'interpreter'] as const;

/** A skill: lower-case words, digits, spaces, dashes or underscores, up to 40 characters. */
export const SkillSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'A skill cannot be empty.')
  .max(40, 'Skills are at most 40 characters.')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, 'Use letters, numbers, spaces, dashes or underscores.');

const SkillsSchema = z
  .array(SkillSchema)
  .max(30, 'At most 30 skills.')
  .transform((s) => [...new Set(s)].sort());

/** A UK-style phone number as typed: digits, spaces, +, brackets, dashes. */
export const ContactNumberSchema = z
  .string()
  .trim()
  .max(40, 'Phone numbers are at most 40 characters.')
  .regex(/^[0-9+() -]*$/, 'Use digits, spaces and + ( ) - only.');

/** A person in the staff directory: a user account or someone without one (sessional, volunteer, agency). */
export const StaffMemberSchema = z.object({
  id: IdSchema,
  userId: IdSchema.nullable(),
  name: z.string(),
  sex: SexSchema,
  role: StaffRoleSchema,
  skills: z.array(z.string()),
  /** Contracted hours a week, or null for people without a contract (volunteers, agency). */
  contractedHours: z.number().nullable(),
  /** The date the person signed a Working Time Regulations 48-hour opt-out, or null. */
  wtrOptOutDate: z.string().nullable(),
  /** Restricted: only managers and administrators receive it; null for everyone else. */
  contactNumber: z.string().nullable(),
  active: z.boolean(),
  createdAt: IsoTimestampSchema,
  updatedAt: IsoTimestampSchema,
});
/** A person in the staff directory. */
export type StaffMember = z.infer<typeof StaffMemberSchema>;

const staffFields = {
  name: LabelSchema,
  sex: SexSchema,
  role: StaffRoleSchema,
  skills: SkillsSchema.default([]),
  contractedHours: z
    .number({ error: 'Enter hours a week as a number.' })
    .min(0, 'Hours cannot be negative.')
    .max(168, 'A week has 168 hours.')
    .nullable()
    .default(null),
  wtrOptOutDate: LocalDateSchema.nullable().default(null),
  contactNumber: ContactNumberSchema.nullable().default(null),
};

/** Add a person to the staff directory, optionally linked to a user account. */
export const StaffAddInputSchema = z.object({ userId: IdSchema.nullable().default(null), ...staffFields }).strict();

/** Change a person in the directory (every field is replaced). */
export const StaffUpdateInputSchema = z.object({ id: IdSchema, ...staffFields }).strict();

/** Take someone off (or put them back on) the rota. Past shifts keep their name. */
export const StaffSetActiveInputSchema = z.object({ id: IdSchema, active: z.boolean() }).strict();

/** Listing options. */
export const StaffListInputSchema = z.object({ includeInactive: z.boolean().default(false) }).strict();

/** A user account not yet in the staff directory. */
export const StaffCandidateSchema = z.object({ userId: IdSchema, displayName: z.string(), role: z.string() });

/** Kinds of leave and unavailability. */
export const LEAVE_TYPES = ['annual', 'sick', 'training', 'parental', 'unavailable', 'other'] as const;
/** A kind of leave. */
export const LeaveTypeSchema = z.enum(LEAVE_TYPES, { error: 'Choose a type of leave.' });

/** A stretch of leave or unavailability, in London wall-clock times (end excluded). */
export const LeaveSchema = z.object({
  id: IdSchema,
  staffId: IdSchema,
  start: LocalDateTimeSchema,
  end: LocalDateTimeSchema,
  type: LeaveTypeSchema,
  createdAt: IsoTimestampSchema,
});
/** A stretch of leave. */
export type Leave = z.infer<typeof LeaveSchema>;

/** Book leave. A worker may book their own; managers book anyone's. */
export const LeaveAddInputSchema = z
  .object({ staffId: IdSchema, start: LocalDateTimeSchema, end: LocalDateTimeSchema, type: LeaveTypeSchema })
  .strict()
  .refine((l) => l.end > l.start, { message: 'Leave must end after it starts.', path: ['end'] });

/** Cancel leave. */
export const LeaveRemoveInputSchema = z.object({ id: IdSchema }).strict();

/** Leave overlapping a period, optionally for one person. */
export const LeaveListInputSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema, staffId: IdSchema.optional() })
  .strict()
  .refine((p) => p.to >= p.from, { message: 'The end date must be on or after the start date.', path: ['to'] });
