import { Ethnicity, GenderIdentity, Sexuality, SpecialistCharacteristic, YesNoUnknown } from '../cases/vocab';
import { SupportType } from '../support/vocab.support';
import { AGE_BANDS } from './compute/ages';
import { BY_AGE_GROUP, COUNT, rowsOf, type ReportDef, type TableDef } from './definition';

/*
 * The MHCLG annual safe-accommodation return (`001_…` 10.13, items i–xiii), for a financial year.
 * "Individuals supported in safe accommodation" means everyone (the adult and the children living
 * with them) in a household that had at least one night in a unit in the period; each person is
 * counted once however many stays they had. Characteristics are as recorded on the case record.
 * The counting rules are in ./rules.ts and the computation in ./compute/annual.compute.ts.
 */

const IN_SA = 'Individuals (adults and the children living with them) in households that had at least one night in a unit of safe accommodation in the period, each counted once however many stays they had.';

function demographic(id: string, title: string, labels: Record<string, string>, what: string): TableDef {
  return {
    id,
    title,
    definition: `${IN_SA} ${what}`,
    records: 'person',
    measure: 'count',
    columns: BY_AGE_GROUP,
    rows: rowsOf(labels),
    totalRow: 'All individuals supported',
    exclusive: { rows: true, columns: true },
  };
}

/** The annual return's accommodation types (sanctuary from the sanctuary scheme's cases, not units). */
export const RETURN_ACCOMMODATION = [
  { key: 'refuge', label: 'Refuge', unitTypes: ['refuge'] },
  { key: 'dispersed', label: 'Dispersed accommodation', unitTypes: ['dispersed'] },
  { key: 'specialist', label: 'Specialist safe accommodation', unitTypes: ['specialist'] },
  { key: 'second_stage', label: 'Second-stage accommodation', unitTypes: ['second_stage'] },
  { key: 'sanctuary', label: 'Sanctuary schemes', unitTypes: [] },
  { key: 'other', label: 'Other schemes (safe places and other units)', unitTypes: ['safe_place', 'other'] },
] as const;

/** What the rows of the accommodation table add to its definition. */
const ACCOMMODATION_ROW_DEFINITIONS: Partial<Record<(typeof RETURN_ACCOMMODATION)[number]['key'], string>> = {
  sanctuary:
    'Not a unit: the adult and the children living with them in households on the sanctuary scheme on at least one day of the period (the sanctuary referral accepted on or before the period’s last day, and the case not closed before its first day). Each person once, however many sanctuary cases their household had.',
  other: 'Safe places (emergency) and units of other types.',
};

/** The return's additional support needs, from the needs recorded at the risk assessment. */
export const RETURN_NEEDS = [
  { key: 'ex_offending', label: 'Ex-offending behaviour', needs: ['ex_offending'] },
  { key: 'drugs', label: 'Drug support needs', needs: ['drugs'] },
  { key: 'alcohol', label: 'Alcohol support needs', needs: ['alcohol'] },
  { key: 'mental_health', label: 'Mental health needs', needs: ['mental_health'] },
  { key: 'other_sex_work', label: 'Other: sex work', needs: ['sex_work'] },
  { key: 'other_disability', label: 'Other: disability', needs: ['disability'] },
  { key: 'other_nrpf', label: 'Other: no recourse to public funds', needs: ['nrpf'] },
  { key: 'other_other', label: 'Other: other needs', needs: ['other'] },
] as const;

/** The return's reasons a household could not be supported, from the referral's decision. */
export const RETURN_UNABLE = [
  { key: 'capacity', label: 'Capacity constraints', reasons: ['capacity', 'no_suitable_unit'], definition: 'Includes “no suitable unit” (no unit of the size, setting or access the household needed was free).' },
  { key: 'unable_to_contact', label: 'Household unable to be contacted', reasons: ['unable_to_contact'] },
  { key: 'did_not_accept', label: 'Household did not accept referral', reasons: ['declined_offer'] },
  { key: 'proximity', label: 'Geographic proximity to perpetrator', reasons: ['proximity_to_perpetrator'] },
  { key: 'needs_disability', label: 'Needs could not be met: disability', reasons: ['needs_disability'] },
  { key: 'needs_mental_health', label: 'Needs could not be met: mental health', reasons: ['needs_mental_health'] },
  { key: 'needs_alcohol', label: 'Needs could not be met: alcohol', reasons: ['needs_alcohol'] },
  { key: 'needs_drugs', label: 'Needs could not be met: drugs', reasons: ['needs_drugs'] },
  { key: 'needs_nrpf', label: 'Needs could not be met: no recourse to public funds', reasons: ['needs_nrpf'] },
  { key: 'needs_other', label: 'Needs could not be met: other', reasons: ['needs_other'] },
] as const;

/** Length-of-stay bands, in calendar months from arrival to the morning they left. */
export const STAY_BANDS = [
  { key: 'under_1m', label: 'Less than 1 month', months: 1 },
  { key: '1_3m', label: '1 to 3 months', months: 3 },
  { key: '3_6m', label: '3 to 6 months', months: 6 },
  { key: '6_12m', label: '6 to 12 months', months: 12 },
  { key: '12_24m', label: '1 to 2 years', months: 24 },
  { key: '24m_plus', label: '2 years or more', months: Infinity },
] as const;

const SUPPORT_TYPES = SupportType.codes.filter((c) => c !== 'childrens_support');

/** The annual safe-accommodation return. */
export const ANNUAL_RETURN: ReportDef = {
  name: 'annual-return',
  title: 'Annual safe-accommodation return',
  description: 'The MHCLG annual return for support in safe accommodation (Domestic Abuse Act 2021, Part 4), for a financial year.',
  usualPeriod: 'financial_year',
  tables: [
    {
      id: 'referrals',
      title: 'i. Referrals for support within safe accommodation',
      definition: 'Referrals received in the period (by the London date they arrived), except those that asked only for sanctuary or community support. Each referral is counted, so a household referred twice counts twice.',
      records: 'referral',
      measure: 'count',
      columns: COUNT,
      rows: [{ key: 'received', label: 'Referrals received' }],
      totalRow: null,
      exclusive: { rows: true, columns: true },
    },
    {
      id: 'accommodation',
      title: 'ii. Individuals supported by type of safe accommodation',
      definition: `${IN_SA} By the type of unit they stayed in; someone who moved between types in the period is counted in each, so the rows can add up to more than the total. Sanctuary schemes are counted here too (the people of households on the scheme in the period), so the total is everyone supported in a unit or by a sanctuary scheme; the tables after this one count the people who stayed in a unit.`,
      records: 'person',
      measure: 'count',
      columns: BY_AGE_GROUP,
      rows: RETURN_ACCOMMODATION.map((a) => ({ key: a.key, label: a.label, definition: ACCOMMODATION_ROW_DEFINITIONS[a.key] })),
      totalRow: 'All individuals supported',
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'adult_child',
      title: 'iii. Individuals supported: adults and children',
      definition: `${IN_SA} A child is anyone recorded as a child of the household (under 18); the adult is the victim the referral was about.`,
      records: 'person',
      measure: 'count',
      columns: COUNT,
      rows: [
        { key: 'adult', label: 'Adults' },
        { key: 'child', label: 'Children' },
      ],
      totalRow: 'All individuals supported',
      exclusive: { rows: true, columns: true },
    },
    demographic('gender', 'iii. Individuals supported by gender', GenderIdentity.labels, 'By gender identity as recorded.'),
    demographic('age', 'iii. Individuals supported by age on arrival', Object.fromEntries(AGE_BANDS), 'By age on the first night of the household’s earliest stay that had a night in the period (age on arrival, not age today).'),
    {
      ...demographic('specialist', 'iii. Individuals supported by specialist characteristics', { ...SpecialistCharacteristic.labels, none: 'None recorded' }, 'By the specialist characteristics recorded; a person can have several, so the rows can add up to more than the total.'),
      exclusive: { rows: false, columns: true },
    },
    demographic('ethnicity', 'iii. Individuals supported by ethnicity', Ethnicity.labels, 'By ethnic group (ONS 2021 categories).'),
    demographic('disability', 'iii. Individuals supported by disability', YesNoUnknown.labels, 'By whether they consider themselves disabled.'),
    demographic('sexuality', 'iii. Individuals supported by sexuality', Sexuality.labels, 'By sexual orientation as recorded (for children this is normally “Not known”).'),
    {
      id: 'needs',
      title: 'iv. Individuals supported with additional support needs',
      definition: `Adults (victims) supported in safe accommodation in the period, by the primary and secondary support needs on their household’s latest risk assessment on or before the period’s last day. A person can have several needs.`,
      records: 'person',
      measure: 'count',
      columns: COUNT,
      rows: RETURN_NEEDS.map((n) => ({ key: n.key, label: n.label })),
      totalRow: 'Adults with at least one additional need',
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'support_types',
      title: 'v. Individuals living in safe accommodation by type of support received',
      definition:
        'Adults in households supported in safe accommodation in the period whose household had at least one support contact of that type dated in the period. Support contacts are recorded per household, so the adult is counted (children’s support is counted per child in the next table). A person can receive several types.',
      records: 'person',
      measure: 'count',
      columns: COUNT,
      rows: SUPPORT_TYPES.map((c) => ({ key: c, label: SupportType.labels[c] })),
      totalRow: 'Adults who received any of these types of support',
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'childrens_support',
      title: 'vi. Children who received children’s support',
      definition: 'Children living with the adult in households supported in safe accommodation in the period whose household had at least one “children’s support” contact dated in the period.',
      records: 'person',
      measure: 'count',
      columns: COUNT,
      rows: [{ key: 'children', label: 'Children who received children’s support' }],
      totalRow: null,
      exclusive: { rows: true, columns: true },
    },
    {
      id: 'staff',
      title: 'vii. Specialist staff (full-time equivalent)',
      definition:
        'Staff time in specialist domestic-abuse roles, in full-time equivalents, from the FTE recorded in staff records (Staff records → FTE). Each stretch of FTE in a specialist role counts for the share of the period it covers, and the stretches are added up: someone full time all year is 1.0, someone full time who started half-way through the year is 0.5, someone at 0.6 all year is 0.6. Office, finance and facilities time is not recorded there, so it is not counted. Not a count of people, so never suppressed.',
      records: 'person',
      measure: 'fte',
      columns: COUNT,
      rows: [{ key: 'fte', label: 'Specialist staff (FTE)', notYetRecorded: 'Shows “Not recorded” (never zero) when staff records hold no FTE in a specialist role on any day of the period.' }],
      totalRow: null,
      exclusive: { rows: true, columns: true },
    },
    {
      id: 'unable',
      title: 'viii. Instances a household was unable to be supported',
      definition: 'Referrals decided “not supported” in the period (by the London date of the decision), by the reason recorded. Each decision is an instance, so a household turned away twice counts twice.',
      records: 'referral',
      measure: 'count',
      columns: COUNT,
      rows: RETURN_UNABLE.map((u) => ({ key: u.key, label: u.label, definition: 'definition' in u ? u.definition : undefined })),
      totalRow: 'All instances',
      exclusive: { rows: true, columns: true },
    },
    {
      id: 'support_ended',
      title: 'ix. Households who stopped receiving support in safe accommodation',
      definition:
        'Exits dated in the period from an episode of support that included a stay in safe accommodation, by reason. “Now lives with the perpetrator” is an exit whose reason or destination says so; every other reason apart from “stopped needing support” is “other”.',
      records: 'exit',
      measure: 'count',
      columns: COUNT,
      rows: [
        { key: 'stopped_needing', label: 'Stopped needing support' },
        { key: 'with_perpetrator', label: 'Now lives with the perpetrator' },
        { key: 'other', label: 'Other' },
      ],
      totalRow: 'All households whose support ended',
      exclusive: { rows: true, columns: true },
    },
    {
      id: 'length_of_stay',
      title: 'x. How long people stayed in safe accommodation',
      definition:
        'Stays that ended in the period (the last night was in the period), following moves between units as one stay, by the calendar months from arrival to the morning they left. A stay still going at the period’s end is not counted until it ends.',
      records: 'stay',
      measure: 'count',
      columns: COUNT,
      rows: STAY_BANDS.map((b) => ({ key: b.key, label: b.label })),
      totalRow: 'All stays that ended',
      exclusive: { rows: true, columns: true },
    },
    {
      id: 'moves',
      title: 'xi–xiii. Moves from safe accommodation',
      definition: 'Exits dated in the period from an episode of support that included a stay in safe accommodation.',
      records: 'exit',
      measure: 'count',
      columns: COUNT,
      rows: [
        { key: 'other_safe_accommodation', label: 'xi. Moved to another form of safe accommodation', definition: 'Reason “moved to other safe accommodation”, or a destination of another refuge or other safe accommodation.' },
        { key: 'planned', label: 'xii. Moved on in a planned way', definition: 'Exits recorded as planned.' },
        { key: 'evicted', label: 'xiii. Evicted', definition: 'Exits with the reason “evicted”.' },
      ],
      totalRow: null,
      exclusive: { rows: false, columns: true },
    },
  ],
};
