import { z } from 'zod';
import { ChecklistLoadInputSchema } from '../../cases/checklist-wording';
import { ChecklistDefinitionSchema } from '../../cases/dash-checklist';
import {
  AssignWorkerInputSchema,
  CaseGetInputSchema,
  CaseListQuerySchema,
  CaseListSchema,
  CaseRecordSchema,
  DraftKindInputSchema,
  DraftSaveInputSchema,
  DraftSchema,
  RestrictInputSchema,
} from '../../cases/schemas/case-record';
import { RemoveChildInputSchema, SaveChildInputSchema, UpdateAdultInputSchema } from '../../cases/schemas/people';
import { CourtOrderInputSchema, PerpetratorInputSchema } from '../../cases/schemas/perpetrator';
import {
  ContactAttemptInputSchema,
  ContactDueSchema,
  DecisionInputSchema,
  LeaveWaitingListInputSchema,
  MatchQuerySchema,
  PossibleMatchSchema,
  PriorityAdjustmentInputSchema,
  ReferralCaptureSchema,
  ReferralCreatedSchema,
  WaitingEntrySchema,
} from '../../cases/schemas/referral';
import { IncidentInputSchema, MaracInputSchema, RiskAssessmentInputSchema } from '../../cases/schemas/risk';
import { EmptyInput } from '../../schemas/common';
import type { ChannelSpec } from '../spec';
import type { CASES_CHANNELS } from './channels.cases';

const Saved = z.object({ id: z.number().int() });
const Done = z.object({ done: z.literal(true) });

/** Input and output schemas of the intake and case channels. */
export const casesContract = {
  'referrals.create': { input: ReferralCaptureSchema, output: ReferralCreatedSchema },
  'referrals.matches': { input: MatchQuerySchema, output: z.array(PossibleMatchSchema) },
  'referrals.logContact': { input: ContactAttemptInputSchema, output: Saved },
  'referrals.contactDue': { input: EmptyInput, output: z.array(ContactDueSchema) },
  'referrals.decide': { input: DecisionInputSchema, output: z.object({ referralId: z.number().int(), status: z.string() }) },
  'waitingList.list': { input: EmptyInput, output: z.array(WaitingEntrySchema) },
  'waitingList.adjust': { input: PriorityAdjustmentInputSchema, output: z.object({ referralId: z.number().int() }) },
  'waitingList.leave': { input: LeaveWaitingListInputSchema, output: z.object({ referralId: z.number().int() }) },
  'cases.list': { input: CaseListQuerySchema, output: CaseListSchema },
  'cases.get': { input: CaseGetInputSchema, output: CaseRecordSchema },
  'cases.restrict': { input: RestrictInputSchema, output: z.object({ restricted: z.boolean() }) },
  'cases.assignWorker': { input: AssignWorkerInputSchema, output: z.object({ workerId: z.number().int().nullable() }) },
  'cases.updateAdult': { input: UpdateAdultInputSchema, output: z.object({ personId: z.number().int() }) },
  'cases.saveChild': { input: SaveChildInputSchema, output: z.object({ personId: z.number().int() }) },
  'cases.removeChild': { input: RemoveChildInputSchema, output: z.object({ personId: z.number().int() }) },
  'cases.savePerpetrator': { input: PerpetratorInputSchema, output: Saved },
  'cases.saveCourtOrder': { input: CourtOrderInputSchema, output: Saved },
  'risk.checklist': { input: EmptyInput, output: ChecklistDefinitionSchema },
  'risk.checklistLoad': { input: ChecklistLoadInputSchema, output: ChecklistDefinitionSchema },
  'risk.checklistReset': { input: EmptyInput, output: ChecklistDefinitionSchema },
  'risk.assess': { input: RiskAssessmentInputSchema, output: z.object({ id: z.number().int(), level: z.string(), maracReasons: z.array(z.string()) }) },
  'risk.addIncident': { input: IncidentInputSchema, output: Saved },
  'risk.saveMarac': { input: MaracInputSchema, output: Saved },
  'drafts.save': { input: DraftSaveInputSchema, output: Done },
  'drafts.get': { input: DraftKindInputSchema, output: DraftSchema },
  'drafts.discard': { input: DraftKindInputSchema, output: Done },
} as const satisfies Record<(typeof CASES_CHANNELS)[number], ChannelSpec>;
