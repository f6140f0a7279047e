import { Worker } from 'node:worker_threads';
import type { BackupPhase } from '../../../shared/backup/schemas';
import { AppError } from '../../../shared/errors';
import { resolveEntry, type EntryPoint } from '../../entry-points';
import { BackupFailedError } from './backup-errors';
import type { VerifiedFile } from './copy-verify';
import type { WorkerJob, WorkerMessage } from './worker-protocol';

/** A job as the main thread describes it: the key as a Buffer, which the runner never keeps. */
export type JobRequest = DistributiveOmit<WorkerJob, 'key'> & { key: Buffer };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Progress as the job reports it. */
export type OnProgress = (phase: BackupPhase, percent: number) => void;

/** A running job: its result, and a way to stop it (when the app locks). */
export interface JobHandle {
  result: Promise<VerifiedFile>;
  cancel(reason: string): void;
}

/** Runs copy and verify jobs; the service takes one so tests can swap it. */
export type JobRunner = (job: JobRequest, onProgress: OnProgress) => JobHandle;

/** An error thrown in the worker, rebuilt on this side with its code. */
function rebuild(failure: { code: string | null; message: string; appError: boolean }): Error {
  if (failure.appError && failure.code) return new AppError(failure.code as AppError['code'], failure.message);
  return Object.assign(new Error(failure.message), { code: failure.code ?? undefined });
}

/**
 * Runs each job in a fresh worker thread. The data key is copied into a SharedArrayBuffer the
 * worker reads once; this side zero-fills it when the job ends, fails or is cancelled.
 */
export function workerRunner(entry: EntryPoint = resolveEntry('backup-worker')): JobRunner {
  return (request, onProgress) => {
    const shared = new SharedArrayBuffer(request.key.length);
    new Uint8Array(shared).set(request.key);
    const job = { ...request, key: shared } as WorkerJob;
    const worker = new Worker(entry.file, { workerData: job, execArgv: entry.execArgv });
    let settled = false;
    let rejectFn: (e: Error) => void = () => {};
    const wipe = () => new Uint8Array(shared).fill(0);
    const result = new Promise<VerifiedFile>((resolve, reject) => {
      rejectFn = reject;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        wipe();
        fn();
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') onProgress(m.phase, m.percent);
        else if (m.type === 'done') finish(() => resolve(m.result));
        else finish(() => reject(rebuild(m.failure)));
      });
      worker.on('error', (e) => finish(() => reject(new BackupFailedError(`The backup stopped unexpectedly (${e.message}). Nothing was kept.`))));
      worker.on('exit', (code) => finish(() => reject(new BackupFailedError(`The backup stopped unexpectedly (exit ${code}). Nothing was kept.`))));
    });
    return {
      result,
      cancel(reason) {
        if (settled) return;
        settled = true;
        wipe();
        void worker.terminate();
        rejectFn(new BackupFailedError(reason));
      },
    };
  };
}
