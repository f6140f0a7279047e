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
      .map((i) => ({ name: cols[i]!.label, values: body.map((r) => r.cells[i]!.display) })),
  };
}
