import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupStatus } from '../../../../shared/backup/schemas';
import { call } from '../../api/client';

/** How often the status is read: often while a job runs (for the progress bar), rarely otherwise. */
const RUNNING_MS = 500;
const IDLE_MS = 60_000;

/**
 * The backup status, re-read on a timer (and on demand with `refresh`). Returns null until the
 * first answer; an error leaves the last good answer in place.
 *
 * `watch`: a job this screen started is under way, so the status is read at once and then as
 * often as while a job runs, even before it shows as running (a restore checks the password
 * first, and an idle reading taken then would not come round again for a minute).
 */
export function useBackupStatus({ watch = false }: { watch?: boolean } = {}): { status: BackupStatus | null; refresh(): Promise<void> } {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const timer = useRef<number | null>(null);
  const alive = useRef(true);
  // A ref, so a reading already on its way when `watch` changes still sets the right next timer.
  const watching = useRef(watch);

  const refresh = useCallback(async () => {
    const r = await call('backup.status', {});
    if (!alive.current) return;
    if (r.ok) setStatus(r.value);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void refresh(), watching.current || (r.ok && r.value.running) ? RUNNING_MS : IDLE_MS);
  }, []);

  useEffect(() => {
    alive.current = true;
    void refresh();
    return () => {
      alive.current = false;
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [refresh]);

  useEffect(() => {
    if (watching.current === watch) return;
    watching.current = watch;
    // A job starting is read at once.
    if (watch) void refresh();
  }, [watch, refresh]);

  return { status, refresh };
}
