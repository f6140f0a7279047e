import { z } from 'zod';

/*
 * The fixed vocabularies of support, outcomes, events, budgets and exits, each with the
 * plain-English label people see. The codes are stored in the database (CHECK-constrained in the
 * support migration; a test keeps the two in step) and mapped to the commissioners' categories by
 * the report definitions.
 */

function vocab<const T extends readonly [string, ...string[]]>(entries: { [K in keyof T]: readonly [T[K], string] }) {
  const codes = entries.map((e) => e[0]) as unknown as T;
  const labels = Object.fromEntries(entries) as Record<T[number], string>;
  return { codes, labels, schema: z.enum(codes) };
}

/** The seven safe-accommodation outcome areas (DOMAIN.md step 4, `001_…` 10.9). */
export const OutcomeArea = vocab([
  ['confidence', 'Confidence, choice and control'],
  ['income_debt', 'Maximise income and reduce debt'],
  ['mental_health', 'Better manage mental health'],
  ['meaningful_time', 'Meaningful use of time'],
  ['settled_accommodation', 'Settled accommodation'],
  ['harm_from_others', 'Minimise harm or risk of harm from others'],
  ['social_capital', 'Social capital'],
] as const);
/** An outcome area code. */
export type OutcomeAreaCode = (typeof OutcomeArea.codes)[number];

/**
 * The outcome score scale, as data: whole numbers from `min` to `max`, higher is better in every
 * area (for "harm from others", higher means safer). Waymark's own wording, not a licensed tool's.
 */
export const OUTCOME_SCALE = {
  min: 1,
  max: 5,
  labels: {
    1: 'In crisis: needs urgent help',
    2: 'Struggling: needs a lot of support',
    3: 'Making progress with support',
    4: 'Mostly managing',
    5: 'Managing well without support',
  } as Record<number, string>,
} as const;

/** When a set of outcome scores was recorded. */
export const AssessmentStage = vocab([
  ['entry', 'At entry'],
  ['review', 'At a review'],
  ['exit', 'At exit'],
  ['follow_up', 'Three months after a planned exit'],
] as const);
/** An assessment stage code. */
export type AssessmentStageCode = (typeof AssessmentStage.codes)[number];

/** The type of support a contact gave (the annual return's categories, plus children's support). */
export const SupportType = vocab([
  ['general', 'General support'],
  ['advocacy', 'Advocacy'],
  ['prevention_advice', 'Prevention advice'],
  ['specialist_protected', 'Specialist support for protected characteristics'],
  ['housing_related', 'Housing-related support'],
  ['other_advice', 'Other advice (financial / legal)'],
  ['counselling_therapy', 'Counselling and therapy'],
  ['childrens_support', 'Children’s support'],
  ['other', 'Other'],
] as const);
/** A support type code. */
export type SupportTypeCode = (typeof SupportType.codes)[number];

/** Whose time a contact was: paid staff, or unpaid (a volunteer). */
export const TimeKind = vocab([
  ['paid', 'Paid (staff)'],
  ['unpaid', 'Unpaid (volunteer)'],
] as const);

/** The kinds of event logged on a support record (MARAC referrals use the cases table). */
export const EventKind = vocab([
  ['safeguarding', 'Safeguarding concern'],
  ['hrbp', 'High-Risk Behaviour Panel referral'],
  ['serious_incident', 'Serious incident'],
  ['complaint', 'Complaint'],
  ['compliment', 'Compliment'],
] as const);
/** An event kind code. */
export type EventKindCode = (typeof EventKind.codes)[number];

/** Whom a safeguarding concern is about (the outputs split adults and children). */
export const SafeguardingAbout = vocab([
  ['adult', 'An adult'],
  ['child', 'A child'],
] as const);

/** To whom a safeguarding concern was raised. */
export const SafeguardingRaisedWith = vocab([
  ['dsl', 'The service’s safeguarding lead'],
  ['childrens_social_care', 'Children’s social care'],
  ['adult_social_care', 'Adult social care'],
  ['mash', 'Multi-agency safeguarding hub (MASH)'],
  ['police', 'Police'],
  ['health', 'Health'],
  ['education', 'School or education'],
  ['other', 'Other'],
] as const);

/** Categories of serious incident reported to the commissioner. */
export const SeriousIncidentCategory = vocab([
  ['death', 'Death of a resident or child'],
  ['serious_injury', 'Serious injury'],
  ['self_harm', 'Serious self-harm or suicide attempt'],
  ['location_compromised', 'Safe location compromised (perpetrator found the address)'],
  ['violence_on_premises', 'Violence or threats on the premises'],
  ['missing_person', 'Missing adult or child'],
  ['data_breach', 'Data breach'],
  ['premises', 'Fire, flood or other damage to premises'],
  ['other', 'Other'],
] as const);

/** What a complaint or compliment was about. */
export const FeedbackTheme = vocab([
  ['support', 'The support received'],
  ['staff', 'A member of staff'],
  ['accommodation', 'The accommodation'],
  ['safety', 'Safety and security'],
  ['communication', 'Communication'],
  ['other_residents', 'Other residents'],
  ['other', 'Other'],
] as const);

/** What a personal-budget spend was for. */
export const BudgetPurpose = vocab([
  ['counselling', 'Counselling'],
  ['training', 'Training or education'],
  ['travel', 'Travel'],
  ['household_items', 'Household items'],
  ['childrens_activities', 'Children’s activities'],
  ['clothing', 'Clothing'],
  ['food', 'Food and essentials'],
  ['health_wellbeing', 'Health and wellbeing'],
  ['documents', 'Documents and ID'],
  ['other', 'Other'],
] as const);

/** Why support ended (the return's reasons, in the service's words). */
export const ExitReason = vocab([
  ['stopped_needing_support', 'Stopped needing support'],
  ['moved_on_planned', 'Moved on in a planned way'],
  ['moved_other_safe_accommodation', 'Moved to other safe accommodation'],
  ['returned_to_perpetrator', 'Returned to / now lives with the perpetrator'],
  ['evicted', 'Evicted'],
  ['abandoned', 'Abandoned the unit'],
  ['other', 'Other'],
] as const);
/** An exit reason code. */
export type ExitReasonCode = (typeof ExitReason.codes)[number];

/** Reasons that are always a planned exit. */
export const PLANNED_ONLY_REASONS: readonly ExitReasonCode[] = ['moved_on_planned'];
/** Reasons that are never a planned exit. */
export const UNPLANNED_ONLY_REASONS: readonly ExitReasonCode[] = ['evicted', 'abandoned'];

/** Where the household went. */
export const ExitDestination = vocab([
  ['own_tenancy', 'Own tenancy'],
  ['own_home', 'Returned to own home (perpetrator no longer there)'],
  ['social_housing', 'Social housing'],
  ['private_rented', 'Private rented'],
  ['family_friends', 'Family or friends'],
  ['other_refuge', 'Another refuge'],
  ['other_safe_accommodation', 'Other safe accommodation'],
  ['supported_housing', 'Supported housing'],
  ['temporary_accommodation', 'Temporary accommodation'],
  ['with_perpetrator', 'With the perpetrator'],
  ['hospital_care', 'Hospital or care'],
  ['prison', 'Prison'],
  ['no_fixed_abode', 'No fixed abode'],
  ['unknown', 'Not known'],
  ['other', 'Other'],
] as const);

/** Whether the person is achieving independence: a judgement separate from a planned move. */
export const Independence = vocab([
  ['yes', 'Yes'],
  ['partly', 'Partly'],
  ['no', 'No'],
  ['not_known', 'Not known'],
] as const);

/** What happened when the three-month follow-up was attempted. */
export const FollowUpResult = vocab([
  ['reached', 'Spoke to the person'],
  ['not_reached', 'Could not reach them'],
  ['declined', 'They did not want a follow-up'],
] as const);
