import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runScheduledBackupIfDue, startBackupScheduler } from '../../../src/main/services/backup/backup-scheduler';
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

  it('the platform’s timer calls the check on its interval and stops on quit', async () => {
    const t = await fresh();
    let tick: (() => void) | null = null;
    let cleared = false;
    const stop = startBackupScheduler(t.ws, {
      intervalMs: 60_000,
      deps: inlineDeps(),
      timers: {
        setInterval: (fn, ms) => {
          expect(ms).toBe(60_000);
          tick = fn;
          return 1;
        },
        clearInterval: () => {
          cleared = true;
        },
      },
    });
    (tick as unknown as () => void)();
    await expect.poll(() => readdirSync(t.folder).filter((n) => n.endsWith('.manifest.json')).length, { timeout: 30_000 }).toBe(1);
    stop();
    expect(cleared).toBe(true);
  });
});
