import { describe, expect, it } from 'vitest';
import { buildResult } from '../../../src/shared/reports/compute/build-result';
import { Tally } from '../../../src/shared/reports/compute/tally';
import { cellMeasure } from '../../../src/shared/reports/definition';
import { reportSheets } from '../../../src/shared/reports/export-sheets';
import { formatFigure } from '../../../src/shared/reports/format-figure';
import { resolvePeriod } from '../../../src/shared/reports/periods';
import { REPORTS, COMPUTABLE } from '../../../src/shared/reports/registry';
import { SANCTUARY } from '../../../src/shared/reports/sanctuary';
import { reportHtml } from '../../../src/main/services/reports/export/report-html';

/*
 * Money reads as money everywhere a figure is printed as text (the screen, the PDF; the screen's
 * formatter is tested in test/renderer/reports-format.test.tsx): a £ sign and
 * pence. Spreadsheets keep the number (so it adds up) and say £ in the heading of every money
 * column or row.
 */

describe('money in reports', () => {
  it('writes pounds with a £ sign, thousands separators and pence; other measures unchanged', () => {
    expect(formatFigure(1234.5, 'pounds')).toBe('£1,234.50');
    expect(formatFigure(0, 'pounds')).toBe('£0.00');
    expect(formatFigure(-5, 'pounds')).toBe('−£5.00');
    expect(formatFigure(12.345, 'percent')).toBe('12.35%');
    expect(formatFigure(12345, 'count')).toBe('12,345');
    expect(formatFigure(1.42, 'fte')).toBe('1.42');
  });

  it('says £ in the heading of every money column and the label of every money row of every report', () => {
    const period = resolvePeriod({ kind: 'financial_year', year: 2025 });
    for (const name of COMPUTABLE) {
      for (const t of REPORTS[name].def(period).tables) {
        for (const row of t.rows) {
          for (const col of t.columns) {
            if (cellMeasure(t, row, col) !== 'pounds') continue;
            const rowIsMoney = t.columns.every((c) => cellMeasure(t, row, c) === 'pounds');
            expect(rowIsMoney ? row.label : col.label, `${name} ${t.id}.${row.key}.${col.key}`).toContain('£');
          }
        }
      }
    }
  });

  it('prints money with £ in the PDF and keeps it a number in the spreadsheet', () => {
    const tally = new Tally();
    tally.value('cost', 'all', 'value', 1234.5);
    const result = buildResult(SANCTUARY, tally, { period: resolvePeriod({ kind: 'quarter', year: 2025, quarter: 4 }), organisation: 'Test', generatedAt: '2026-04-20T10:00:00Z' });
    expect(reportHtml(result, false)).toContain('£1,234.50');
    const sheet = reportSheets(result, false).find((s) => s.name.endsWith(' cost'))!;
    expect(sheet.rows.find((r) => r[0] === 'Measures and support (£)')).toEqual(['Measures and support (£)', 1234.5]);
  });
});
