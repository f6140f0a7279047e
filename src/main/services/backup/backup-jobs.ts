import type { BackupJobKind, BackupPhase } from '../../../shared/backup/schemas';
import { AppError } from '../../../shared/errors';
import type { Workspace } from '../workspace';
import type { JobHandle } from './worker-runner';

/** What the running job is doing, for backup.status. */
export interface JobProgress {
  kind: BackupJobKind;
  phase: BackupPhase;
  percent: number;
}

interface JobSlot {
  current: JobProgress | null;
}

/*
 * Progress belongs to a workspace for as long as it lives. workspace.ts is shared by every
 * feature, so rather than add a field there, the slot hangs off the workspace in a WeakMap: one
 * job at a time per workspace, gone with it.
 */
const slots = new WeakMap<Workspace, JobSlot>();

function slotFor(ws: Workspace): JobSlot {
  let slot = slots.get(ws);
  if (!slot) {
    slot = { current: null };
    slots.set(ws, slot);
  }
  return slot;
}

/** The job running in this workspace, if any. */
export function currentJob(ws: Workspace): JobProgress | null {
  const c = slotFor(ws).current;
  return c ? { ...c } : null;
}

/** What a job body gets: a progress reporter and a way to register the worker to stop on lock. */
export interface JobControl {
  progress(phase: BackupPhase, percent: number): void;
  /** Registers a worker job; it is cancelled if the workspace locks while it runs. */
  attach(handle: JobHandle): JobHandle;
}

/** How often a running job checks whether the workspace has locked. */
const LOCK_CHECK_MS = 250;

/**
 * Runs one backup, verification or restore at a time. A second request while one runs is
 * refused with CONFLICT. If the workspace locks during the job, the worker is stopped (it holds
 * a copy of the data key, which locking must wipe).
 */
export async function runExclusive<T>(ws: Workspace, kind: BackupJobKind, body: (control: JobControl) => Promise<T>): Promise<T> {
  const slot = slotFor(ws);
  if (slot.current) throw new AppError('CONFLICT', `A ${slot.current.kind} is already running. Wait for it to finish.`);
  slot.current = { kind, phase: 'preparing', percent: 0 };
  const opened = ws.unlocked;
  const handles: JobHandle[] = [];
  const watch = setInterval(() => {
    if (ws.unlocked !== opened) for (const h of handles) h.cancel('The backup was stopped because Waymark locked. Nothing was kept; it will run again later.');
  }, LOCK_CHECK_MS);
  try {
    return await body({
      progress(phase, percent) {
        if (slot.current) slot.current = { kind, phase, percent: Math.min(100, Math.max(0, percent)) };
      },
      attach(handle) {
        handles.push(handle);
        return handle;
      },
    });
  } finally {
    clearInterval(watch);
    slot.current = null;
  }
}
