import type { IMPORT_CHANNELS } from '../../shared/ipc/import/channels.import';
import { createImportJobs, importStatus, previewImport, startImport } from '../services/import/import.service';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './router';

/** The import channels' handlers; the running and recent imports live with them. */
export function importHandlers(ws: Workspace): Pick<Handlers, (typeof IMPORT_CHANNELS)[number]> {
  const jobs = createImportJobs();
  return {
    'import.preview': (input) => previewImport(ws, input),
    'import.run': (input) => startImport(ws, jobs, input),
    'import.status': (input) => importStatus(ws, jobs, input.jobId),
  };
}
