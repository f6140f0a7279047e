import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { chartFromTable } from '../../../shared/reports/chart-data';
import { reportSheets } from '../../../shared/reports/export-sheets';
import { resolvePeriod } from '../../../shared/reports/periods';
import type { ChartExportInputSchema, ExportInput, ReportFile } from '../../../shared/reports/schemas';
import { displayTable, suppressionStatement } from '../../../shared/reports/suppression';
import { chartSvg } from '../../../shared/reports/svg-chart';
import type { ReportResult } from '../../../shared/reports/result.schema';
import type { PdfPrinter } from '../pdf/pdf-printer';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { svgToPng } from './export/chart-png';
import { sheetsToCsv } from './export/csv-export';
import { encryptedZip } from './export/encrypted-zip';
import { reportHtml } from './export/report-html';
import { sheetsToXlsx } from './export/xlsx-export';
import { computeReport } from './report.service';

/*
 * Exports of a report: CSV, XLSX, PDF, or JSON for internal checking. Suppression is on unless a
 * manager or administrator turns it off (the router already allows only them; checked again here
 * because it is the rule that matters). JSON is always the unsuppressed figures: it is for checking
 * inside the service, never for sending. Any export can be wrapped in an AES-256 ZIP. Every export
 * is audited with the report, period, format and whether suppression was on — never the password.
 */

const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  zip: 'application/zip',
} as const;

/** The bytes of an export, before any ZIP. */
export async function exportBytes(result: ReportResult, format: ExportInput['format'], suppress: boolean, printer: () => PdfPrinter): Promise<Buffer> {
  if (format === 'json') return Buffer.from(JSON.stringify(result, null, 2) + '\n', 'utf8');
  if (format === 'pdf') return printer()(reportHtml(result, suppress), { footer: `${result.title} · ${result.period.label} · suppression ${suppress ? 'on' : 'OFF'}` });
  const sheets = reportSheets(result, suppress);
  if (format === 'csv') return Buffer.from(sheetsToCsv(sheets), 'utf8');
  return sheetsToXlsx(sheets, { title: result.title, creator: 'Waymark', created: new Date(result.generatedAt) });
}

/** A file name people can read: "annual-return_2025-04-01_2026-03-31.xlsx". */
export function exportFileName(name: string, from: string, to: string, ext: string): string {
  return `${name}_${from}_${to}.${ext}`;
}

function mayTurnOffSuppression(ws: Workspace): boolean {
  const role = requireSession(ws).role;
  return role === 'manager' || role === 'administrator';
}

/** Wraps bytes in an encrypted ZIP when a password is given. */
async function maybeZip(fileName: string, mimeType: string, bytes: Buffer, password: string | null): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  if (!password) return { fileName, mimeType, bytes };
  return { fileName: `${fileName}.zip`, mimeType: MIME.zip, bytes: await encryptedZip(fileName, bytes, password) };
}

/** Exports a report for the signed-in manager. */
export async function exportReport(ws: Workspace, input: ExportInput, printer: () => PdfPrinter): Promise<ReportFile> {
  const db = requireDb(ws);
  const suppress = input.format === 'json' ? false : input.suppress;
  if (!suppress && input.format !== 'json' && !mayTurnOffSuppression(ws)) {
    audit(ws, { action: 'report.export.denied', entity: 'report', entityId: input.report, detail: 'suppression off needs a manager' });
    throw new AppError('FORBIDDEN', 'Only a manager or an administrator can export figures without small-number suppression.');
  }
  const period = resolvePeriod(input.period);
  const { result } = computeReport(db, input.report, period, ws.deps.clock.now());
  const bytes = await exportBytes(result, input.format, suppress, printer);
  const file = await maybeZip(exportFileName(input.report, period.from, period.to, input.format), MIME[input.format], bytes, input.zipPassword);
  audit(ws, {
    action: 'report.export',
    entity: 'report',
    entityId: input.report,
    detail: `${input.format}${input.zipPassword ? ' in encrypted zip' : ''}, ${period.from} to ${period.to}, suppression ${suppress ? 'on' : 'off'}`,
  });
  return { fileName: file.fileName, mimeType: file.mimeType, content: file.bytes.toString('base64'), encoding: 'base64', summary: `${result.title}, ${period.label}, suppression ${suppress ? 'on' : 'off'}` };
}

/** Exports one chart as SVG or PNG (suppressed unless turned off, like any export). */
export async function exportChart(ws: Workspace, input: z.output<typeof ChartExportInputSchema>): Promise<ReportFile> {
  const db = requireDb(ws);
  if (!input.suppress && !mayTurnOffSuppression(ws)) throw new AppError('FORBIDDEN', 'Only a manager or an administrator can export figures without small-number suppression.');
  const period = resolvePeriod(input.period);
  const { result } = computeReport(db, input.report, period, ws.deps.clock.now());
  const table = result.tables.find((t) => t.id === input.table);
  if (!table) throw new AppError('NOT_FOUND', 'That chart is not in this report.');
  const svg = chartSvg(chartFromTable(displayTable(table, input.suppress), { title: `${input.title} — ${period.label}`, kind: input.kind, series: input.series, percent: input.percent, footnote: suppressionStatement(input.suppress) }));
  const bytes = input.format === 'svg' ? Buffer.from(svg, 'utf8') : await svgToPng(svg);
  audit(ws, { action: 'report.export', entity: 'report', entityId: input.report, detail: `chart ${input.table} ${input.format}, ${period.from} to ${period.to}, suppression ${input.suppress ? 'on' : 'off'}` });
  return { fileName: exportFileName(`${input.report}-${input.table}`, period.from, period.to, input.format), mimeType: MIME[input.format], content: bytes.toString('base64'), encoding: 'base64', summary: `${input.title}, ${period.label}` };
}
