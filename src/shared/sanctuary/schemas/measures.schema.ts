import { z } from 'zod';
import { DateOnly, FreeText, Id, shortText } from '../../cases/fields';
import { Agency, AssessmentPart, FireOutcome, MeasureKindSchema, MeasureLevel, MeasureStatus, RefusalReason } from '../vocab.sanctuary';

/*
 * The risk assessment's parts, the measures and the council's approvals: inputs and what the
 * case record shows.
 */

/** Pence, as a whole number (£1 = 100). */
export const Pence = z.number({ error: 'Enter an amount.' }).int('Enter the amount in whole pence.').min(0, 'An amount cannot be negative.').max(100_000_000, 'At most £1,000,000.');

/** Add or change one part of the risk assessment. */
export const AssessmentSaveInputSchema = z
  .object({
    id: Id.nullable().default(null),
    caseId: Id,
    part: AssessmentPart.schema,
    agency: Agency.schema,
    assessor: shortText(200, 'The assessor’s name').default(''),
    startedOn: DateOnly,
    completedOn: DateOnly.nullable().default(null),
    /** Fire safety checks only: what the check found (required once it is completed). */
    outcome: FireOutcome.schema.nullable().default(null),
    findings: FreeText.default(''),
  })
  .strict()
  .refine((a) => a.completedOn === null || a.completedOn >= a.startedOn, { path: ['completedOn'], message: 'It cannot be completed before it started.' })
  .refine((a) => a.part === 'fire_safety' || a.outcome === null, { path: ['outcome'], message: 'Only a fire safety check has a fire outcome.' })
  .refine((a) => a.part !== 'fire_safety' || a.completedOn === null || a.outcome !== null, { path: ['outcome'], message: 'Record what the fire safety check found.' });

/** One part of the risk assessment. */
export const AssessmentSchema = z.object({
  id: z.number().int(),
  part: AssessmentPart.schema,
  agency: Agency.schema,
  assessor: z.string(),
  startedOn: z.string(),
  completedOn: z.string().nullable(),
  outcome: FireOutcome.schema.nullable(),
  findings: z.string(),
});

/** Request a measure from the schedule of rates. */
export const MeasureRequestInputSchema = z
  .object({
    caseId: Id,
    rateId: Id,
    quantity: z.number().int('A whole number.').min(1, 'At least 1.').max(999, 'At most 999.').default(1),
    /** The unit cost when it differs from the schedule (a quote); null: the schedule's. */
    unitCostPence: Pence.nullable().default(null),
    /** Where in the home ("front door", "rear ground-floor windows"). */
    location: shortText(200, 'Where').default(''),
    requestedOn: DateOnly,
    notes: FreeText.default(''),
  })
  .strict();

/** The service approves measures that need no council approval. */
export const MeasureApproveInputSchema = z.object({ measureIds: z.array(Id).min(1, 'Choose at least one measure.').max(50), approvedOn: DateOnly }).strict();

/** The council's written approval of some measures. */
export const CouncilApprovalInputSchema = z
  .object({
    caseId: Id,
    approvedOn: DateOnly,
    reference: z.string().trim().min(1, 'Enter the reference on the council’s approval.').max(100, 'At most 100 characters.'),
    officer: shortText(200, 'The officer’s name').default(''),
    /** The amount approved, when the approval names one; null: no limit stated. */
    amountPence: Pence.nullable().default(null),
    measureIds: z.array(Id).min(1, 'Choose the measures the approval covers.').max(50),
    note: FreeText.default(''),
  })
  .strict();

/** Record a measure as fitted. */
export const MeasureFitInputSchema = z
  .object({
    measureId: Id,
    fittedOn: DateOnly,
    /** What it cost, in pence. */
    costPence: Pence,
    fittedBy: shortText(200, 'Who fitted it').default(''),
    /** Instructions given to the household (how to use it, where the keys are kept…). */
    instructions: FreeText.default(''),
  })
  .strict();

/** Record that a measure was refused or will not be fitted. */
export const MeasureRefuseInputSchema = z
  .object({ measureId: Id, refusedOn: DateOnly, reason: RefusalReason.schema, note: FreeText.default('') })
  .strict()
  .refine((r) => r.reason !== 'other' || r.note.trim().length > 0, { path: ['note'], message: 'Say why.' });

/** Why a measure cannot be fitted today. */
export const FitBlockerSchema = z.object({ code: z.enum(['status', 'council_approval', 'approval_amount', 'landlord', 'fire_check']), message: z.string() });

/** A measure on a case. */
export const MeasureSchema = z.object({
  id: z.number().int(),
  rateId: z.number().int(),
  kind: MeasureKindSchema,
  name: z.string(),
  level: MeasureLevel.schema,
  quantity: z.number().int(),
  unit: z.string(),
  unitCostPence: z.number().int(),
  estimatePence: z.number().int(),
  costPence: z.number().int().nullable(),
  status: MeasureStatus.schema,
  location: z.string(),
  notes: z.string(),
  requestedOn: z.string(),
  approvedOn: z.string().nullable(),
  councilApprovalId: z.number().int().nullable(),
  needsCouncilApproval: z.boolean(),
  needsFireCheck: z.boolean(),
  altersProperty: z.boolean(),
  fittedOn: z.string().nullable(),
  fittedBy: z.string(),
  instructions: z.string(),
  refusedOn: z.string().nullable(),
  refusalReason: RefusalReason.schema.nullable(),
  refusalNote: z.string(),
  /** Why it could not be marked fitted today (empty when it could). */
  blockers: z.array(FitBlockerSchema),
});

/** A council approval. */
export const CouncilApprovalSchema = z.object({
  id: z.number().int(),
  approvedOn: z.string(),
  reference: z.string(),
  officer: z.string(),
  amountPence: z.number().int().nullable(),
  note: z.string(),
  measureIds: z.array(z.number().int()),
});

/** One measure. */
export const MeasureIdInputSchema = z.object({ measureId: Id }).strict();
