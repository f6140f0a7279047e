import type { REPORTS_CHANNELS } from '../../shared/ipc/reports/channels.reports';
import { resolvePeriod } from '../../shared/reports/periods';
import { chromiumPdfPrinter } from '../services/pdf/chromium-pdf';
import type { PdfPrinter } from '../services/pdf/pdf-printer';
import { caseFileCandidates, exportCaseFiles, notesForReview, releaseNote } from '../services/reports/case-files.service';
import { dashboardsFor } from '../services/reports/dashboards.service';
import { drillFigure } from '../services/reports/drill.service';
import { exportChart, exportReport } from '../services/reports/export.service';
import { runReport } from '../services/reports/report.service';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './router';

/** The report channels' handlers. */
export function reportsHandlers(ws: Workspace): Pick<Handlers, (typeof REPORTS_CHANNELS)[number]> {
  // The platform's printer when it passed one (Electron's printToPDF); otherwise headless Chromium,
  // created on first use.
  let fallback: PdfPrinter | undefined;
  const printer = (): PdfPrinter => ws.deps.pdfPrinter ?? (fallback ??= chromiumPdfPrinter());
  return {
    'reports.run': (input) => runReport(ws, input.report, resolvePeriod(input.period)),
    'reports.dashboards': (input) => dashboardsFor(ws, resolvePeriod(input.period)),
    'reports.drill': (input) => drillFigure(ws, input.report, resolvePeriod(input.period), input.figure),
    'reports.export': (input) => exportReport(ws, input, printer),
    'reports.chart': (input) => exportChart(ws, input),
    'reports.caseFiles.candidates': (input) => caseFileCandidates(ws, resolvePeriod(input.period)),
    'reports.caseFiles.notes': (input) => notesForReview(ws, input.referralIds),
    'reports.caseFiles.release': (input) => releaseNote(ws, input),
    'reports.caseFiles.export': (input) => exportCaseFiles(ws, input, printer),
  };
}
