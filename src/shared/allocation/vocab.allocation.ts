import { z } from 'zod';

/*
 * The fixed vocabularies of units and allocation, each with the plain-English label people see.
 * The codes are stored in the database (CHECK-constrained in migration 004) and used by the
 * government return's accommodation types.
 */

function vocab<const T extends readonly [string, ...string[]]>(entries: { [K in keyof T]: readonly [T[K], string] }) {
  const codes = entries.map((e) => e[0]) as unknown as T;
  const labels = Object.fromEntries(entries) as Record<T[number], string>;
  return { codes, labels, schema: z.enum(codes) };
}

/** The legal types of safe accommodation (DOMAIN.md, "People and places"). */
export const UnitType = vocab([
  ['refuge', 'Refuge'],
  ['specialist', 'Specialist safe accommodation'],
  ['dispersed', 'Dispersed'],
  ['second_stage', 'Second-stage'],
  ['safe_place', 'Safe place (emergency)'],
  ['other', 'Other'],
] as const);
/** A unit type code. */
export type UnitTypeCode = (typeof UnitType.codes)[number];

/** Who a unit's setting is for. Shared settings are single sex; self-contained units need not be. */
export const SingleSex = vocab([
  ['women_only', 'Women only'],
  ['men_only', 'Men only'],
  ['none', 'Not single-sex'],
] as const);
/** A single-sex designation code. */
export type SingleSexCode = (typeof SingleSex.codes)[number];

/** Why a unit is out of service. */
export const OutOfServiceReason = vocab([
  ['repair', 'Repair'],
  ['cleaning', 'Cleaning / turnaround'],
  ['void', 'Void'],
  ['closed', 'Closed'],
] as const);
/** An out-of-service reason code. */
export type OutOfServiceReasonCode = (typeof OutOfServiceReason.codes)[number];

/** The turn-away reasons the board records (a subset of the referral's "not supported" reasons). */
export const TurnAwayReason = vocab([
  ['capacity', 'No capacity: every suitable unit is full'],
  ['no_suitable_unit', 'No suitable unit (size, a child’s age, access or area)'],
] as const);
/** A turn-away reason code. */
export type TurnAwayReasonCode = (typeof TurnAwayReason.codes)[number];

/** What a unit is doing on a given night. */
export const NightStatus = vocab([
  ['free', 'Free'],
  ['occupied', 'Occupied'],
  ['held', 'Held'],
  ['out_of_service', 'Out of service'],
  ['closed', 'Not open'],
] as const);
/** A night status code. */
export type NightStatusCode = (typeof NightStatus.codes)[number];
