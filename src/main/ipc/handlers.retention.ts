import type { RETENTION_CHANNELS } from '../../shared/ipc/retention/channels.retention';
import { getRetentionSchedule, previewRetention, purgeRetention, updateRetentionSchedule } from '../services/retention/retention.service';
import { chromiumPdfPrinter } from '../services/pdf/chromium-pdf';
import type { PdfPrinter } from '../services/pdf/pdf-printer';
import { correctionHistory, correctPerson } from '../services/retention/correction.service';
import { eraseOnRequest, exportSubjectAccess } from '../services/retention/subject-access.service';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './router';

/** The retention and subject-access channels' handlers. */
export function retentionHandlers(ws: Workspace): Pick<Handlers, (typeof RETENTION_CHANNELS)[number]> {
  let fallback: PdfPrinter | undefined;
  const printer = (): PdfPrinter => ws.deps.pdfPrinter ?? (fallback ??= chromiumPdfPrinter());
  return {
    'retention.schedule.get': () => getRetentionSchedule(ws),
    'retention.schedule.update': (input) => updateRetentionSchedule(ws, input),
    'retention.preview': () => previewRetention(ws),
    'retention.purge': (input) => purgeRetention(ws, input),
    'subjectAccess.export': (input) => exportSubjectAccess(ws, input.personId, printer),
    'subjectAccess.correct': (input) => correctPerson(ws, input),
    'subjectAccess.corrections': (input) => correctionHistory(ws, input.personId),
    'subjectAccess.erase': (input) => eraseOnRequest(ws, input),
  };
}
