import type { BackupPhase } from '../../../shared/backup/schemas';
import type { VerifiedFile, VerifyExpectations } from './copy-verify';

/*
 * The messages between the main thread and the backup worker. The data key crosses in a
 * SharedArrayBuffer, so the main thread can zero-fill the one copy both threads see when the job
 * ends or the app locks; nothing else secret crosses.
 */

/** Work for the backup worker. */
export type WorkerJob =
  | { kind: 'copy'; sourcePath: string; target: string; dbId: string; maxSchema: number; key: SharedArrayBuffer }
  | { kind: 'verify'; path: string; expect: VerifyExpectations; key: SharedArrayBuffer };

/** A typed failure carried across the thread boundary. */
export interface WorkerFailure {
  /** An AppError's stable code, or a Node/SQLite error code, or null. */
  code: string | null;
  message: string;
  /** Whether `code` is one of ours (AppError) rather than a system code. */
  appError: boolean;
}

/** What the worker sends back. */
export type WorkerMessage =
  | { type: 'progress'; phase: BackupPhase; percent: number }
  | { type: 'done'; result: VerifiedFile }
  | { type: 'failed'; failure: WorkerFailure };
