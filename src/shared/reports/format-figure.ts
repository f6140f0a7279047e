import type { Measure } from './definition';

/*
 * How a figure reads on a screen or a printed page, one rule for both: money with a £ sign and
 * pence ("£1,234.50"), percentages with a % sign, everything else with thousands separators and at
 * most two decimal places. Spreadsheet exports keep numbers as numbers (so they add up) and say
 * "£" in the heading instead.
 */

/** A figure's value as text. */
export function formatFigure(value: number, measure: Measure): string {
  if (measure === 'pounds') {
    const text = Math.abs(value).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return value < 0 ? `−£${text}` : `£${text}`;
  }
  const n = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return measure === 'percent' ? `${n}%` : n;
}
