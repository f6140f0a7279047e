import { z } from 'zod';
import { DateOnly, FreeText, Id, OptionalName, shortText } from '../fields';
import { Relationship, Sex } from '../vocab';

/** Kinds of court order. */
export const CourtOrderKind = z.enum(['non_molestation', 'occupation', 'restraining', 'dvpo', 'child_arrangements', 'prohibited_steps', 'other']);

/** Plain-English labels for court orders. */
export const COURT_ORDER_LABELS: Record<z.infer<typeof CourtOrderKind>, string> = {
  non_molestation: 'Non-molestation order',
  occupation: 'Occupation order',
  restraining: 'Restraining order',
  dvpo: 'Domestic Violence Protection Order',
  child_arrangements: 'Child arrangements order',
  prohibited_steps: 'Prohibited steps order',
  other: 'Other order',
};

/**
 * An area the household must be kept away from: a UK postcode district or sector ("B12",
 * "B12 9") or a named area as the service's units record it ("Sparkbrook").
 */
export const AvoidAreaSchema = z
  .string()
  .trim()
  .min(1, 'Enter an area or postcode.')
  .max(100, 'At most 100 characters.')
  .transform((s) => s.replace(/\s+/g, ' '));

/** The person causing harm. */
export const PerpetratorInputSchema = z
  .object({
    householdId: Id,
    perpetratorId: Id.nullable().default(null),
    nameOrDescription: OptionalName.refine((s) => s.trim().length > 0, 'Enter a name or a description.'),
    sex: Sex.schema.default('not_known'),
    relationship: Relationship.schema.default('not_known'),
    knownRisks: FreeText.default(''),
    avoidAreas: z.array(AvoidAreaSchema).max(30, 'At most 30 areas.').default([]),
  })
  .strict();

/** A court order, with its expiry. */
export const CourtOrderInputSchema = z
  .object({
    perpetratorId: Id,
    courtOrderId: Id.nullable().default(null),
    kind: CourtOrderKind,
    madeOn: DateOnly.nullable().default(null),
    expiresOn: DateOnly.nullable().default(null),
    notes: shortText(2000, 'Notes').default(''),
  })
  .strict()
  .refine((v) => !v.madeOn || !v.expiresOn || v.expiresOn >= v.madeOn, { path: ['expiresOn'], message: 'The order cannot expire before it was made.' });

/** A perpetrator as shown on the case record. */
export const PerpetratorSchema = z.object({
  id: z.number().int(),
  nameOrDescription: z.string(),
  sex: z.string(),
  relationship: z.string(),
  knownRisks: z.string(),
  avoidAreas: z.array(z.string()),
  courtOrders: z.array(
    z.object({ id: z.number().int(), kind: CourtOrderKind, madeOn: z.string().nullable(), expiresOn: z.string().nullable(), notes: z.string(), expired: z.boolean() }),
  ),
});
