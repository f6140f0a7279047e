import { ReferralSource } from '../cases/vocab';
import { MEASURE_KINDS, NotAcceptedReason, RefusalReason, SanctuaryClock, Tenure } from '../sanctuary/vocab.sanctuary';
import { SupportType } from '../support/vocab.support';
import { COUNT, rowsOf, type ColumnDef, type ReportDef, type TableDef } from './definition';

/*
 * The sanctuary scheme's quarterly outputs (`001_…` 10.14): referrals from agencies and
 * self-referrals, tenure, households accepted, reasons not accepted, reasons measures were
 * refused, interventions requested and installed per household, cost per measure including
 * support, response times per stage, households taking up support, and types of support.
 *
 * Every count is of households' sanctuary referrals (one per household per episode), so each
 * figure opens as the referrals behind it. Interventions: each measure line is one intervention,
 * except window locks, which are one per household whatever the number of locks. Money is in
 * pounds; working days exclude weekends and bank holidays in England and Wales.
 */

const ON_SCHEME = 'Households on the sanctuary scheme (accepted, and not closed before the period began)';

const money = (key: string, label: string): ColumnDef => ({ key, label, measure: 'pounds' });
const number = (key: string, label: string): ColumnDef => ({ key, label, measure: 'number' });

function byCode(id: string, title: string, labels: Record<string, string>, definition: string, totalRow: string): TableDef {
  return { id, title, definition, records: 'referral', measure: 'count', columns: COUNT, rows: rowsOf(labels), totalRow, exclusive: { rows: true, columns: true } };
}

const tables: TableDef[] = [
  byCode(
    'referrals',
    'Referrals received: agencies and self-referrals',
    ReferralSource.labels,
    'Referrals to the sanctuary scheme received in the period (by the London date they arrived), by who referred. Each referral is counted, so a household referred twice counts twice.',
    'All referrals',
  ),
  byCode('tenure', 'Referrals by tenure', Tenure.labels, 'Referrals to the sanctuary scheme received in the period, by the tenure of the home recorded on the case.', 'All referrals'),
  {
    id: 'decisions',
    title: 'Households accepted',
    definition: 'Referrals to the sanctuary scheme decided in the period (by the London date of the decision): accepted onto the scheme, or not accepted.',
    records: 'referral',
    measure: 'count',
    columns: COUNT,
    rows: [
      { key: 'accepted', label: 'Accepted onto the scheme' },
      { key: 'not_accepted', label: 'Not accepted' },
    ],
    totalRow: 'All decisions',
    exclusive: { rows: true, columns: true },
  },
  byCode(
    'not_accepted',
    'Reasons not accepted',
    NotAcceptedReason.labels,
    'Referrals to the sanctuary scheme not accepted in the period, by the scheme’s reason (a referral turned down at intake before it reached the scheme is under “Other”).',
    'All not accepted',
  ),
  {
    id: 'refused',
    title: 'Reasons measures were refused or not fitted',
    definition: 'Measures recorded as refused or not fitted in the period (by that date), by the reason. Households: each counted once per reason; a household can have several reasons.',
    records: 'referral',
    measure: 'count',
    columns: [{ key: 'households', label: 'Households' }, number('measures', 'Measures')],
    rows: rowsOf(RefusalReason.labels),
    totalRow: 'All reasons',
    exclusive: { rows: false, columns: false },
  },
  {
    id: 'interventions',
    title: 'Interventions requested and installed per household',
    definition:
      'Interventions requested in the period (by the date requested) and installed in the period (by the date fitted). Each measure is one intervention, except ground-floor window locks: one intervention per household whatever the number of locks.',
    records: 'referral',
    measure: 'count',
    columns: [
      { key: 'requested', label: 'Requested' },
      { key: 'installed', label: 'Installed' },
    ],
    rows: [
      { key: 'households', label: 'Households' },
      { key: 'interventions', label: 'Interventions', measure: 'number' },
      { key: 'per_household', label: 'Interventions per household', measure: 'number', basedOn: 'households' },
    ],
    totalRow: null,
    exclusive: { rows: false, columns: false },
  },
  {
    id: 'measures',
    title: 'Interventions and cost by measure',
    definition:
      'Measures requested and installed in the period by kind, with the cost of those installed (what each cost when fitted). Households are counted once per kind; interventions follow the rule above.',
    records: 'referral',
    measure: 'count',
    columns: [
      { key: 'requested', label: 'Households requesting' },
      { key: 'installed', label: 'Households with it installed' },
      number('interventions', 'Interventions installed'),
      money('cost', 'Cost of those installed (£)'),
      { ...money('average', 'Average cost per intervention (£)'), basedOn: 'installed' },
    ],
    rows: MEASURE_KINDS.map((k) => ({ key: k.code, label: k.label })),
    totalRow: 'All measures',
    exclusive: { rows: false, columns: false },
  },
  {
    id: 'cost',
    title: 'Cost per household, including support',
    definition:
      'For households with a measure installed or paid support time in the period: the cost of measures installed in the period, plus paid support time on their sanctuary episode dated in the period at the scheme’s hourly rate (volunteers’ time is not costed).',
    records: 'referral',
    measure: 'pounds',
    columns: [{ key: 'value', label: 'Figure' }],
    rows: [
      { key: 'households', label: 'Households', measure: 'count' },
      { key: 'measures', label: 'Measures installed (£)' },
      { key: 'support', label: 'Support time (£)' },
      { key: 'all', label: 'Measures and support (£)' },
      { key: 'per_household', label: 'Average per household, including support (£)', basedOn: 'households' },
    ],
    totalRow: null,
    exclusive: { rows: false, columns: false },
  },
  {
    id: 'response',
    title: 'Response times per stage (working days)',
    definition:
      'Stages completed in the period: the risk assessment started (from the day the referral arrived; target 2 working days), the support and safety plan agreed (from the needs assessment; target 5), and measures fitted (from approval — the council’s where it was needed; target 5). For fitting, a household is within target when every measure fitted in the period was; the average and longest are over the measures.',
    records: 'referral',
    measure: 'count',
    columns: [
      { key: 'completed', label: 'Households' },
      { key: 'within', label: 'Within target' },
      { key: 'percent', label: 'Within target (%)', measure: 'percent', basedOn: 'completed', numerator: 'within' },
      { key: 'average', label: 'Average (working days)', measure: 'days', basedOn: 'completed' },
      { key: 'longest', label: 'Longest (working days)', measure: 'days', basedOn: 'completed' },
    ],
    rows: rowsOf(SanctuaryClock.labels),
    totalRow: null,
    exclusive: { rows: false, columns: false },
  },
  {
    id: 'support',
    title: 'Households taking up support',
    definition: `${ON_SCHEME} on at least one day of the period, and those with at least one support contact on their sanctuary episode dated in the period.`,
    records: 'referral',
    measure: 'count',
    columns: COUNT,
    rows: [
      { key: 'on_scheme', label: 'Households on the scheme' },
      { key: 'took_up', label: 'Households taking up support' },
      { key: 'percent', label: 'Taking up support (%)', measure: 'percent', basedOn: 'on_scheme', numerator: 'took_up' },
    ],
    totalRow: null,
    exclusive: { rows: false, columns: false },
  },
  {
    ...byCode(
      'support_types',
      'Types of support',
      SupportType.labels,
      'Households on the scheme with a support contact of each type on their sanctuary episode dated in the period; a household can have several types.',
      'All households supported',
    ),
    exclusive: { rows: false, columns: true },
  },
];

/** The sanctuary scheme's quarterly outputs. */
export const SANCTUARY: ReportDef = {
  name: 'sanctuary',
  title: 'Sanctuary scheme: quarterly outputs',
  description: 'The sanctuary scheme’s outputs for the commissioner: referrals, tenure, decisions, measures and their cost, response times and support.',
  usualPeriod: 'quarter',
  tables,
};
