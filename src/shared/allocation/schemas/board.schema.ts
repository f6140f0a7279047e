import { z } from 'zod';
import { DateOnly, Id } from '../../cases/fields';
import { NightStatus, OutOfServiceReason, SingleSex, UnitType } from '../vocab.allocation';

/** The board's window: from a date (default today) for 1–12 weeks. */
export const BoardQuerySchema = z
  .object({
    from: DateOnly.nullable().default(null),
    weeks: z.number().int().min(1, 'At least 1 week.').max(12, 'At most 12 weeks.').default(4),
  })
  .strict();

/** A unit as the board shows it: what it is and who it takes, never its address. */
export const BoardUnitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
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
  locality: z.string(),
  postcodeDistrict: z.string(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  /** What the unit is doing tonight. */
  tonight: NightStatus.schema,
});
/** A unit on the board. */
export type BoardUnit = z.output<typeof BoardUnitSchema>;

/** One bar on a unit's timeline: a stay, an active hold or an out-of-service period. */
export const BoardEntrySchema = z.object({
  kind: z.enum(['stay', 'hold', 'out_of_service']),
  id: z.number().int(),
  unitId: z.number().int(),
  start: z.string(),
  /** The morning it ends (exclusive); null when open-ended. */
  end: z.string().nullable(),
  /** Stays: the expected departure, when one is planned and the stay has not been ended. */
  expectedEnd: z.string().nullable(),
  householdId: z.number().int().nullable(),
  referralId: z.number().int().nullable(),
  /** The adult's name (shown as initials in discreet mode); null for out-of-service periods and restricted cases. */
  displayName: z.string().nullable(),
  reference: z.string().nullable(),
  /** The case is restricted and the reader is not named on it. */
  restricted: z.boolean(),
  reason: OutOfServiceReason.schema.nullable(),
  /** Free text; empty for restricted cases. */
  note: z.string(),
  /** Holds: when the hold lapses. */
  expiresAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  overridden: z.boolean(),
});
/** An entry on the board. */
export type BoardEntry = z.output<typeof BoardEntrySchema>;

/** Everything the board draws. */
export const BoardSchema = z.object({
  /** The service's "now" (UTC ISO), for defaults such as a hold's expiry. */
  now: z.string(),
  today: z.string(),
  from: z.string(),
  /** The morning after the last night shown. */
  to: z.string(),
  weeks: z.number().int(),
  freeTonight: z.number().int(),
  /** Units open tonight (the "of M"). */
  totalUnits: z.number().int(),
  units: z.array(BoardUnitSchema),
  entries: z.array(BoardEntrySchema),
});
/** The board. */
export type Board = z.output<typeof BoardSchema>;

/** A household that needs a unit: on the waiting list, or a referral not yet decided. */
export const CandidateSchema = z.object({
  referralId: z.number().int(),
  householdId: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  restricted: z.boolean(),
  status: z.enum(['waiting', 'undecided']),
  riskLevel: z.enum(['standard', 'medium', 'high']).nullable(),
  /** Waiting-list priority (undecided referrals have none yet). */
  priority: z.number().nullable(),
  since: z.string(),
  /** e.g. "Adult (female), boy 14, girl 9" — empty for restricted cases. */
  summary: z.string(),
  /** Units this household holds now. */
  holds: z.array(z.object({ holdId: z.number().int(), unitId: z.number().int() })),
});
/** A household needing a unit. */
export type Candidate = z.output<typeof CandidateSchema>;

/** Which household and nights to match. */
export const MatchQuerySchema = z
  .object({
    householdId: Id,
    /** Default: tonight. */
    startDate: DateOnly.nullable().default(null),
    endDate: DateOnly.nullable().default(null),
  })
  .strict()
  .refine((v) => v.endDate === null || v.startDate === null || v.endDate > v.startDate, { path: ['endDate'], message: 'The end must be after the start.' });

/** One reason a unit does not suit. */
export const ReasonSchema = z.object({ code: z.string(), text: z.string(), availability: z.boolean() });

/** One unit's verdict for the household, in ranked order. */
export const RankedUnitSchema = z.object({
  unitId: z.number().int(),
  rank: z.number().int(),
  suitable: z.boolean(),
  available: z.boolean(),
  heldForHousehold: z.boolean(),
  reasons: z.array(ReasonSchema),
  cautions: z.array(z.string()),
  sparePlaces: z.number().int(),
  inPreferredArea: z.boolean(),
});
/** A ranked unit. */
export type RankedUnitOut = z.output<typeof RankedUnitSchema>;

/** Every unit marked for one household. */
export const MatchSchema = z.object({
  householdId: z.number().int(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  people: z.number().int(),
  summary: z.string(),
  units: z.array(RankedUnitSchema),
});
/** The match of a household against every unit. */
export type Match = z.output<typeof MatchSchema>;
