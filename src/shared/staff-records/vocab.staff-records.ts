import { z } from 'zod';

/*
 * The fixed vocabularies of staff records, each with the plain-English label people see. The codes
 * are CHECK-constrained in the database (a test keeps the two in step).
 */

function vocab<const T extends readonly [string, ...string[]]>(entries: { [K in keyof T]: readonly [T[K], string] }) {
  const codes = entries.map((e) => e[0]) as unknown as T;
  const labels = Object.fromEntries(entries) as Record<T[number], string>;
  return { codes, labels, schema: z.enum(codes) };
}

/**
 * Specialist roles: work providing domestic abuse support, counted in full-time equivalents for
 * the annual return's "specialist FTE staff". Office, finance or facilities time is not recorded
 * here.
 */
export const SpecialistRole = vocab([
  ['safe_accommodation_support', 'Safe accommodation support worker'],
  ['idva', 'Independent domestic violence adviser (IDVA)'],
  ['children_young_people', 'Children and young people’s worker'],
  ['outreach', 'Outreach / community support worker'],
  ['sanctuary', 'Sanctuary scheme practitioner'],
  ['specialist_protected', 'Specialist worker for protected characteristics'],
  ['therapeutic', 'Counsellor or therapist'],
  ['night_support', 'Night / out-of-hours support worker'],
  ['service_manager', 'Service manager (specialist)'],
  ['other_specialist', 'Other specialist role'],
] as const);
/** A specialist role code. */
export type SpecialistRoleCode = (typeof SpecialistRole.codes)[number];

/** The level of a DBS check. */
export const DbsLevel = vocab([
  ['enhanced', 'Enhanced'],
  ['enhanced_barred', 'Enhanced with barred lists'],
] as const);

/** How long an enhanced DBS check lasts before the service renews it (`000_…` 4.20). */
export const DBS_RENEWAL_YEARS = 3;

/** Training or a DBS check expiring within this many days is listed as due. */
export const DUE_SOON_DAYS = 60;
