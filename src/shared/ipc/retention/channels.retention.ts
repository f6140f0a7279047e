/** Channels of the retention schedule and purge. */
export const RETENTION_CHANNELS = ['retention.schedule.get', 'retention.schedule.update', 'retention.preview', 'retention.purge'] as const;
