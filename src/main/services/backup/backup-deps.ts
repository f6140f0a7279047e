import { APP_VERSION } from '../../app-version';
import { LATEST_VERSION } from '../../db/migrations';
import { workerRunner, type JobRunner } from './worker-runner';

/** What backup, verify and restore need from outside; tests pass their own. */
export interface BackupDeps {
  runner: JobRunner;
  appVersion: string;
  /** The newest schema this build understands. */
  maxSchema: number;
}

/** The real dependencies: jobs in a worker thread. Built on first use, so importing is free. */
export function defaultBackupDeps(): BackupDeps {
  let runner: JobRunner | null = null;
  return {
    runner: (job, onProgress) => (runner ??= workerRunner())(job, onProgress),
    appVersion: APP_VERSION,
    maxSchema: LATEST_VERSION,
  };
}
