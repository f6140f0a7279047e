import { z } from 'zod';

/*
 * The fixed vocabularies of intake, each with the plain-English label people see. The codes are
 * stored in the database (with CHECK constraints) and mapped to the government return's
 * categories by the report definitions. "Prefer not to say" and "not known" are distinct answers
 * everywhere, never a blank.
 */

function vocab<const T extends readonly [string, ...string[]]>(entries: { [K in keyof T]: readonly [T[K], string] }) {
  const codes = entries.map((e) => e[0]) as unknown as T;
  const labels = Object.fromEntries(entries) as Record<T[number], string>;
  return { codes, labels, schema: z.enum(codes) };
}

/** Who referred. */
export const ReferralSource = vocab([
  ['self', 'Self-referral'],
  ['police', 'Police'],
  ['idva', 'IDVA'],
  ['housing', 'Housing / homelessness team'],
  ['childrens_social_care', 'Children’s social care'],
  ['adult_social_care', 'Adult social care'],
  ['health', 'Health'],
  ['other_service', 'Another refuge or service'],
  ['helpline', 'Helpline'],
  ['marac', 'MARAC'],
  ['other', 'Other'],
] as const);

/** How the referral arrived. */
export const ReferralChannel = vocab([
  ['phone', 'Phone'],
  ['email', 'Email'],
  ['in_person', 'In person'],
  ['online_form', 'Online form'],
] as const);

/** What the person is asking for. */
export const ServiceRequest = vocab([
  ['refuge', 'Refuge space'],
  ['dispersed', 'Dispersed unit'],
  ['sanctuary', 'Sanctuary scheme'],
  ['community', 'Community support'],
] as const);

/** How it is safe to contact the person. */
export const ContactMethod = vocab([
  ['phone_call', 'Phone call'],
  ['text', 'Text message'],
  ['email', 'Email'],
  ['via_referrer', 'Through the referrer'],
  ['in_person', 'In person'],
] as const);

/** What happened on a contact attempt. */
export const ContactOutcome = vocab([
  ['spoke', 'Spoke to the person'],
  ['no_answer', 'No answer (no message left)'],
  ['unsafe_to_talk', 'Not safe to talk — call back'],
  ['message_via_referrer', 'Message passed through the referrer'],
  ['wrong_number', 'Number not in use / wrong number'],
  ['declined', 'Declined the service'],
] as const);

/** Whether the person is safe right now. */
export const ImmediateSafety = vocab([
  ['safe_now', 'Safe for now'],
  ['unsafe_now', 'Not safe now'],
  ['not_known', 'Not known'],
] as const);

/** How urgent the current accommodation makes a move (used by the waiting-list priority). */
export const AccommodationUrgency = vocab([
  ['emergency', 'Emergency: nowhere safe tonight'],
  ['temporary', 'Temporary / sofa-surfing'],
  ['unsafe_home', 'At home with the perpetrator or known to them'],
  ['stable', 'Safe for now'],
  ['not_known', 'Not known'],
] as const);

/** Legal sex as recorded for monitoring and for single-sex settings. */
export const Sex = vocab([
  ['female', 'Female'],
  ['male', 'Male'],
  ['prefer_not_to_say', 'Prefer not to say'],
  ['not_known', 'Not known'],
] as const);

/** Gender identity. */
export const GenderIdentity = vocab([
  ['woman', 'Woman (including trans woman)'],
  ['man', 'Man (including trans man)'],
  ['non_binary', 'Non-binary'],
  ['other', 'Another identity'],
  ['prefer_not_to_say', 'Prefer not to say'],
  ['not_known', 'Not known'],
] as const);

/** Whether gender identity differs from sex registered at birth (ONS 2021). */
export const TransStatus = vocab([
  ['no', 'No'],
  ['yes', 'Yes'],
  ['prefer_not_to_say', 'Prefer not to say'],
  ['not_known', 'Not known'],
] as const);

/** ONS 2021 ethnic groups (England and Wales), plus the two non-answers. */
export const Ethnicity = vocab([
  ['asian_bangladeshi', 'Asian or Asian British: Bangladeshi'],
  ['asian_chinese', 'Asian or Asian British: Chinese'],
  ['asian_indian', 'Asian or Asian British: Indian'],
  ['asian_pakistani', 'Asian or Asian British: Pakistani'],
  ['asian_other', 'Asian or Asian British: any other Asian background'],
  ['black_african', 'Black, Black British, Caribbean or African: African'],
  ['black_caribbean', 'Black, Black British, Caribbean or African: Caribbean'],
  ['black_other', 'Black, Black British, Caribbean or African: any other Black background'],
  ['mixed_white_asian', 'Mixed or multiple: White and Asian'],
  ['mixed_white_black_african', 'Mixed or multiple: White and Black African'],
  ['mixed_white_black_caribbean', 'Mixed or multiple: White and Black Caribbean'],
  ['mixed_other', 'Mixed or multiple: any other mixed background'],
  ['white_british', 'White: English, Welsh, Scottish, Northern Irish or British'],
  ['white_irish', 'White: Irish'],
  ['white_gypsy_traveller', 'White: Gypsy or Irish Traveller'],
  ['white_roma', 'White: Roma'],
  ['white_other', 'White: any other White background'],
  ['other_arab', 'Other ethnic group: Arab'],
  ['other_any', 'Other ethnic group: any other'],
  ['prefer_not_to_say', 'Prefer not to say'],
  ['not_known', 'Not known'],
] as const);

/** Yes / no / prefer not to say / not known. */
export const YesNoUnknown = vocab([
  ['yes', 'Yes'],
  ['no', 'No'],
  ['prefer_not_to_say', 'Prefer not to say'],
  ['not_known', 'Not known'],
] as const);

/** Sexual orientation (ONS 2021). */
export const Sexuality = vocab([
  ['heterosexual', 'Straight or heterosexual'],
  ['gay_lesbian', 'Gay or lesbian'],
  ['bisexual', 'Bisexual'],
  ['other', 'Another orientation'],
  ['prefer_not_to_say', 'Prefer not to say'],
  ['not_known', 'Not known'],
] as const);

/** Religion (ONS 2021). */
export const Religion = vocab([
  ['none', 'No religion'],
  ['christian', 'Christian'],
  ['buddhist', 'Buddhist'],
  ['hindu', 'Hindu'],
  ['jewish', 'Jewish'],
  ['muslim', 'Muslim'],
  ['sikh', 'Sikh'],
  ['other', 'Another religion'],
  ['prefer_not_to_say', 'Prefer not to say'],
  ['not_known', 'Not known'],
] as const);

/** Specialist characteristics the annual return counts. */
export const SpecialistCharacteristic = vocab([
  ['lgbt', 'LGBT+'],
  ['disabled', 'Disabled'],
  ['black_minoritised', 'Black or minoritised'],
  ['older', 'Older person (55+)'],
  ['young', 'Young person (16–24)'],
  ['male_victim', 'Male victim'],
  ['migrant_nrpf', 'Migrant / no recourse to public funds'],
  ['complex_needs', 'Multiple complex needs'],
  ['other', 'Other specialist need'],
] as const);

/** Immigration status, as far as it matters for support. */
export const ImmigrationStatus = vocab([
  ['british_irish', 'British or Irish citizen'],
  ['settled', 'Settled / indefinite leave'],
  ['pre_settled', 'Pre-settled status'],
  ['visa_with_recourse', 'Visa with recourse to public funds'],
  ['visa_nrpf', 'Visa with no recourse to public funds'],
  ['asylum_seeker', 'Asylum seeker'],
  ['refugee', 'Refugee status'],
  ['undocumented', 'Undocumented'],
  ['prefer_not_to_say', 'Prefer not to say'],
  ['not_known', 'Not known'],
] as const);

/** Which worker the person would like. */
export const WorkerPreference = vocab([
  ['female', 'A female worker'],
  ['male', 'A male worker'],
  ['no_preference', 'No preference'],
  ['not_known', 'Not asked yet'],
] as const);

/** Support needs the return counts (primary and secondary). */
export const SupportNeed = vocab([
  ['mental_health', 'Mental health'],
  ['drugs', 'Drugs'],
  ['alcohol', 'Alcohol'],
  ['ex_offending', 'Ex-offending'],
  ['sex_work', 'Sex work'],
  ['disability', 'Disability'],
  ['nrpf', 'No recourse to public funds'],
  ['other', 'Other'],
] as const);

/** Risks beyond the checklist, each with a level. */
export const HolisticRisk = vocab([
  ['retraumatisation', 'Re-traumatisation'],
  ['exploitation', 'Exploitation'],
  ['drugs_alcohol', 'Drug and alcohol use'],
  ['self_harm', 'Self-harm and suicidal ideation'],
  ['harm_to_others', 'Harm to others'],
  ['harm_from_others', 'Harm from others'],
  ['mental_health', 'Mental health'],
  ['physical_health', 'Physical health'],
] as const);

/** Level of a holistic risk. */
export const HolisticLevel = vocab([
  ['none', 'None identified'],
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
  ['not_known', 'Not known'],
] as const);

/** The overall risk level (also called bronze / silver / gold). */
export const RiskLevel = vocab([
  ['standard', 'Standard'],
  ['medium', 'Medium'],
  ['high', 'High'],
] as const);

/** Where an accepted referral goes. */
export const AcceptedTo = vocab([
  ['waiting_unit', 'Waiting list for a unit'],
  ['community_support', 'Community support'],
  ['sanctuary', 'Sanctuary scheme'],
  ['move_on', 'Move-on support'],
] as const);

/**
 * Why a household left the waiting list without arriving. Support ended that day (the reports
 * stop counting the household as supported from then), unless an exit is recorded.
 */
export const LeftWaitingListReason = vocab([
  ['found_elsewhere', 'Found safe accommodation elsewhere'],
  ['referred_on', 'Referred on to another service'],
  ['declined_offer', 'Declined the unit offered'],
  ['no_longer_needed', 'No longer needs a unit'],
  ['lost_contact', 'Lost contact'],
] as const);

/** Why a referral could not be supported (the return's categories, plus "no suitable unit"). */
export const NotSupportedReason = vocab([
  ['capacity', 'No capacity'],
  ['no_suitable_unit', 'No suitable unit (e.g. size or a child’s age)'],
  ['unable_to_contact', 'Unable to contact'],
  ['declined_offer', 'Did not accept the offer'],
  ['proximity_to_perpetrator', 'Proximity to the perpetrator'],
  ['needs_disability', 'Needs could not be met: disability'],
  ['needs_mental_health', 'Needs could not be met: mental health'],
  ['needs_alcohol', 'Needs could not be met: alcohol'],
  ['needs_drugs', 'Needs could not be met: drugs'],
  ['needs_nrpf', 'Needs could not be met: no recourse to public funds'],
  ['needs_other', 'Needs could not be met: other'],
] as const);

/** Where a referral is in its journey. */
export const ReferralStatus = vocab([
  ['new', 'New — not yet contacted'],
  ['in_progress', 'Contacted — assessing'],
  ['accepted', 'Accepted'],
  ['not_supported', 'Not supported'],
  ['closed', 'Closed'],
] as const);

/** The perpetrator's relationship to the victim. */
export const Relationship = vocab([
  ['partner', 'Partner'],
  ['ex_partner', 'Ex-partner'],
  ['family_member', 'Family member'],
  ['child', 'Son or daughter'],
  ['other', 'Other'],
  ['not_known', 'Not known'],
] as const);
