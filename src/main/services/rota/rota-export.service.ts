import { AppError } from '../../../shared/errors';
import type { ResolvedRota } from '../../../shared/rota/schemas/resolved.schema';
import { formatInstant } from '../../../shared/rota/format';
import { dayOf } from '../../../shared/rota/zone';
import { resolveRota } from '../../../shared/rota/resolve/resolve-rota';
import { listStaff } from '../../db/repos/rota/rota-staff.repo';
import type { PdfPrinter } from '../pdf/pdf-printer';
import { getSettings } from '../settings.service';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { requireStaff } from './rota-access';
import { hoursCsv } from './export/rota-csv';
import { rotaIcs } from './export/rota-ics';
import { rotaPrintHtml } from './export/rota-print';
import { assertPeriod } from './rota-view.service';
import { loadRotaInput } from './rota-input';

/** A file for the screen to offer for saving. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** Text files as text; binary files (PDF) as base64. */
  content: string;
  encoding: 'utf-8' | 'base64';
}

/** The longest period printed in one PDF (a month view spans up to six weeks). */
const MAX_PRINT_DAYS = 62;

function resolved(ws: Workspace, p: { from: string; to: string }): ResolvedRota {
  assertPeriod(p);
  return resolveRota(loadRotaInput(requireDb(ws), dayOf(p.from), dayOf(p.to), false), p);
}

function slug(s: string): string {
  // Letters of any script are kept (file names on Windows take them); anything else becomes a dash.
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'person';
}

function recordExport(ws: Workspace, format: string, p: { from: string; to: string }, staffId?: number): void {
  const db = requireDb(ws);
  db.transaction(() => {
    audit(ws, { action: `rota.export.${format}`, entity: 'rota', entityId: null, detail: `${p.from}..${p.to}${staffId !== undefined ? `, staff ${staffId}` : ''}` });
  })();
}

/** The whole rota, or one person's shifts, as an iCalendar file with stable event ids. */
export function exportIcs(ws: Workspace, input: { from: string; to: string; staffId?: number }): ExportFile {
  const who = input.staffId !== undefined ? requireStaff(requireDb(ws), input.staffId) : null;
  const rota = resolved(ws, input);
  const content = rotaIcs(rota, {
    calendarName: who ? `Rota – ${who.name}` : 'Rota',
    staffId: input.staffId,
    stamp: ws.deps.clock.now(),
  });
  recordExport(ws, 'ics', input, input.staffId);
  return { fileName: `rota-${who ? `${slug(who.name)}-` : ''}${input.from}-to-${input.to}.ics`, mimeType: 'text/calendar', content, encoding: 'utf-8' };
}

/** Hours per person for payroll, as CSV. */
export function exportHoursCsv(ws: Workspace, input: { from: string; to: string }): ExportFile {
  const rota = resolved(ws, input);
  const roles = new Map(listStaff(requireDb(ws)).map((s) => [s.id, s.role]));
  const content = hoursCsv(rota, roles);
  recordExport(ws, 'csv', input);
  return { fileName: `rota-hours-${input.from}-to-${input.to}.csv`, mimeType: 'text/csv', content, encoding: 'utf-8' };
}

/** The rota for a week or a month as an A4 landscape PDF, printed by the printer passed in. */
export async function exportPdf(ws: Workspace, input: { from: string; to: string }, printer: PdfPrinter): Promise<ExportFile> {
  const session = requireSession(ws);
  if (dayOf(input.to) - dayOf(input.from) + 1 > MAX_PRINT_DAYS) {
    throw new AppError('INVALID_INPUT', `Print at most ${MAX_PRINT_DAYS} days at a time (a week or a month).`, { to: `At most ${MAX_PRINT_DAYS} days after the start.` });
  }
  const rota = resolved(ws, input);
  const page = rotaPrintHtml(rota, { orgName: getSettings(ws).orgName });
  const printedAt = formatInstant(ws.deps.clock.now().getTime());
  const pdf = await printer(page, { landscape: true, format: 'A4', footer: `Printed by ${session.displayName} on ${printedAt} (London time). Confidential.` });
  recordExport(ws, 'pdf', input);
  return { fileName: `rota-${input.from}-to-${input.to}.pdf`, mimeType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' };
}
