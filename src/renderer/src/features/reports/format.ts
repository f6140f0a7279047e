import type { ResultCell } from '../../../../shared/reports/result.schema';

/** A figure as the screen shows it: counts with separators, a % sign, "–" for nothing to show. */
export function formatCell(c: ResultCell): string {
  if (c.value === null) return '–';
  const n = c.value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  if (c.measure === 'percent') return `${n}%`;
  return n;
}

/** Whether a cell can be opened as the records behind it. */
export function isDrillable(c: ResultCell): boolean {
  return c.value !== null && c.value > 0 && c.measure === 'count';
}
