/** Channels of the retention schedule and purge, and of data-subject rights. */
export const RETENTION_CHANNELS = [
  'retention.schedule.get',
  'retention.schedule.update',
  'retention.preview',
  'retention.purge',
  'subjectAccess.export',
  'subjectAccess.correct',
  'subjectAccess.corrections',
  'subjectAccess.erase',
] as const;
