// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResultTable } from '../../src/shared/reports/result.schema';
import { ResultTableView } from '../../src/renderer/src/features/reports/ResultTableView';
import { renderApp } from './setup';

/*
 * A report table as a manager reads it: money with a £ sign and pence, and a figure that staff
 * records do not hold for the period as "Not recorded" (never 0 or a bare dash).
 */

const table: ResultTable = {
  id: 'cost',
  title: 'Cost per household, including support',
  definition: 'Money.',
  records: 'referral',
  measure: 'pounds',
  columns: [{ key: 'value', label: 'Figure' }],
  drillable: true,
  rows: [
    { key: 'all', label: 'Measures and support (£)', notYetRecorded: null, cells: [{ id: 'cost.all.value', measure: 'pounds', value: 1234.5, basedOn: null, numerator: null }] },
    { key: 'households', label: 'Households', notYetRecorded: null, cells: [{ id: 'cost.households.value', measure: 'count', value: 1200, basedOn: null, numerator: null }] },
    { key: 'fte', label: 'Specialist staff (FTE)', notYetRecorded: 'No FTE recorded.', cells: [{ id: 'cost.fte.value', measure: 'fte', value: null, basedOn: null, numerator: null }] },
  ],
  totalRow: null,
  exclusive: { rows: false, columns: false },
  note: null,
};

describe('report table', () => {
  it('shows money with £ and pence, counts with separators, and "Not recorded" for a figure staff records do not hold', () => {
    renderApp(<ResultTableView table={table} />);
    const cellOf = (label: string) => screen.getByRole('rowheader', { name: label }).parentElement!.querySelector('td')!.textContent;
    expect(cellOf('Measures and support (£)')).toBe('£1,234.50');
    expect(cellOf('Households')).toBe('1,200');
    expect(cellOf('Specialist staff (FTE)')).toBe('Not recorded');
  });
});
