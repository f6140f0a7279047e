import { TurnAwayReason, UnitType } from '../allocation/vocab.allocation';
import { OutcomeArea } from '../support/vocab.support';
import { COUNT, rowsOf, type ReportDef } from './definition';

/*
 * Key performance indicators (`001_…` 10.8–10.10 and the issue): service utilisation, planned
 * moves, achieving independence (a planned move is not automatically independence), outcome
 * progression per area, first contact within 48 hours, occupancy and void nights, turn-aways.
 * Percentages are to one decimal place; a percentage based on fewer than five people is
 * suppressed in exports with the count it is based on.
 */

const VALUE: readonly { key: string; label: string }[] = [{ key: 'value', label: 'Value' }];

/** The KPIs. */
export const KPI: ReportDef = {
  name: 'kpi',
  title: 'Key performance indicators',
  description: 'Service utilisation, planned moves, achieving independence, outcome progression, 48-hour first contact, occupancy and turn-aways.',
  usualPeriod: 'quarter',
  tables: [
    {
      id: 'utilisation',
      title: 'Service utilisation',
      definition: 'How long households receive the service: episodes of support (in a unit, in the community or move-on) that ran on at least one day of the period, in days from the day support began.',
      records: 'household',
      measure: 'count',
      columns: VALUE,
      rows: [
        { key: 'households', label: 'Households supported in the period' },
        { key: 'ended', label: 'Episodes of support that ended in the period', records: 'exit' },
        { key: 'average_ended', label: 'Average length of support that ended (days)', measure: 'days', basedOn: 'ended', records: 'exit' },
        { key: 'median_ended', label: 'Median length of support that ended (days)', measure: 'days', basedOn: 'ended', records: 'exit' },
        { key: 'continuing', label: 'Episodes still supported at the period’s end' },
        { key: 'average_continuing', label: 'Average length so far of support still going (days)', measure: 'days', basedOn: 'continuing' },
      ],
      totalRow: null,
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'planned_moves',
      title: 'Planned moves',
      definition: 'Exits dated in the period. A planned move is one pre-arranged, coordinated and agreed by the person and the service.',
      records: 'exit',
      measure: 'count',
      columns: VALUE,
      rows: [
        { key: 'exits', label: 'Exits' },
        { key: 'planned', label: 'Planned moves' },
        { key: 'percent', label: 'Planned moves (% of exits)', measure: 'percent', basedOn: 'exits', numerator: 'planned' },
      ],
      totalRow: null,
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'independence',
      title: 'Achieving independence',
      definition: 'Exits dated in the period, by whether the person was judged to be achieving independence (able to live in and keep their own home, daily life, finances and social life safely without ongoing intensive support). Recorded separately from whether the move was planned.',
      records: 'exit',
      measure: 'count',
      columns: VALUE,
      rows: [
        { key: 'exits', label: 'Exits' },
        { key: 'yes', label: 'Achieving independence' },
        { key: 'partly', label: 'Partly achieving independence' },
        { key: 'percent', label: 'Achieving independence (% of exits)', measure: 'percent', basedOn: 'exits', numerator: 'yes' },
      ],
      totalRow: null,
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'outcomes',
      title: 'Outcome progression by area',
      definition:
        'Support plans of episodes supported in the period with a need recorded in the area; scores recorded on or before the period’s last day. Measured = scored at least twice; progress = the latest score is higher than the first (follow-up scores are not used). The percentage is of those measured.',
      records: 'plan',
      measure: 'count',
      columns: [
        { key: 'with_need', label: 'With a need' },
        { key: 'measured', label: 'Measured' },
        { key: 'improved', label: 'Made progress' },
        { key: 'percent', label: 'Made progress (% of measured)', measure: 'percent', basedOn: 'measured', numerator: 'improved' },
      ],
      rows: rowsOf(OutcomeArea.labels),
      totalRow: null,
      exclusive: { rows: false, columns: false },
    },
    {
      id: 'contact_48h',
      title: 'First contact within 48 hours',
      definition: 'Referrals received in the period, by when contact was first attempted (any attempt, whatever its outcome) compared with 48 hours after the referral arrived.',
      records: 'referral',
      measure: 'count',
      columns: VALUE,
      rows: [
        { key: 'within', label: 'Contact attempted within 48 hours' },
        { key: 'late', label: 'Contact first attempted after 48 hours' },
        { key: 'none', label: 'No contact attempted and 48 hours have passed' },
        { key: 'not_due', label: 'No contact attempted yet, 48 hours not yet passed' },
        { key: 'due', label: 'Referrals whose 48 hours have passed or that were contacted', definition: 'The first three rows together.' },
        { key: 'percent', label: 'Contact attempted within 48 hours (%)', measure: 'percent', basedOn: 'due', numerator: 'within', definition: 'Within 48 hours as a percentage of the referrals due.' },
        { key: 'spoke_within', label: 'Spoke to the person within 48 hours', definition: 'The first successful contact (spoke, or a message through the referrer) was within 48 hours.' },
      ],
      totalRow: null,
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'occupancy',
      title: 'Occupancy and void nights',
      definition: 'Unit-nights in the period, from the allocation timeline: a unit-night is one unit open for one night. Occupancy is occupied nights as a percentage of in-service nights; a void night is an in-service night nobody slept in (a held unit with no arrival is void).',
      records: 'unit',
      measure: 'nights',
      columns: VALUE,
      rows: [
        { key: 'unit_nights', label: 'Unit-nights' },
        { key: 'out_of_service', label: 'Out-of-service nights' },
        { key: 'in_service', label: 'In-service nights' },
        { key: 'occupied', label: 'Occupied nights', records: 'stay' },
        { key: 'void', label: 'Void nights' },
        { key: 'occupancy', label: 'Occupancy (%)', measure: 'percent' },
      ],
      totalRow: null,
      exclusive: { rows: false, columns: true },
    },
    {
      id: 'turn_aways',
      title: 'Turn-aways',
      definition: 'Referrals decided “not supported” in the period because there was no space or no suitable unit.',
      records: 'referral',
      measure: 'count',
      columns: COUNT,
      rows: rowsOf(TurnAwayReason.labels),
      totalRow: 'All turn-aways',
      exclusive: { rows: true, columns: true },
    },
    {
      id: 'types_full',
      title: 'Unit types recorded as full at a turn-away',
      definition: 'Turn-aways in the period, by the unit types recorded as full at the time. A turn-away can name several types.',
      records: 'referral',
      measure: 'count',
      columns: COUNT,
      rows: rowsOf(UnitType.labels),
      totalRow: null,
      exclusive: { rows: false, columns: true },
    },
  ],
};
