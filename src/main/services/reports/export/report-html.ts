import { chartFromTable } from '../../../../shared/reports/chart-data';
import type { ReportResult } from '../../../../shared/reports/result.schema';
import { displayReport, suppressionStatement, type DisplayTable } from '../../../../shared/reports/suppression';
import { chartSvg } from '../../../../shared/reports/svg-chart';
import { formatFigure } from '../../../../shared/reports/format-figure';
import { html, raw } from '../../pdf/html';

/*
 * The printable report: self-contained HTML (inline CSS, inline SVG charts, no scripts, nothing
 * fetched) that Chromium prints to PDF. Each table has its heading, its definition, the figures
 * (suppressed as the export asks) and, for tables of counts, a bar chart of the same figures.
 * Readable in black and white: ruled tables, values written on every bar.
 */

const CSS = `
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #000; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 6mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2mm; }
.statement { border: 1pt solid #000; padding: 2mm; font-weight: bold; margin: 3mm 0; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { border: 0.6pt solid #000; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #e6e6e6; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; }
section { break-inside: avoid-page; }
svg { max-width: 100%; height: auto; }
.defs td { font-size: 7.5pt; }
`;

function tableHtml(d: DisplayTable, chart: boolean, statement: string): string {
  const t = d.table;
  const body = d.rows.map(
    (r) => html`<tr class="${r.key === 'total' ? 'total' : ''}"><td>${r.label}</td>${r.cells.map((c) => raw(html`<td class="n">${typeof c.display === 'number' ? formatFigure(c.display, c.measure) : c.display}</td>`))}</tr>`,
  );
  const countCols = t.columns.filter((c) => c.key !== 'total' && t.rows[0]?.cells[t.columns.indexOf(c)]?.measure === 'count').map((c) => c.key);
  const svg =
    chart && countCols.length > 0 && t.rows.length > 1
      ? chartSvg(chartFromTable(d, { title: t.title, kind: countCols.length > 1 ? 'stacked' : 'bar', series: countCols, footnote: statement }))
      : '';
  return html`<section>
    <h2>${t.title}</h2>
    <p>${t.definition}</p>
    <table><thead><tr><th>Category</th>${t.columns.map((c) => raw(html`<th>${c.label}</th>`))}</tr></thead><tbody>${body.map(raw)}</tbody></table>
    ${raw(t.note ? html`<p><em>Note: ${t.note}</em></p>` : '')}
    ${raw(svg)}
  </section>`;
}

/** The report as printable HTML. */
export function reportHtml(r: ReportResult, suppress: boolean): string {
  const statement = suppressionStatement(suppress);
  const tables = displayReport(r, suppress).map((d) => raw(tableHtml(d, true, statement)));
  return html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${r.title}</title><style>${raw(CSS)}</style></head><body>
    <h1>${r.title}</h1>
    <p>${r.organisation} · ${r.period.label} (${r.period.from} to ${r.period.to}) · produced ${r.generatedAt.slice(0, 10)}</p>
    <p class="statement">${statement}</p>
    <h2>Counting rules</h2>
    <ul>${r.rules.map((rule) => raw(html`<li>${rule}</li>`))}</ul>
    ${tables}
    <h2>Definitions</h2>
    <table class="defs"><thead><tr><th>Figure</th><th>Definition</th></tr></thead><tbody>${r.definitions.map((d) => raw(html`<tr><td>${d.id}</td><td>${d.definition}</td></tr>`))}</tbody></table>
    <p class="statement">${statement}</p>
  </body></html>`;
}
