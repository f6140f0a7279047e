import type { SANCTUARY_CHANNELS } from '../../shared/ipc/sanctuary/channels.sanctuary';
import { addOverride, calendarYear, removeOverride } from '../services/sanctuary/calendar.service';
import { saveAssessment } from '../services/sanctuary/assessments.service';
import { getSanctuaryCase, listSanctuaryCases, sanctuaryDue, updateSanctuaryCase } from '../services/sanctuary/case-record.service';
import { approveMeasures, fitMeasureService, recordCouncilApproval, refuseMeasureService, requestMeasure } from '../services/sanctuary/measures.service';
import { ratesList, saveRate, saveSupportRate } from '../services/sanctuary/rates.service';
import { closeSanctuaryCase, decideSanctuary, referToSanctuary, referToWaitingList, sanctuaryCandidates } from '../services/sanctuary/refer.service';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './router';

/** The sanctuary scheme's and the working-day calendar's handlers. */
export function sanctuaryHandlers(ws: Workspace): Pick<Handlers, (typeof SANCTUARY_CHANNELS)[number]> {
  return {
    'sanctuary.list': (input) => listSanctuaryCases(ws, input),
    'sanctuary.get': (input) => getSanctuaryCase(ws, input.caseId),
    'sanctuary.candidates': () => sanctuaryCandidates(ws),
    'sanctuary.refer': (input) => referToSanctuary(ws, input),
    'sanctuary.decide': (input) => decideSanctuary(ws, input),
    'sanctuary.update': (input) => updateSanctuaryCase(ws, input),
    'sanctuary.assessments.save': (input) => saveAssessment(ws, input),
    'sanctuary.measures.request': (input) => requestMeasure(ws, input),
    'sanctuary.measures.approve': (input) => approveMeasures(ws, input),
    'sanctuary.measures.fit': (input) => fitMeasureService(ws, input),
    'sanctuary.measures.refuse': (input) => refuseMeasureService(ws, input),
    'sanctuary.councilApproval.record': (input) => recordCouncilApproval(ws, input),
    'sanctuary.referToWaitingList': (input) => referToWaitingList(ws, input),
    'sanctuary.close': (input) => closeSanctuaryCase(ws, input),
    'sanctuary.due': () => sanctuaryDue(ws),
    'sanctuary.rates.list': () => ratesList(ws),
    'sanctuary.rates.save': (input) => saveRate(ws, input),
    'sanctuary.supportRate.save': (input) => saveSupportRate(ws, input.hourlyPence),
    'workingDays.calendar': (input) => calendarYear(ws, input.year),
    'workingDays.add': (input) => addOverride(ws, input),
    'workingDays.remove': (input) => removeOverride(ws, input.date),
  };
}
