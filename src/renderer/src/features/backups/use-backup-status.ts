import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupStatus } from '../../../../shared/backup/schemas';
import { call } from '../../api/client';

/** How often the status is read: often while a job runs (for the progress bar), rarely otherwise. */
const RUNNING_MS = 500;
const IDLE_MS = 60_000;

/**
 * The backup status, re-read on a timer (and on demand with `refresh`). Returns null until the
 * first answer; an error leaves the last good answer in place.
 */
export function useBackupStatus(): { status: BackupStatus | null; refresh(): Promise<void> } {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const timer = useRef<number | null>(null);
  const alive = useRef(true);

  const refresh = useCallback(async () => {
    const r = await call('backup.status', {});
    if (!alive.current) return;
    if (r.ok) setStatus(r.value);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void refresh(), r.ok && r.value.running ? RUNNING_MS : IDLE_MS);
  }, []);

  useEffect(() => {
    alive.current = true;
    void refresh();
    return () => {
      alive.current = false;
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [refresh]);

  return { status, refresh };
}
