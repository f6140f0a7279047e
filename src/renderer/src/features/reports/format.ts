import { formatFigure } from '../../../../shared/reports/format-figure';
import type { ResultCell } from '../../../../shared/reports/result.schema';
import { NOT_RECORDED } from '../../../../shared/reports/suppression';

/** A figure as the screen shows it: counts with separators, £ for money, a % sign, "–" for nothing to show. */
export function formatCell(c: ResultCell): string {
  if (c.value === null) return '–';
  return formatFigure(c.value, c.measure);
}

/** A cell's text in its row: a figure not recorded for the period says so, never zero. */
export function cellText(c: ResultCell, row: { notYetRecorded: string | null }): string {
  return row.notYetRecorded && c.value === null ? NOT_RECORDED : formatCell(c);
}

/** Whether a cell can be opened as the records behind it. */
export function isDrillable(c: ResultCell): boolean {
  return c.value !== null && c.value > 0 && c.measure === 'count';
}
