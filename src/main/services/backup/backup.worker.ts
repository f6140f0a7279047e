import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { copyDatabase, verifyDatabaseFile, type Report } from './copy-verify';
import type { WorkerFailure, WorkerJob, WorkerMessage } from './worker-protocol';

/*
 * The backup worker thread: copies or verifies one database file and exits. A separate entry of
 * the build (see entry-points.ts), so the thread that answers the window never runs a long
 * integrity check.
 */

function send(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function failureOf(e: unknown): WorkerFailure {
  if (e instanceof AppError) return { code: e.code, message: e.message, appError: true };
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : null;
  return { code, message: e instanceof Error ? e.message : String(e), appError: false };
}

function run(job: WorkerJob): void {
  // A private copy of the key for this thread; the shared one is wiped by the main thread.
  const key = Buffer.from(new Uint8Array(job.key));
  let last = '';
  const report: Report = (phase, percent) => {
    // One message per whole percent per phase is plenty for a progress bar.
    const key = `${phase}:${Math.floor(percent)}`;
    if (key === last) return;
    last = key;
    send({ type: 'progress', phase, percent: Math.min(100, Math.max(0, percent)) });
  };
  try {
    const result =
      job.kind === 'copy'
        ? copyDatabase(job.sourcePath, key, job.target, job.dbId, job.maxSchema, report)
        : verifyDatabaseFile(job.path, key, job.expect, report);
    send({ type: 'done', result });
  } catch (e) {
    send({ type: 'failed', failure: failureOf(e) });
  } finally {
    key.fill(0);
  }
}

run(workerData as WorkerJob);
