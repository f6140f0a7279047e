import { backupDue } from '../../../shared/backup/schedule';
import { readBackupRecord, readBackupSettings } from '../../db/repos/backup-state.repo';
import type { Workspace } from '../workspace';
import type { BackupDeps } from './backup-deps';
import { currentJob } from './backup-jobs';
import { backupNow } from './backup.service';

/** How often the platform asks whether a scheduled backup is due. */
export const SCHEDULE_CHECK_MS = 60_000;

/**
 * Runs a scheduled backup if one is due. Backups need the data key, so they run only while
 * someone is signed in; one missed while the app was closed or locked runs at the next check after
 * sign-in. Never throws: a failure is recorded for the banner by backupNow.
 */
export async function runScheduledBackupIfDue(ws: Workspace, deps?: BackupDeps): Promise<'ran' | 'failed' | 'not-due' | 'locked' | 'busy'> {
  if (!ws.unlocked || !ws.session) return 'locked';
  if (currentJob(ws)) return 'busy';
  // An import writing in one long transaction: a backup now could copy half of it. Next check.
  if (ws.gate.busy) return 'busy';
  let due: boolean;
  try {
    const db = ws.unlocked.open.db;
    const settings = readBackupSettings(db);
    const record = readBackupRecord(db);
    const lastFailureAt = record.lastFailure && (!record.lastGoodAt || record.lastFailure.at > record.lastGoodAt) ? record.lastFailure.at : null;
    due = settings.folder !== null && backupDue({ lastGoodAt: record.lastGoodAt, lastFailureAt }, ws.deps.clock.now(), settings.schedule);
  } catch {
    return 'not-due';
  }
  if (!due) return 'not-due';
  try {
    await backupNow(ws, { trigger: 'scheduled' }, deps);
    return 'ran';
  } catch {
    return 'failed';
  }
}

/** Timers, injectable for tests. */
export interface SchedulerTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/**
 * How often the scheduler looks for someone having just signed in: comparing one reference, no
 * database, so it can be often.
 */
export const SIGN_IN_WATCH_MS = 5_000;

/**
 * Starts checking on an interval (the platform calls this once at start-up), and once more just
 * after each sign-in (or at the first look, if someone is signed in already): a backup missed
 * while the app was closed or locked is made then, rather than at the next minute's check, which
 * never comes for someone who signs in for a moment at night. Returns the stop function for
 * quitting.
 */
export function startBackupScheduler(
  ws: Workspace,
  opts: { intervalMs?: number; signInWatchMs?: number; timers?: SchedulerTimers; deps?: BackupDeps } = {},
): () => void {
  const timers: SchedulerTimers = opts.timers ?? { setInterval: (fn, ms) => setInterval(fn, ms), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) };
  const check = () => void runScheduledBackupIfDue(ws, opts.deps);
  // Each sign-in makes a new session object; locking sets it to null.
  let seen: Workspace['session'] = null;
  const watch = timers.setInterval(() => {
    if (ws.session === seen) return;
    seen = ws.session;
    if (seen) check();
  }, opts.signInWatchMs ?? SIGN_IN_WATCH_MS);
  const handle = timers.setInterval(check, opts.intervalMs ?? SCHEDULE_CHECK_MS);
  return () => {
    timers.clearInterval(watch);
    timers.clearInterval(handle);
  };
}
