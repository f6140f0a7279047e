import { z } from 'zod';
import { EmptyInput } from '../../schemas/common';
import { AllocationInputSchema, BudgetViewSchema, SpendInputSchema, VoidSpendInputSchema } from '../../support/schemas/budget.schema';
import { HouseholdInputSchema } from '../../support/schemas/common.support';
import { ContactAddInputSchema, ContactListInputSchema, ContactListSchema, PeriodInputSchema, SupportTotalsSchema } from '../../support/schemas/contacts.schema';
import { EventSaveInputSchema, EventsListSchema } from '../../support/schemas/events.schema';
import { ExitInputSchema, ExitViewSchema, FollowUpDueSchema, FollowUpInputSchema, MoveOnEndInputSchema, MoveOnStartInputSchema } from '../../support/schemas/exit.schema';
import { FeedbackAddInputSchema, FeedbackListSchema } from '../../support/schemas/feedback.schema';
import {
  LetterFileSchema,
  LetterRequestSchema,
  LetterSettingsSchema,
  LetterTemplateSchema,
  MergedLetterSchema,
  TemplateSaveInputSchema,
  TemplatesListSchema,
} from '../../support/schemas/letters.schema';
import { PlanSaveInputSchema, PlanViewSchema, ReviewDueSchema, ScoresInputSchema } from '../../support/schemas/plan.schema';
import type { ChannelSpec } from '../spec';
import type { SUPPORT_CHANNELS } from './channels.support';

const Saved = z.object({ id: z.number().int() });

/** Input and output schemas of the support, exit and letter channels. */
export const supportContract = {
  'support.plan.get': { input: HouseholdInputSchema, output: PlanViewSchema },
  'support.plan.save': { input: PlanSaveInputSchema, output: Saved },
  'support.plan.scores': { input: ScoresInputSchema, output: Saved },
  'support.reviewsDue': { input: EmptyInput, output: z.array(ReviewDueSchema) },
  'support.contacts.list': { input: ContactListInputSchema, output: ContactListSchema },
  'support.contacts.add': { input: ContactAddInputSchema, output: Saved },
  'support.contacts.totals': { input: PeriodInputSchema, output: SupportTotalsSchema },
  'support.feedback.list': { input: HouseholdInputSchema, output: FeedbackListSchema },
  'support.feedback.add': { input: FeedbackAddInputSchema, output: Saved },
  'support.events.list': { input: HouseholdInputSchema, output: EventsListSchema },
  'support.events.save': { input: EventSaveInputSchema, output: Saved },
  'support.budget.get': { input: HouseholdInputSchema, output: BudgetViewSchema },
  'support.budget.allocate': { input: AllocationInputSchema, output: Saved },
  'support.budget.spend': { input: SpendInputSchema, output: Saved },
  'support.budget.voidSpend': { input: VoidSpendInputSchema, output: Saved },
  'support.moveOn.start': { input: MoveOnStartInputSchema, output: z.object({ id: z.number().int(), latestEnd: z.string() }) },
  'support.moveOn.end': { input: MoveOnEndInputSchema, output: Saved },
  'exits.get': { input: HouseholdInputSchema, output: ExitViewSchema },
  'exits.record': { input: ExitInputSchema, output: z.object({ id: z.number().int(), followUpDueOn: z.string().nullable(), endedStayId: z.number().int().nullable() }) },
  'exits.followUp': { input: FollowUpInputSchema, output: Saved },
  'exits.followUpsDue': { input: EmptyInput, output: z.array(FollowUpDueSchema) },
  'letters.templates.list': { input: EmptyInput, output: TemplatesListSchema },
  'letters.templates.save': { input: TemplateSaveInputSchema, output: LetterTemplateSchema },
  'letters.settings.save': { input: LetterSettingsSchema.strict(), output: LetterSettingsSchema },
  'letters.preview': { input: LetterRequestSchema, output: MergedLetterSchema },
  'letters.pdf': { input: LetterRequestSchema, output: LetterFileSchema },
  'letters.recordPrint': { input: LetterRequestSchema, output: z.object({ done: z.literal(true) }) },
} as const satisfies Record<(typeof SUPPORT_CHANNELS)[number], ChannelSpec>;
