import type { STAFF_RECORDS_CHANNELS } from '../../shared/ipc/staff-records/channels.staff-records';
import {
  addDbs,
  addTraining,
  fteSummary,
  personRecords,
  removeDbs,
  removeFte,
  removeTraining,
  saveCourse,
  saveFte,
  staffDue,
  trainingMatrix,
} from '../services/staff-records/staff-records.service';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './router';

/** The staff-records channels' handlers. */
export function staffRecordsHandlers(ws: Workspace): Pick<Handlers, (typeof STAFF_RECORDS_CHANNELS)[number]> {
  return {
    'staffRecords.matrix': (input) => trainingMatrix(ws, input),
    'staffRecords.person': (input) => personRecords(ws, input.staffId),
    'staffRecords.due': () => staffDue(ws),
    'staffRecords.courses.save': (input) => saveCourse(ws, input),
    'staffRecords.training.add': (input) => addTraining(ws, input),
    'staffRecords.training.remove': (input) => removeTraining(ws, input.id),
    'staffRecords.dbs.add': (input) => addDbs(ws, input),
    'staffRecords.dbs.remove': (input) => removeDbs(ws, input.id),
    'staffRecords.fte.save': (input) => saveFte(ws, input),
    'staffRecords.fte.remove': (input) => removeFte(ws, input.id),
    'staffRecords.fte.summary': (input) => fteSummary(ws, input),
  };
}
