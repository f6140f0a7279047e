import { z } from 'zod';
import { CloseReason, FireOutcome, LandlordPermission, NotAcceptedReason, Tenure } from '../vocab.sanctuary';
import { CaseStage, ClockStateSchema } from './case.schema';
import { AssessmentSchema, CouncilApprovalSchema, MeasureSchema } from './measures.schema';

/** The sanctuary case record: everything the case screen shows. */
export const SanctuaryCaseDetailSchema = z.object({
  caseId: z.number().int(),
  householdId: z.number().int(),
  householdReference: z.string(),
  referralId: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  /** The household's latest DASH risk level, when assessed at intake. */
  riskLevel: z.enum(['standard', 'medium', 'high']).nullable(),
  receivedAt: z.string(),
  receivedOn: z.string(),
  source: z.string(),
  referrerName: z.string(),
  stage: CaseStage,
  decidedOn: z.string().nullable(),
  notAcceptedReason: NotAcceptedReason.schema.nullable(),
  decisionNote: z.string(),
  home: z.object({
    tenure: Tenure.schema,
    landlordName: z.string(),
    landlordContact: z.string(),
    landlordPermission: LandlordPermission.schema,
    landlordPermissionOn: z.string().nullable(),
    landlordNote: z.string(),
  }),
  needsAssessedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  closeReason: CloseReason.schema.nullable(),
  closeNote: z.string(),
  /** The waiting-list episode this case led to, when the home stopped being safe. */
  waitingReference: z.string().nullable(),
  assessments: z.array(AssessmentSchema),
  /** The fire and rescue service's latest completed fire safety check. */
  fireCheck: z.object({ completedOn: z.string(), outcome: FireOutcome.schema, findings: z.string() }).nullable(),
  measures: z.array(MeasureSchema),
  approvals: z.array(CouncilApprovalSchema),
  totals: z.object({
    /** Every measure not refused, at its cost once fitted and its estimate before. */
    casePence: z.number().int(),
    fittedPence: z.number().int(),
    /** Whether the case is over £100, so every measure needs the council's approval. */
    overThreshold: z.boolean(),
  }),
  interventions: z.object({ requested: z.number().int(), installed: z.number().int() }),
  clocks: z.object({
    riskAssessment: ClockStateSchema,
    supportPlan: ClockStateSchema,
    /** One per measure approved or waiting to be fitted, and per measure fitted. */
    fitting: z.array(ClockStateSchema.extend({ measureId: z.number().int(), name: z.string() })),
  }),
  support: z.object({
    /** The support and safety plan of this episode (recorded on the support record). */
    planAgreedOn: z.string().nullable(),
    contacts: z.number().int(),
    types: z.array(z.string()),
  }),
});
/** The sanctuary case record. */
export type SanctuaryCaseDetail = z.infer<typeof SanctuaryCaseDetailSchema>;
