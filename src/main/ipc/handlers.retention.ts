import type { RETENTION_CHANNELS } from '../../shared/ipc/retention/channels.retention';
import { getRetentionSchedule, previewRetention, purgeRetention, updateRetentionSchedule } from '../services/retention/retention.service';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './router';

/** The retention channels' handlers. */
export function retentionHandlers(ws: Workspace): Pick<Handlers, (typeof RETENTION_CHANNELS)[number]> {
  return {
    'retention.schedule.get': () => getRetentionSchedule(ws),
    'retention.schedule.update': (input) => updateRetentionSchedule(ws, input),
    'retention.preview': () => previewRetention(ws),
    'retention.purge': (input) => purgeRetention(ws, input),
  };
}
