import { z } from 'zod';
import { IsoTimestampSchema } from '../../schemas/common';
import { IdSchema, LocalDateSchema, LocalDateTimeSchema, SexSchema } from './common.rota';
import { CoverRoleSchema, ShiftKindSchema } from './shift-type.schema';

/** Where an assignment came from, in the order resolution applies them. */
export const ASSIGNMENT_SOURCES = ['rotation', 'one_off', 'swap', 'override'] as const;

/**
 * One person on one shift for one stretch of time: the unit every screen and export shows.
 * `start`/`end` are UTC instants; `startLocal`/`endLocal` the London wall-clock a person reads.
 * `hours` is real elapsed time (11 h for 22:00–08:00 on the October change night, 9 h in March);
 * `periodHours` is the part inside the period asked for, so consecutive periods add up.
 */
export const AssignmentSchema = z.object({
  /** Stable id: the same shift gets the same key on every resolution (used as the iCalendar UID). */
  key: z.string(),
  staffId: IdSchema,
  shiftTypeId: IdSchema,
  start: IsoTimestampSchema,
  end: IsoTimestampSchema,
  startLocal: LocalDateTimeSchema,
  endLocal: LocalDateTimeSchema,
  hours: z.number(),
  periodHours: z.number(),
  source: z.object({
    kind: z.enum(ASSIGNMENT_SOURCES),
    id: IdSchema,
    /** The London date of the rotation occurrence this piece belongs to (rotations only). */
    occurrenceDate: LocalDateSchema.nullable(),
  }),
  covers: z.array(CoverRoleSchema),
  /** At least 3 hours between 23:00 and 06:00 London time. */
  night: z.boolean(),
  /** At least 3 hours between Saturday 00:00 and Monday 00:00 London time. */
  weekend: z.boolean(),
  /** The person is on leave for some of this time (they do not count as cover then). */
  onLeave: z.boolean(),
});
/** One person on one shift. */
export type Assignment = z.infer<typeof AssignmentSchema>;

/** A requirement unmet for a stretch of time, with the reason in plain English. */
export const GapSchema = z.object({
  requirementId: IdSchema,
  label: z.string(),
  start: IsoTimestampSchema,
  end: IsoTimestampSchema,
  startLocal: LocalDateTimeSchema,
  endLocal: LocalDateTimeSchema,
  have: z.number().int(),
  need: z.number().int(),
  /** E.g. "no female worker reachable", "only 1 of 2 workers on waking night". */
  reason: z.string(),
});
/** A gap in cover. */
export type Gap = z.infer<typeof GapSchema>;

/** Kinds of conflict. */
export const CONFLICT_KINDS = ['double_booked', 'on_leave', 'inactive'] as const;

/** One person in two places, someone rostered while on leave, or someone no longer on the staff. */
export const ConflictSchema = z.object({
  kind: z.enum(CONFLICT_KINDS),
  staffId: IdSchema,
  assignmentKeys: z.array(z.string()),
  start: IsoTimestampSchema,
  end: IsoTimestampSchema,
  startLocal: LocalDateTimeSchema,
  endLocal: LocalDateTimeSchema,
  message: z.string(),
});
/** A conflict. */
export type Conflict = z.infer<typeof ConflictSchema>;

/** One person's figures for the period. */
export const PersonHoursSchema = z.object({
  staffId: IdSchema,
  /** All rostered time inside the period (real elapsed hours). */
  hours: z.number(),
  /** The part that counts as working time (sleep-ins do, on call from home usually not). */
  workingHours: z.number(),
  /** Shifts that start inside the period. */
  shifts: z.number().int(),
  nights: z.number().int(),
  weekends: z.number().int(),
  contractedHours: z.number().nullable(),
  /** Working hours as a share of contracted hours over the period (1 = exactly contracted), or null. */
  contractShare: z.number().nullable(),
});
/** One person's figures. */
export type PersonHours = z.infer<typeof PersonHoursSchema>;

/** Spread of a figure across people: mean, population standard deviation, coefficient of variation. */
export const SpreadSchema = z.object({ mean: z.number(), sd: z.number(), cv: z.number() });
/** Spread of a figure across people. */
export type Spread = z.infer<typeof SpreadSchema>;

/** How evenly the period's load falls across the people on the rota (0 = perfectly even). */
export const FairnessSchema = z.object({
  people: z.number().int(),
  hours: SpreadSchema,
  nightsWeekends: SpreadSchema,
  /** Spread of contract shares, over people with contracted hours; null when nobody has any. */
  contractShare: SpreadSchema.nullable(),
  definition: z.string(),
});
/** Fairness figures. */
export type Fairness = z.infer<typeof FairnessSchema>;

/** Working Time Regulations checks. */
export const WTR_RULES = ['daily_rest', 'weekly_rest', 'average_48h', 'night_average'] as const;
/** A Working Time Regulations check. */
export type WtrRule = (typeof WTR_RULES)[number];

/** A manager's recorded decision to go ahead despite a warning. */
export const WarningOverrideSchema = z.object({
  key: z.string(),
  comment: z.string(),
  byUserId: IdSchema,
  at: IsoTimestampSchema,
});
/** A recorded override. */
export type WarningOverride = z.infer<typeof WarningOverrideSchema>;

/**
 * A working-time warning. `keys` name each underlying check (one rest gap, one 14-day window, one
 * week's 17-week average) so an override survives viewing a different period; the warning is
 * overridden when every key is.
 */
export const WarningSchema = z.object({
  rule: z.enum(WTR_RULES),
  staffId: IdSchema,
  start: IsoTimestampSchema,
  end: IsoTimestampSchema,
  startLocal: LocalDateTimeSchema,
  endLocal: LocalDateTimeSchema,
  message: z.string(),
  keys: z.array(z.string()),
  overridden: z.boolean(),
  overrides: z.array(WarningOverrideSchema),
});
/** A working-time warning. */
export type Warning = z.infer<typeof WarningSchema>;

/** The resolved rota for a period. */
export const ResolvedRotaSchema = z.object({
  from: LocalDateSchema,
  to: LocalDateSchema,
  start: IsoTimestampSchema,
  end: IsoTimestampSchema,
  staff: z.array(z.object({ id: IdSchema, name: z.string(), sex: SexSchema, active: z.boolean() })),
  shiftTypes: z.array(z.object({ id: IdSchema, name: z.string(), kind: ShiftKindSchema, covers: z.array(CoverRoleSchema) })),
  assignments: z.array(AssignmentSchema),
  gaps: z.array(GapSchema),
  conflicts: z.array(ConflictSchema),
  people: z.array(PersonHoursSchema),
  fairness: FairnessSchema,
  /** Working-time warnings (empty unless asked for). */
  warnings: z.array(WarningSchema),
});
/** The resolved rota for a period. */
export type ResolvedRota = z.infer<typeof ResolvedRotaSchema>;
