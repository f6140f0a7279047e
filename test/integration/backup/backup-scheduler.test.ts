import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentJob } from '../../../src/main/services/backup/backup-jobs';
import { runScheduledBackupIfDue, SCHEDULE_CHECK_MS, SIGN_IN_WATCH_MS, startBackupScheduler } from '../../../src/main/services/backup/backup-scheduler';
import type { BackupStatus } from '../../../src/shared/backup/schemas';
import { backupWorkspace, inlineDeps } from './helpers';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function fresh() {
  const t = await backupWorkspace({ start: '2026-11-20T08:00:00Z' });
  cleanups.push(t.cleanup);
  return t;
}

describe('scheduled backups', { timeout: 180_000 }, () => {
  it('run once a day while someone is signed in, and a missed day runs at the next check', async () => {
    const t = await fresh();
    const deps = inlineDeps();
    expect(await runScheduledBackupIfDue(t.ws, deps)).toBe('ran');
    t.clock.advance(6 * 3_600_000);
    expect(await runScheduledBackupIfDue(t.ws, deps)).toBe('not-due');
    // The office is closed for the weekend: nothing runs while locked…
    await t.ok('session.lock');
    t.clock.advance(3 * 86_400_000);
    expect(await runScheduledBackupIfDue(t.ws, deps)).toBe('locked');
    // …and on Monday morning the first check after sign-in makes the missed backup.
    await t.ok('session.signIn', { username: 'admin', password: 'lantern-orchard-pebble' });
    expect(await runScheduledBackupIfDue(t.ws, deps)).toBe('ran');
    expect(readdirSync(t.folder).filter((n) => n.endsWith('.db'))).toHaveLength(2);
    const audit = t.ws.unlocked!.open.db.prepare("SELECT detail FROM audit_log WHERE action = 'backup.create'").pluck().all();
    expect(audit).toEqual(['scheduled; 0 older set(s) rotated out', 'scheduled; 0 older set(s) rotated out']);
  });

  it('a failure shows on the home screen and is retried after half an hour, not every minute', async () => {
    const t = await fresh();
    const deps = inlineDeps();
    t.ws.unlocked!.open.db.prepare("UPDATE settings SET value = ? WHERE key = 'backup.folder'").run(JSON.stringify(join(t.dir, 'unplugged')));
    expect(await runScheduledBackupIfDue(t.ws, deps)).toBe('failed');
    expect(await t.ok<BackupStatus>('backup.status')).toMatchObject({ failing: true, stale: true });
    t.clock.advance(10 * 60_000);
    expect(await runScheduledBackupIfDue(t.ws, deps)).toBe('not-due');
    t.clock.advance(25 * 60_000);
    expect(await runScheduledBackupIfDue(t.ws, deps)).toBe('failed');
  });

  it('manual schedule, or no folder chosen: nothing runs by itself', async () => {
    const t = await fresh();
    await t.ok('backup.settings.update', { schedule: 'manual' });
    expect(await runScheduledBackupIfDue(t.ws, inlineDeps())).toBe('not-due');
    await t.ok('backup.settings.update', { schedule: 'daily', folder: null });
    expect(await runScheduledBackupIfDue(t.ws, inlineDeps())).toBe('not-due');
  });

  /** Starts the scheduler on timers the test fires by hand, keyed by their interval. */
  function startOnFakeTimers(t: Awaited<ReturnType<typeof fresh>>) {
    const ticks = new Map<number, () => void>();
    const cleared: unknown[] = [];
    const stop = startBackupScheduler(t.ws, {
      deps: inlineDeps(),
      timers: {
        setInterval: (fn, ms) => {
          ticks.set(ms, fn);
          return ms;
        },
        clearInterval: (h) => cleared.push(h),
      },
    });
    return { ticks, cleared, stop };
  }

  const setsIn = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.manifest.json')).length;

  it('the platform’s timer calls the check every minute and stops on quit', async () => {
    const t = await fresh();
    const { ticks, cleared, stop } = startOnFakeTimers(t);
    expect([...ticks.keys()].sort((a, b) => a - b)).toEqual([SIGN_IN_WATCH_MS, SCHEDULE_CHECK_MS]);
    ticks.get(SCHEDULE_CHECK_MS)!();
    await expect.poll(() => setsIn(t.folder), { timeout: 30_000 }).toBe(1);
    stop();
    expect(cleared.sort()).toEqual([SIGN_IN_WATCH_MS, SCHEDULE_CHECK_MS].sort());
  });

  it('checks just after sign-in, so a backup missed over the weekend is made before the minute’s check comes round, and only once', async () => {
    const t = await fresh();
    const { ticks, stop } = startOnFakeTimers(t);
    cleanups.push(stop);
    const watch = ticks.get(SIGN_IN_WATCH_MS)!;
    // Someone signed in already when the scheduler starts: the first look checks.
    watch();
    await expect.poll(() => setsIn(t.folder), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => currentJob(t.ws)).toBeNull();
    await t.ok('session.lock');
    watch();
    t.clock.advance(3 * 86_400_000);
    await t.ok('session.signIn', { username: 'admin', password: 'lantern-orchard-pebble' });
    // Only the sign-in watch has fired since: the missed backup is made.
    watch();
    await expect.poll(() => setsIn(t.folder), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => currentJob(t.ws)).toBeNull();
    // The same session seen again is not a sign-in: nothing more runs, even though one would be
    // due were the clock a day on.
    t.clock.advance(86_400_000 + 60_000);
    watch();
    watch();
    await new Promise((r) => setTimeout(r, 200));
    expect(currentJob(t.ws)).toBeNull();
    expect(setsIn(t.folder)).toBe(2);
    const audit = t.ws.unlocked!.open.db.prepare("SELECT detail FROM audit_log WHERE action = 'backup.create'").pluck().all();
    expect(audit).toHaveLength(2);
  });
});
