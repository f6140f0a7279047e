import { Ethnicity, GenderIdentity, NotSupportedReason, ReferralSource } from '../cases/vocab';
import { ExitDestination, ExitReason } from '../support/vocab.support';
import { AGE_BANDS } from './compute/ages';
import { BY_AGE_GROUP, COUNT, rowsOf, type ColumnDef, type ReportDef, type TableDef } from './definition';

/*
 * The quarterly output monitoring (`000_…` 5.3), for any period but usually a quarter. "People
 * supported" means everyone (the adult and the children living with them) in a household with an
 * episode of support — in a unit, in the community or move-on — that ran for at least one day of
 * the period (rules in ./compute/episodes.ts). Counting rules are in ./rules.ts.
 */

const SUPPORTED = 'People (adults and the children living with them) in households whose support — in a unit, in the community or move-on — ran on at least one day of the period, each counted once.';

/** Housing situation at referral, from what intake records about the current accommodation. */
export const HOUSING_SITUATION = [
  { key: 'homeless', label: 'Homeless: nowhere safe to stay', urgency: 'emergency' },
  { key: 'temporary', label: 'In temporary accommodation or sofa-surfing', urgency: 'temporary' },
  { key: 'insecure', label: 'Insecure or inappropriate: at home with, or known to, the perpetrator', urgency: 'unsafe_home' },
  { key: 'settled', label: 'Safe for now', urgency: 'stable' },
  { key: 'not_known', label: 'Not known', urgency: 'not_known' },
] as const;

/** The quarterly needs categories, from the risk assessment's primary and secondary needs. */
export const QUARTERLY_NEEDS = [
  { key: 'mental_health', label: 'Mental health', needs: ['mental_health'] },
  { key: 'alcohol_drugs', label: 'Alcohol and drugs', needs: ['alcohol', 'drugs'] },
  { key: 'offending', label: 'Offending behaviour', needs: ['ex_offending'] },
  { key: 'sex_work', label: 'Sex work', needs: ['sex_work'] },
  { key: 'other_complex', label: 'Other complex needs', needs: ['disability', 'nrpf', 'other'] },
] as const;

/** Length of support bands, in calendar months. */
export const SUPPORT_BANDS = [
  { key: 'up_to_6m', label: 'Up to 6 months', months: 6 },
  { key: '6_12m', label: '6 to 12 months', months: 12 },
  { key: '12_24m', label: '12 to 24 months', months: 24 },
  { key: 'over_24m', label: 'Over 24 months', months: Infinity },
] as const;

const PLANNED: readonly ColumnDef[] = [
  { key: 'planned', label: 'Planned' },
  { key: 'unplanned', label: 'Unplanned' },
  { key: 'total', label: 'Total' },
];

function supported(id: string, title: string, labels: Record<string, string>, what: string): TableDef {
  return {
    id,
    title,
    definition: `${SUPPORTED} ${what}`,
    records: 'person',
    measure: 'count',
    columns: BY_AGE_GROUP,
    rows: rowsOf(labels),
    totalRow: 'All people supported',
    exclusive: { rows: true, columns: true },
  };
}

function exitsBy(id: string, title: string, labels: Record<string, string>, what: string): TableDef {
  return {
    id,
    title,
    definition: `Exits (ends of an episode of support) dated in the period, ${what}, planned and unplanned. An exit on the period’s last day is in the period.`,
    records: 'exit',
    measure: 'count',
    columns: PLANNED,
    rows: rowsOf(labels),
    totalRow: 'All exits',
    exclusive: { rows: true, columns: true },
  };
}

/** The quarterly outputs. */
export const QUARTERLY: ReportDef = {
  name: 'quarterly',
  title: 'Quarterly outputs',
  description: 'Output monitoring for the commissioner’s quarterly return: referrals, people supported, needs, support hours, safeguarding, length of support and exits.',
  usualPeriod: 'quarter',
  tables: [
    {
      id: 'accepted_by_source',
      title: 'Accepted referrals by source',
      definition: 'Referrals accepted in the period (by the London date of the decision), by who referred.',
      records: 'referral',
      measure: 'count',
      columns: COUNT,
      rows: rowsOf(ReferralSource.labels),
      totalRow: 'All accepted referrals',
      exclusive: { rows: true, columns: true },
    },
    {
      id: 'rejected_by_reason',
      title: 'Referrals not supported, by reason',
      definition: 'Referrals decided “not supported” in the period (by the London date of the decision), by the reason recorded.',
      records: 'referral',
      measure: 'count',
      columns: COUNT,
      rows: rowsOf(NotSupportedReason.labels),
      totalRow: 'All referrals not supported',
      exclusive: { rows: true, columns: true },
    },
    {
      ...supported(
        'housing_situation',
        'People supported by housing situation',
        Object.fromEntries(HOUSING_SITUATION.map((h) => [h.key, h.label])),
        'By the housing situation recorded at the referral that began their support (how urgent their accommodation made a move).',
      ),
      note: 'Rough sleeping is not recorded separately: it is counted as “Homeless: nowhere safe to stay”.',
    },
    supported('supported_age', 'People supported by age', Object.fromEntries(AGE_BANDS), 'By age on the day their support began.'),
    supported('supported_gender', 'People supported by gender', GenderIdentity.labels, 'By gender identity as recorded.'),
    supported('supported_ethnicity', 'People supported by ethnicity', Ethnicity.labels, 'By ethnic group (ONS 2021 categories).'),
    {
      id: 'needs',
      title: 'People with primary and secondary needs',
      definition: 'Adults (victims) supported in the period, by the primary need and the secondary needs on their household’s latest risk assessment on or before the period’s last day. A person can have several secondary needs.',
      records: 'person',
      measure: 'count',
      columns: [
        { key: 'primary', label: 'Primary need' },
        { key: 'secondary', label: 'Secondary need' },
      ],
      rows: QUARTERLY_NEEDS.map((n) => ({ key: n.key, label: n.label })),
      totalRow: 'Adults with any of these needs',
      exclusive: { rows: false, columns: false },
    },
    {
      id: 'support_hours',
      title: 'Support hours',
      definition: 'Time recorded on support contacts dated in the period, in hours (to two decimal places): paid staff time and unpaid (volunteer) time.',
      records: 'contact',
      measure: 'hours',
      columns: [{ key: 'hours', label: 'Hours' }],
      rows: [
        { key: 'paid', label: 'Paid support hours' },
        { key: 'unpaid', label: 'Unpaid support hours' },
        { key: 'all', label: 'All support hours' },
      ],
      totalRow: null,
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'moved_in',
      title: 'People supported to safe and appropriate accommodation',
      definition: 'Households that arrived in a unit of safe accommodation in the period (the first night of a stay; a move between units is not an arrival), and the people in them.',
      records: 'household',
      measure: 'count',
      columns: COUNT,
      rows: [
        { key: 'households', label: 'Households who moved into safe accommodation' },
        { key: 'people', label: 'People in those households', records: 'person' },
      ],
      totalRow: null,
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'progress',
      title: 'Progress towards personal goals',
      definition:
        'Support plans of episodes supported in the period, with outcome scores recorded on or before the period’s last day. Progress is a later score higher than the first in an area with a need (follow-up scores are not used).',
      records: 'plan',
      measure: 'count',
      columns: COUNT,
      rows: [
        { key: 'with_need', label: 'People with a need in at least one outcome area' },
        { key: 'measured', label: 'Of whom scored at least twice in an area of need' },
        { key: 'progressed', label: 'Of whom made progress in at least one area' },
      ],
      totalRow: null,
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'safeguarding',
      title: 'Safeguarding concerns raised',
      definition: 'Safeguarding concerns logged with a date in the period, by whom the concern was about.',
      records: 'event',
      measure: 'count',
      columns: COUNT,
      rows: [
        { key: 'adult', label: 'About an adult' },
        { key: 'child', label: 'About a child' },
      ],
      totalRow: 'All safeguarding concerns',
      exclusive: { rows: true, columns: true },
    },
    {
      id: 'panels',
      title: 'MARAC and High-Risk Behaviour Panel referrals',
      definition: 'Referrals made with a date in the period.',
      records: 'event',
      measure: 'count',
      columns: COUNT,
      rows: [
        { key: 'marac', label: 'Referrals to MARAC', records: 'marac' },
        { key: 'hrbp', label: 'Referrals to the High-Risk Behaviour Panel' },
      ],
      totalRow: null,
      exclusive: { rows: true, columns: true },
    },
    {
      id: 'length_of_support',
      title: 'Length of support',
      definition:
        'People supported in the period, by how long their support had lasted at the earlier of its end and the period’s last day, in calendar months from the day it began.',
      records: 'person',
      measure: 'count',
      columns: COUNT,
      rows: SUPPORT_BANDS.map((b) => ({ key: b.key, label: b.label })),
      totalRow: 'All people supported',
      exclusive: { rows: true, columns: true },
    },
    exitsBy('exits_reason', 'Exits by reason', ExitReason.labels, 'by the reason support ended'),
    exitsBy('exits_destination', 'Exits by move-on destination', ExitDestination.labels, 'by where the household went'),
  ],
};
