import { z } from 'zod';

/*
 * The fixed vocabularies of the sanctuary scheme, each with the plain-English label people see.
 * The codes are stored in the database (CHECK-constrained in the sanctuary migration; a test keeps
 * the two in step) and are the rows of the quarterly sanctuary outputs.
 */

function vocab<const T extends readonly [string, ...string[]]>(entries: { [K in keyof T]: readonly [T[K], string] }) {
  const codes = entries.map((e) => e[0]) as unknown as T;
  const labels = Object.fromEntries(entries) as Record<T[number], string>;
  return { codes, labels, schema: z.enum(codes) };
}

/** Who owns or lets the home. */
export const Tenure = vocab([
  ['owner', 'Owner-occupier'],
  ['council', 'Council tenant'],
  ['housing_association', 'Housing association tenant'],
  ['private_rented', 'Private rented'],
  ['other', 'Other (e.g. living with family)'],
] as const);
/** A tenure code. */
export type TenureCode = (typeof Tenure.codes)[number];

/** Where the landlord's permission stands. */
export const LandlordPermission = vocab([
  ['not_needed', 'Not needed (owner-occupier)'],
  ['awaited', 'Needed — asked, not yet given'],
  ['obtained', 'Obtained'],
  ['refused', 'Refused by the landlord'],
  ['not_to_be_told', 'The household will not have the landlord told'],
] as const);
/** A landlord permission code. */
export type LandlordPermissionCode = (typeof LandlordPermission.codes)[number];

/** Why the scheme did not accept a referral (the sanctuary outputs' "reasons not accepted"). */
export const NotAcceptedReason = vocab([
  ['risk_too_high', 'Too dangerous to stay at home: safe accommodation advised'],
  ['perpetrator_at_property', 'The perpetrator lives at the property or has a right to'],
  ['property_unsuitable', 'The property cannot be made safe'],
  ['outside_area', 'Outside the scheme’s area'],
  ['declined', 'The household declined the scheme'],
  ['unable_to_contact', 'Unable to contact'],
  ['other', 'Other'],
] as const);
/** A not-accepted reason code. */
export type NotAcceptedReasonCode = (typeof NotAcceptedReason.codes)[number];

/**
 * The referral decision each not-accepted reason is recorded as on the referral itself, so the
 * intake lists and the other returns stay consistent.
 */
export const NOT_ACCEPTED_AS_REFERRAL_REASON: Record<NotAcceptedReasonCode, 'declined_offer' | 'unable_to_contact' | 'proximity_to_perpetrator' | 'needs_other'> = {
  risk_too_high: 'needs_other',
  perpetrator_at_property: 'proximity_to_perpetrator',
  property_unsuitable: 'needs_other',
  outside_area: 'needs_other',
  declined: 'declined_offer',
  unable_to_contact: 'unable_to_contact',
  other: 'needs_other',
};

/** The parts of the risk assessment. */
export const AssessmentPart = vocab([
  ['case_risk', 'Risk to the household (case)'],
  ['property', 'Property security survey'],
  ['fire_safety', 'Fire safety check'],
] as const);
/** An assessment part code. */
export type AssessmentPartCode = (typeof AssessmentPart.codes)[number];

/** Who carried out a part of the assessment. */
export const Agency = vocab([
  ['police', 'Police'],
  ['fire_service', 'Fire and rescue service'],
  ['housing', 'Housing (council or landlord)'],
  ['da_practitioner', 'Domestic abuse practitioner'],
  ['other', 'Other agency'],
] as const);
/** An agency code. */
export type AgencyCode = (typeof Agency.codes)[number];

/** What a fire safety check found. */
export const FireOutcome = vocab([
  ['safe', 'Safe: the measures will not stop anyone getting out'],
  ['safe_with_conditions', 'Safe with conditions (e.g. thumb-turn locks inside)'],
  ['unsafe', 'Not safe: do not fit measures that restrict escape'],
] as const);
/** A fire check outcome code. */
export type FireOutcomeCode = (typeof FireOutcome.codes)[number];

/** Lower-level measures need no extra approval on their own; higher-level works always do. */
export const MeasureLevel = vocab([
  ['lower', 'Lower level'],
  ['higher', 'Higher level'],
] as const);
/** A measure level code. */
export type MeasureLevelCode = (typeof MeasureLevel.codes)[number];

/**
 * The kinds of measure the scheme reports on. Every line of the schedule of rates has one (a new
 * line an administrator adds is usually "other"), so the quarterly outputs have fixed rows however
 * the schedule is edited. `once`: all of a household's lines of this kind count as one
 * intervention, whatever the number (window locks: one intervention however many windows).
 */
export const MEASURE_KINDS = [
  { code: 'lock_change', label: 'Lock change', level: 'lower', once: false },
  { code: 'mortice_lock', label: '5-lever mortice lock', level: 'lower', once: false },
  { code: 'dead_lock', label: '5-lever dead lock', level: 'lower', once: false },
  { code: 'door_chain', label: 'Door chain', level: 'lower', once: false },
  { code: 'spy_hole', label: 'Spy hole (door viewer)', level: 'lower', once: false },
  { code: 'door_brace', label: 'Door brace', level: 'lower', once: false },
  { code: 'window_locks', label: 'Ground-floor window locks', level: 'lower', once: true },
  { code: 'fire_safety', label: 'Smoke alarm and fire safety equipment', level: 'lower', once: false },
  { code: 'personal_alarm', label: 'Personal alarm', level: 'lower', once: false },
  { code: 'security_lights', label: 'Solar security lights', level: 'higher', once: false },
  { code: 'cctv', label: 'CCTV', level: 'higher', once: false },
  { code: 'fencing', label: 'Fencing', level: 'higher', once: false },
  { code: 'gates', label: 'Gates', level: 'higher', once: false },
  { code: 'reinforced', label: 'Reinforced doors and windows', level: 'higher', once: false },
  { code: 'fire_letterbox', label: 'Fire-retardant letter box', level: 'higher', once: false },
  { code: 'intercom', label: 'Intercom', level: 'higher', once: false },
  { code: 'other', label: 'Other', level: 'higher', once: false },
] as const;

/** A measure kind code. */
export type MeasureKindCode = (typeof MEASURE_KINDS)[number]['code'];
/** The measure kind codes. */
export const MEASURE_KIND_CODES = MEASURE_KINDS.map((k) => k.code) as unknown as readonly [MeasureKindCode, ...MeasureKindCode[]];
/** A measure kind. */
export const MeasureKindSchema = z.enum(MEASURE_KIND_CODES);
/** Labels of the measure kinds. */
export const MEASURE_KIND_LABELS = Object.fromEntries(MEASURE_KINDS.map((k) => [k.code, k.label])) as Record<MeasureKindCode, string>;
/** Kinds whose lines count as one intervention per household. */
export const ONCE_PER_HOUSEHOLD: ReadonlySet<string> = new Set(MEASURE_KINDS.filter((k) => k.once).map((k) => k.code));

/** Where a measure is. */
export const MeasureStatus = vocab([
  ['requested', 'Requested'],
  ['approved', 'Approved'],
  ['fitted', 'Fitted'],
  ['refused', 'Refused / not fitted'],
] as const);
/** A measure status code. */
export type MeasureStatusCode = (typeof MeasureStatus.codes)[number];

/** Why a measure was not fitted (the sanctuary outputs' "reasons measures were refused"). */
export const RefusalReason = vocab([
  ['household_declined', 'The household decided against it'],
  ['landlord_refused', 'The landlord refused permission'],
  ['landlord_not_told', 'The household would not have the landlord told'],
  ['fire_safety', 'The fire service advised against it'],
  ['council_refused', 'The council did not approve it'],
  ['moved_out', 'The household moved out'],
  ['not_needed', 'No longer needed'],
  ['other', 'Other'],
] as const);
/** A refusal reason code. */
export type RefusalReasonCode = (typeof RefusalReason.codes)[number];

/** Why a sanctuary case was closed. */
export const CloseReason = vocab([
  ['completed', 'Measures fitted and support completed'],
  ['moved_to_safe_accommodation', 'Home no longer safe: referred to safe accommodation'],
  ['withdrawn', 'The household withdrew'],
  ['moved_away', 'The household moved away'],
  ['other', 'Other'],
] as const);
/** A close reason code. */
export type CloseReasonCode = (typeof CloseReason.codes)[number];

/** The three clocks of the scheme, each in working days. */
export const SanctuaryClock = vocab([
  ['risk_assessment', 'Risk assessment started'],
  ['support_plan', 'Support and safety plan agreed'],
  ['fitting', 'Measures fitted'],
] as const);
/** A clock code. */
export type SanctuaryClockCode = (typeof SanctuaryClock.codes)[number];

/** Working days allowed for each clock (DOMAIN.md step 6; `001_…` 4.35-4.41). */
export const CLOCK_WORKING_DAYS: Record<SanctuaryClockCode, number> = { risk_assessment: 2, support_plan: 5, fitting: 5 };

/** What each clock runs from. */
export const CLOCK_STARTS: Record<SanctuaryClockCode, string> = {
  risk_assessment: 'from the day the referral was received',
  support_plan: 'from the day the needs assessment was completed',
  fitting: 'from the day the measure was approved',
};

/** Council approval is needed for a case whose measures total more than this, in pence (£100). */
export const COUNCIL_APPROVAL_THRESHOLD_PENCE = 10_000;
