import { z } from 'zod';
import { ChecklistAnswerSchema } from '../risk-rules';
import { DateOnly, FreeText, Id } from '../fields';
import { HolisticLevel, HolisticRisk, RiskLevel, SupportNeed } from '../vocab';

/** A completed (or reassessed) risk assessment. */
export const RiskAssessmentInputSchema = z
  .object({
    referralId: Id,
    answers: z.record(z.string().regex(/^\d{1,2}$/, 'Unknown question.'), ChecklistAnswerSchema),
    /** Professional judgement: null accepts the level the score suggests. */
    judgementLevel: RiskLevel.schema.nullable().default(null),
    reason: FreeText.default(''),
    holistic: z
      .partialRecord(HolisticRisk.schema, z.object({ level: HolisticLevel.schema, notes: FreeText.default('') }))
      .default({}),
    primaryNeed: SupportNeed.schema.nullable().default(null),
    secondaryNeeds: z.array(SupportNeed.schema).max(8).default([]),
  })
  .strict();

/** An assessment as stored, with who set the level, when and why. */
export const RiskAssessmentSchema = z.object({
  id: z.number().int(),
  assessedAt: z.string(),
  assessedBy: z.string().nullable(),
  checklistId: z.string(),
  answers: z.record(z.string(), ChecklistAnswerSchema),
  yesCount: z.number().int(),
  visibleHigh: z.boolean(),
  suggestedLevel: RiskLevel.schema,
  level: RiskLevel.schema,
  byJudgement: z.boolean(),
  reason: z.string(),
  escalation: z.boolean(),
  repeatMarac: z.boolean(),
  maracReasons: z.array(z.string()),
  holistic: z.record(z.string(), z.object({ level: z.string(), notes: z.string() })),
  primaryNeed: z.string().nullable(),
  secondaryNeeds: z.array(z.string()),
});

/** An incident, used for potential escalation and repeat MARAC. */
export const IncidentInputSchema = z.object({ householdId: Id, occurredOn: DateOnly, notes: FreeText.default('') }).strict();

/** A MARAC referral record. */
export const MaracInputSchema = z
  .object({
    householdId: Id,
    maracId: Id.nullable().default(null),
    referredOn: DateOnly,
    meetingOn: DateOnly.nullable().default(null),
    actions: FreeText.default(''),
  })
  .strict()
  .refine((v) => !v.meetingOn || v.meetingOn >= v.referredOn, { path: ['meetingOn'], message: 'The meeting cannot be before the referral.' });
