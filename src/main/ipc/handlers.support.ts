import type { SUPPORT_CHANNELS } from '../../shared/ipc/support/channels.support';
import { chromiumPdfPrinter } from '../services/pdf/chromium-pdf';
import type { PdfPrinter } from '../services/pdf/pdf-printer';
import { addSpend, getBudget, setBudgetAllocation, voidBudgetSpend } from '../services/support/budget.service';
import { addContact, addFeedback, listContacts, listFeedback, periodTotals } from '../services/support/contacts.service';
import { followUpsDue, reviewsDue } from '../services/support/due-lists.service';
import { listEvents, saveEvent } from '../services/support/events.service';
import { endMoveOnSupport, getExit, recordExit, recordExitFollowUp, startMoveOnSupport } from '../services/support/exit.service';
import { letterPdf, previewLetter, recordLetterPrint } from '../services/support/letters/letters.service';
import { listLetterTemplates, saveLetterSettings, saveLetterTemplate } from '../services/support/letters/templates.service';
import { getPlan, recordScores, savePlan } from '../services/support/plan.service';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './router';

/** The support, exit and letter channels' handlers. */
export function supportHandlers(ws: Workspace): Pick<Handlers, (typeof SUPPORT_CHANNELS)[number]> {
  // The platform's printer when it passed one (Electron's printToPDF); otherwise headless Chromium,
  // created on first use so nothing is launched until someone prints.
  let fallback: PdfPrinter | undefined;
  const printer = (): PdfPrinter => ws.deps.pdfPrinter ?? (fallback ??= chromiumPdfPrinter());
  return {
    'support.plan.get': (input) => getPlan(ws, input.householdId),
    'support.plan.save': (input) => savePlan(ws, input),
    'support.plan.scores': (input) => recordScores(ws, input),
    'support.reviewsDue': () => reviewsDue(ws),
    'support.contacts.list': (input) => listContacts(ws, input),
    'support.contacts.add': (input) => addContact(ws, input),
    'support.contacts.totals': (input) => periodTotals(ws, input),
    'support.feedback.list': (input) => listFeedback(ws, input.householdId),
    'support.feedback.add': (input) => addFeedback(ws, input),
    'support.events.list': (input) => listEvents(ws, input.householdId),
    'support.events.save': (input) => saveEvent(ws, input),
    'support.budget.get': (input) => getBudget(ws, input.householdId),
    'support.budget.allocate': (input) => setBudgetAllocation(ws, input),
    'support.budget.spend': (input) => addSpend(ws, input),
    'support.budget.voidSpend': (input) => voidBudgetSpend(ws, input),
    'support.moveOn.start': (input) => startMoveOnSupport(ws, input),
    'support.moveOn.end': (input) => endMoveOnSupport(ws, input),
    'exits.get': (input) => getExit(ws, input.householdId),
    'exits.record': (input) => recordExit(ws, input),
    'exits.followUp': (input) => recordExitFollowUp(ws, input),
    'exits.followUpsDue': () => followUpsDue(ws),
    'letters.templates.list': () => listLetterTemplates(ws),
    'letters.templates.save': (input) => saveLetterTemplate(ws, input),
    'letters.settings.save': (input) => saveLetterSettings(ws, input),
    'letters.preview': (input) => previewLetter(ws, input),
    'letters.pdf': (input) => letterPdf(ws, input, printer()),
    'letters.recordPrint': (input) => recordLetterPrint(ws, input),
  };
}
