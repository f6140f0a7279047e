import type { ROTA_CHANNELS } from '../../shared/ipc/rota/channels.rota';
import type { Handlers } from './router';
import { chromiumPdfPrinter } from '../services/pdf/chromium-pdf';
import type { PdfPrinter } from '../services/pdf/pdf-printer';
import { acknowledgeHandover, getHandover, listHandovers, listUnread, writeHandover } from '../services/rota/handover.service';
import { closeFollowUp, correctCall, listCalls, listFollowUps, logCall } from '../services/rota/phone-log.service';
import { addCover, listCoverIn, removeCover } from '../services/rota/rota-cover.service';
import { exportHoursCsv, exportIcs, exportPdf } from '../services/rota/rota-export.service';
import { addRotation, editRotation, endRotation, listRotations } from '../services/rota/rota-rotations.service';
import { addRequirement, addShiftType, listRequirements, listShiftTypes, updateRequirement, updateShiftType } from '../services/rota/rota-setup.service';
import { addLeave, addStaff, listLeave, listStaff, removeLeave, setStaffActive, staffCandidates, updateStaff } from '../services/rota/rota-staff.service';
import { actOnSwap, listSwaps, requestSwap } from '../services/rota/rota-swaps.service';
import { onNow, overrideWarnings, resolvePeriod } from '../services/rota/rota-view.service';
import type { Workspace } from '../services/workspace';

/** What the rota handlers need beyond the workspace (tests pass a printer of their own). */
export interface RotaHandlerDeps {
  pdf?: PdfPrinter;
}

/** The rota, phone log and handover channels' handlers. */
export function rotaHandlers(ws: Workspace, deps: RotaHandlerDeps = {}): Pick<Handlers, (typeof ROTA_CHANNELS)[number]> {
  // The platform's printer (Electron's printToPDF) when it gave one; otherwise headless Chromium
  // for the CLI, the dev shell and tests, created on first use so nothing launches until someone prints.
  let fallback: PdfPrinter | undefined;
  const pdf = (): PdfPrinter => deps.pdf ?? ws.deps.pdfPrinter ?? (fallback ??= chromiumPdfPrinter());
  return {
    'rota.onNow': (input) => onNow(ws, input),
    'rota.resolve': (input) => resolvePeriod(ws, input),
    'rota.staff.list': (input) => listStaff(ws, input),
    'rota.staff.candidates': () => staffCandidates(ws),
    'rota.staff.add': (input) => addStaff(ws, input),
    'rota.staff.update': (input) => updateStaff(ws, input),
    'rota.staff.setActive': (input) => setStaffActive(ws, input),
    'rota.leave.list': (input) => listLeave(ws, input),
    'rota.leave.add': (input) => addLeave(ws, input),
    'rota.leave.remove': (input) => removeLeave(ws, input),
    'rota.shiftTypes.list': () => listShiftTypes(ws),
    'rota.shiftTypes.add': (input) => addShiftType(ws, input),
    'rota.shiftTypes.update': (input) => updateShiftType(ws, input),
    'rota.requirements.list': () => listRequirements(ws),
    'rota.requirements.add': (input) => addRequirement(ws, input),
    'rota.requirements.update': (input) => updateRequirement(ws, input),
    'rota.rotations.list': () => listRotations(ws),
    'rota.rotations.add': (input) => addRotation(ws, input),
    'rota.rotations.edit': (input) => editRotation(ws, input),
    'rota.rotations.end': (input) => endRotation(ws, input),
    'rota.oneOffs.list': (input) => listCoverIn(ws, 'one_off', input),
    'rota.oneOffs.add': (input) => addCover(ws, 'one_off', input),
    'rota.oneOffs.remove': (input) => removeCover(ws, 'one_off', input),
    'rota.overrides.list': (input) => listCoverIn(ws, 'override', input),
    'rota.overrides.add': (input) => addCover(ws, 'override', input),
    'rota.overrides.remove': (input) => removeCover(ws, 'override', input),
    'rota.swaps.list': (input) => listSwaps(ws, input),
    'rota.swaps.request': (input) => requestSwap(ws, input),
    'rota.swaps.accept': (input) => actOnSwap(ws, 'accept', input),
    'rota.swaps.approve': (input) => actOnSwap(ws, 'approve', input),
    'rota.swaps.decline': (input) => actOnSwap(ws, 'decline', input),
    'rota.swaps.cancel': (input) => actOnSwap(ws, 'cancel', input),
    'rota.warnings.override': (input) => overrideWarnings(ws, input),
    'rota.export.pdf': (input) => exportPdf(ws, input, pdf()),
    'rota.export.ics': (input) => exportIcs(ws, input),
    'rota.export.csv': (input) => exportHoursCsv(ws, input),
    'phoneLog.list': (input) => listCalls(ws, input),
    'phoneLog.followUps': () => listFollowUps(ws),
    'phoneLog.add': (input) => logCall(ws, input),
    'phoneLog.update': (input) => correctCall(ws, input),
    'phoneLog.closeFollowUp': (input) => closeFollowUp(ws, input),
    'handover.list': (input) => listHandovers(ws, input),
    'handover.get': (input) => getHandover(ws, input),
    'handover.unread': (input) => listUnread(ws, input),
    'handover.add': (input) => writeHandover(ws, input),
    'handover.acknowledge': (input) => acknowledgeHandover(ws, input),
  };
}
