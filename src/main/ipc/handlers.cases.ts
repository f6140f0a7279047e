import type { CASES_CHANNELS } from '../../shared/ipc/cases/channels.cases';
import { assignWorker, restrictCase } from '../services/cases/case-admin.service';
import { getCaseRecord, listCaseSummaries } from '../services/cases/case-record.service';
import { discardMyDraft, getMyDraft, saveMyDraft } from '../services/cases/drafts.service';
import { removeChild, saveChild, updateAdult } from '../services/cases/people.service';
import { saveCourtOrderRecord, savePerpetratorRecord } from '../services/cases/perpetrators.service';
import { adjustPriority, contactDueList, createReferral, decide, leaveWaitingList, logContactAttempt, possibleMatches, waitingList } from '../services/cases/referrals.service';
import { checklist, loadChecklist, resetChecklist } from '../services/cases/checklist.service';
import { addIncident, assess, saveMaracReferral } from '../services/cases/risk.service';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './router';

/** The intake and case channels' handlers. */
export function casesHandlers(ws: Workspace): Pick<Handlers, (typeof CASES_CHANNELS)[number]> {
  return {
    'referrals.create': (input) => createReferral(ws, input),
    'referrals.matches': (input) => possibleMatches(ws, input),
    'referrals.logContact': (input) => logContactAttempt(ws, input),
    'referrals.contactDue': () => contactDueList(ws),
    'referrals.decide': (input) => decide(ws, input),
    'waitingList.list': () => waitingList(ws),
    'waitingList.adjust': (input) => adjustPriority(ws, input),
    'waitingList.leave': (input) => leaveWaitingList(ws, input),
    'cases.list': (input) => listCaseSummaries(ws, input),
    'cases.get': (input) => getCaseRecord(ws, input.householdId),
    'cases.restrict': (input) => restrictCase(ws, input),
    'cases.assignWorker': (input) => assignWorker(ws, input),
    'cases.updateAdult': (input) => updateAdult(ws, input.householdId, input.profile),
    'cases.saveChild': (input) => saveChild(ws, input),
    'cases.removeChild': (input) => removeChild(ws, input),
    'cases.savePerpetrator': (input) => savePerpetratorRecord(ws, input),
    'cases.saveCourtOrder': (input) => saveCourtOrderRecord(ws, input),
    'risk.checklist': () => checklist(ws),
    'risk.checklistLoad': (input) => loadChecklist(ws, input),
    'risk.checklistReset': () => resetChecklist(ws),
    'risk.assess': (input) => assess(ws, input),
    'risk.addIncident': (input) => addIncident(ws, input),
    'risk.saveMarac': (input) => saveMaracReferral(ws, input),
    'drafts.save': (input) => saveMyDraft(ws, input.kind, input.payload),
    'drafts.get': (input) => getMyDraft(ws, input.kind),
    'drafts.discard': (input) => discardMyDraft(ws, input.kind),
  };
}
