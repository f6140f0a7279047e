import { z } from 'zod';
import {
  CaseIdInputSchema,
  ReferredToWaitingListSchema,
  ReferToWaitingListInputSchema,
  SanctuaryCandidateSchema,
  SanctuaryCaseRowSchema,
  SanctuaryCloseInputSchema,
  SanctuaryDecideInputSchema,
  SanctuaryDueRowSchema,
  SanctuaryListInputSchema,
  SanctuaryReferInputSchema,
  SanctuaryReferredSchema,
  SanctuaryUpdateInputSchema,
} from '../../sanctuary/schemas/case.schema';
import { SanctuaryCaseDetailSchema } from '../../sanctuary/schemas/detail.schema';
import {
  AssessmentSaveInputSchema,
  CouncilApprovalInputSchema,
  MeasureApproveInputSchema,
  MeasureFitInputSchema,
  MeasureRefuseInputSchema,
  MeasureRequestInputSchema,
} from '../../sanctuary/schemas/measures.schema';
import { RateSaveInputSchema, RatesListSchema, SupportRateInputSchema } from '../../sanctuary/schemas/rates.schema';
import { EmptyInput } from '../../schemas/common';
import { CalendarOverrideInputSchema, CalendarOverrideRemoveInputSchema, CalendarYearInputSchema, CalendarYearSchema } from '../../working-days/calendar.schema';
import type { ChannelSpec } from '../spec';
import type { SANCTUARY_CHANNELS } from './channels.sanctuary';

const Saved = z.object({ id: z.number().int() });
const CaseOut = z.object({ caseId: z.number().int() });

/** Input and output schemas of the sanctuary and calendar channels. */
export const sanctuaryContract = {
  'sanctuary.list': { input: SanctuaryListInputSchema, output: z.array(SanctuaryCaseRowSchema) },
  'sanctuary.get': { input: CaseIdInputSchema, output: SanctuaryCaseDetailSchema },
  'sanctuary.candidates': { input: EmptyInput, output: z.array(SanctuaryCandidateSchema) },
  'sanctuary.refer': { input: SanctuaryReferInputSchema, output: SanctuaryReferredSchema },
  'sanctuary.decide': { input: SanctuaryDecideInputSchema, output: z.object({ caseId: z.number().int(), stage: z.string() }) },
  'sanctuary.update': { input: SanctuaryUpdateInputSchema, output: CaseOut },
  'sanctuary.assessments.save': { input: AssessmentSaveInputSchema, output: Saved },
  'sanctuary.measures.request': { input: MeasureRequestInputSchema, output: Saved },
  'sanctuary.measures.approve': { input: MeasureApproveInputSchema, output: z.object({ approved: z.number().int() }) },
  'sanctuary.measures.fit': { input: MeasureFitInputSchema, output: Saved },
  'sanctuary.measures.refuse': { input: MeasureRefuseInputSchema, output: Saved },
  'sanctuary.councilApproval.record': { input: CouncilApprovalInputSchema, output: Saved },
  'sanctuary.referToWaitingList': { input: ReferToWaitingListInputSchema, output: ReferredToWaitingListSchema },
  'sanctuary.close': { input: SanctuaryCloseInputSchema, output: CaseOut },
  'sanctuary.due': { input: EmptyInput, output: z.array(SanctuaryDueRowSchema) },
  'sanctuary.rates.list': { input: EmptyInput, output: RatesListSchema },
  'sanctuary.rates.save': { input: RateSaveInputSchema, output: Saved },
  'sanctuary.supportRate.save': { input: SupportRateInputSchema, output: z.object({ hourlyPence: z.number().int() }) },
  'workingDays.calendar': { input: CalendarYearInputSchema, output: CalendarYearSchema },
  'workingDays.add': { input: CalendarOverrideInputSchema, output: z.object({ date: z.string() }) },
  'workingDays.remove': { input: CalendarOverrideRemoveInputSchema, output: z.object({ date: z.string() }) },
} as const satisfies Record<(typeof SANCTUARY_CHANNELS)[number], ChannelSpec>;
