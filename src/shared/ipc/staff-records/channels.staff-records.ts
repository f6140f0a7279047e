/** Channels of staff records: training, DBS checks and specialist FTE. */
export const STAFF_RECORDS_CHANNELS = [
  'staffRecords.matrix',
  'staffRecords.person',
  'staffRecords.due',
  'staffRecords.courses.save',
  'staffRecords.training.add',
  'staffRecords.training.remove',
  'staffRecords.dbs.add',
  'staffRecords.dbs.remove',
  'staffRecords.fte.save',
  'staffRecords.fte.remove',
  'staffRecords.fte.summary',
] as const;
