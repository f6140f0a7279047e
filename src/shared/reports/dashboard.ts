import { ReferralSource, RiskLevel } from '../cases/vocab';
import { type ColumnDef, type ReportDef, type RowDef } from './definition';
import { monthsOf, type ReportPeriod } from './periods';

/*
 * The managers' dashboards: each chart shows one table — of a commissioner report, or of the
 * dashboard series below (month-by-month figures and profiles that no return asks for) — so a
 * chart and its table view always show the same numbers, and the same definitions apply.
 */

/** How a chart draws its table. */
export type ChartKind = 'bar' | 'stacked' | 'line';

/** One chart on a dashboard. */
export interface ChartDef {
  id: string;
  title: string;
  kind: ChartKind;
  /** Which report's table it shows. */
  report: 'dashboard' | 'annual-return' | 'quarterly' | 'kpi';
  table: string;
  /** The columns drawn as series (the table view shows every column). */
  series: string[];
  /** Percent axis (0–100). */
  percent?: boolean;
}

/** A dashboard: a few charts on one subject. */
export interface DashboardDef {
  id: string;
  title: string;
  charts: ChartDef[];
}

/** The dashboards, in the order the screen lists them. */
export const DASHBOARDS: readonly DashboardDef[] = [
  { id: 'occupancy', title: 'Occupancy', charts: [{ id: 'occupancy', title: 'Occupancy by month (%)', kind: 'line', report: 'dashboard', table: 'occupancy_monthly', series: ['occupancy'], percent: true }] },
  { id: 'referrals', title: 'Referrals', charts: [{ id: 'referrals', title: 'Referrals by source and outcome', kind: 'stacked', report: 'dashboard', table: 'referrals_outcome', series: ['accepted', 'not_supported', 'open'] }] },
  { id: 'turn-aways', title: 'Turn-aways', charts: [{ id: 'turn-aways', title: 'Referrals not supported, by reason', kind: 'bar', report: 'quarterly', table: 'rejected_by_reason', series: ['count'] }] },
  { id: 'risk', title: 'Risk profile', charts: [{ id: 'risk', title: 'Households referred, by risk level', kind: 'bar', report: 'dashboard', table: 'risk_profile', series: ['count'] }] },
  {
    id: 'demographics',
    title: 'Demographics',
    charts: [
      { id: 'age', title: 'Individuals in safe accommodation by age on arrival', kind: 'stacked', report: 'annual-return', table: 'age', series: ['adult', 'child'] },
      { id: 'gender', title: 'Individuals in safe accommodation by gender', kind: 'stacked', report: 'annual-return', table: 'gender', series: ['adult', 'child'] },
      { id: 'ethnicity', title: 'Individuals in safe accommodation by ethnicity', kind: 'stacked', report: 'annual-return', table: 'ethnicity', series: ['adult', 'child'] },
    ],
  },
  { id: 'support-hours', title: 'Support hours', charts: [{ id: 'support-hours', title: 'Support hours by month', kind: 'stacked', report: 'dashboard', table: 'hours_monthly', series: ['paid', 'unpaid'] }] },
  { id: 'outcomes', title: 'Outcomes', charts: [{ id: 'outcomes', title: 'Made progress, by outcome area (% of measured)', kind: 'bar', report: 'kpi', table: 'outcomes', series: ['percent'], percent: true }] },
  { id: 'length-of-stay', title: 'Length of stay', charts: [{ id: 'length-of-stay', title: 'Stays that ended, by length', kind: 'bar', report: 'annual-return', table: 'length_of_stay', series: ['count'] }] },
  { id: 'contact', title: '48-hour contact', charts: [{ id: 'contact', title: 'First contact attempts against the 48-hour target, by month', kind: 'stacked', report: 'dashboard', table: 'contact_monthly', series: ['within', 'late', 'none'] }] },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Apr 2025" for "2025-04". */
export function monthLabel(key: string): string {
  return `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
}

function monthRows(period: ReportPeriod): RowDef[] {
  return monthsOf(period.from, period.to).map((m) => ({ key: m.key, label: monthLabel(m.key) }));
}

const OUTCOME_COLS: readonly ColumnDef[] = [
  { key: 'accepted', label: 'Accepted' },
  { key: 'not_supported', label: 'Not supported' },
  { key: 'open', label: 'Not yet decided or closed' },
  { key: 'total', label: 'Total' },
];

/** The dashboard series for a period (rows are the period's months). */
export function dashboardDef(period: ReportPeriod): ReportDef {
  const months = monthRows(period);
  return {
    name: 'dashboard',
    title: 'Dashboards',
    description: 'Month-by-month figures and profiles for managers.',
    usualPeriod: 'financial_year',
    tables: [
      {
        id: 'occupancy_monthly',
        title: 'Occupancy by month',
        definition: 'For each month (within the period): occupied unit-nights as a percentage of in-service unit-nights, and the occupied and void nights.',
        records: 'unit',
        measure: 'nights',
        columns: [
          { key: 'occupancy', label: 'Occupancy (%)', measure: 'percent' },
          { key: 'occupied', label: 'Occupied nights' },
          { key: 'void', label: 'Void nights' },
        ],
        rows: months,
        totalRow: null,
        exclusive: { rows: false, columns: false },
      },
      {
        id: 'referrals_outcome',
        title: 'Referrals by source and outcome',
        definition: 'Referrals received in the period, by who referred and what has been decided so far.',
        records: 'referral',
        measure: 'count',
        columns: OUTCOME_COLS,
        rows: Object.entries(ReferralSource.labels).map(([key, label]) => ({ key, label })),
        totalRow: 'All referrals',
        exclusive: { rows: true, columns: true },
      },
      {
        id: 'risk_profile',
        title: 'Risk profile',
        definition: 'Households with a referral received in the period, by the level of their latest risk assessment on or before the period’s last day.',
        records: 'household',
        measure: 'count',
        columns: [{ key: 'count', label: 'Households' }],
        rows: [...Object.entries(RiskLevel.labels).map(([key, label]) => ({ key, label })), { key: 'not_assessed', label: 'Not assessed' }],
        totalRow: 'All households referred',
        exclusive: { rows: true, columns: true },
      },
      {
        id: 'hours_monthly',
        title: 'Support hours by month',
        definition: 'Hours recorded on support contacts dated in each month, paid and unpaid.',
        records: 'contact',
        measure: 'hours',
        columns: [
          { key: 'paid', label: 'Paid hours' },
          { key: 'unpaid', label: 'Unpaid hours' },
        ],
        rows: months,
        totalRow: null,
        exclusive: { rows: false, columns: false },
      },
      {
        id: 'contact_monthly',
        title: '48-hour contact by month',
        definition: 'Referrals received in each month, by when contact was first attempted against 48 hours after the referral arrived; the percentage is of those whose 48 hours have passed.',
        records: 'referral',
        measure: 'count',
        columns: [
          { key: 'within', label: 'Within 48 hours' },
          { key: 'late', label: 'After 48 hours' },
          { key: 'none', label: 'Not attempted' },
          { key: 'due', label: '48 hours passed or contacted' },
          { key: 'percent', label: 'Within 48 hours (%)', measure: 'percent', basedOn: 'due', numerator: 'within' },
        ],
        rows: months,
        totalRow: null,
        exclusive: { rows: true, columns: false },
      },
    ],
  };
}
