import type { Workspace } from '../services/workspace';
import { allocationHandlers } from './handlers.allocation';
import { backupHandlers } from './handlers.backup';
import { casesHandlers } from './handlers.cases';
import { coreHandlers } from './handlers.core';
import { importHandlers } from './handlers.import';
import { reportsHandlers } from './handlers.reports';
import { retentionHandlers } from './handlers.retention';
import { rotaHandlers } from './handlers.rota';
import { sanctuaryHandlers } from './handlers.sanctuary';
import { staffRecordsHandlers } from './handlers.staff-records';
import { supportHandlers } from './handlers.support';
import type { Handlers } from './router';

/** The channel → service table, gathered from each feature. A feature adds one spread here. */
export function createHandlers(ws: Workspace): Handlers {
  return {
    ...coreHandlers(ws),
    ...casesHandlers(ws),
    ...rotaHandlers(ws),
    ...backupHandlers(ws),
    ...allocationHandlers(ws),
    ...supportHandlers(ws),
    ...reportsHandlers(ws),
    ...sanctuaryHandlers(ws),
    ...staffRecordsHandlers(ws),
    ...importHandlers(ws),
    ...retentionHandlers(ws),
  };
}
