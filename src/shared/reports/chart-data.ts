import type { ChartSpec } from './svg-chart';
import type { DisplayTable } from './suppression';

/** A chart's data from a table as shown (hidden figures stay hidden in the picture too). */
export function chartFromTable(d: DisplayTable, opts: { title: string; kind: ChartSpec['kind']; series: readonly string[]; percent?: boolean; footnote?: string }): ChartSpec {
  const cols = d.table.columns;
  const body = d.rows.filter((r) => r.key !== 'total');
  return {
    title: opts.title,
    kind: opts.kind,
    percent: opts.percent,
    footnote: opts.footnote,
    categories: body.map((r) => r.label),
    series: opts.series
      .map((key) => cols.findIndex((c) => c.key === key))
      .filter((i) => i >= 0)
      .map((i) => ({ name: cols[i]!.label, values: body.map((r) => drawable(r.cells[i]!.display)) })),
  };
}

/** Numbers and suppression markers are drawn; any other text (e.g. "Not yet recorded") as no value. */
function drawable(v: number | string): number | string | null {
  return typeof v === 'number' || v.startsWith('<') || v.startsWith('n<') ? v : null;
}
