// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BackupStatus } from '../../src/shared/backup/schemas';
import type { Result } from '../../src/shared/errors';
import { homePanels } from '../../src/renderer/src/features/home/home-panels';
import { BackupStatusView } from '../../src/renderer/src/features/backups/BackupStatusPanel';
import { RestoreDialog } from '../../src/renderer/src/features/backups/RestoreDialog';
import '../../src/renderer/src/features/backups/register-home-panel';
import { fail, installFakeBridge, ok, renderApp, renderSignedIn, sessionFor } from './setup';

/* Pure view tests of the backup panel and restore dialog; the behaviour behind them is covered against the real router. */

const GOOD: BackupStatus = {
  running: false,
  kind: null,
  phase: null,
  percent: null,
  lastGoodAt: '2026-11-20T02:00:00.000Z',
  ageHours: 8,
  stale: false,
  failing: false,
  details: null,
};

describe('the backup panel on the home screen', () => {
  it('is registered once, for everyone who may read the backup status', () => {
    expect(homePanels.filter((p) => p.id === 'backups')).toEqual([expect.objectContaining({ title: 'Backups', channel: 'backup.status' })]);
  });

  it('says how old the last good backup is', () => {
    renderApp(<BackupStatusView status={GOOD} />);
    expect(screen.getByText(/Last good backup:/).textContent).toBe('Last good backup: 8 hours ago (20 Nov 2026, 02:00).');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns when there has been no backup for more than a day', () => {
    renderApp(<BackupStatusView status={{ ...GOOD, ageHours: 30, stale: true }} />);
    expect(screen.getByRole('status').textContent).toMatch(/No backup in the last 24 hours.*Tell an administrator/);
  });

  it('shows a failure banner: the reason for administrators, a plain request for everyone else', () => {
    const failing = { ...GOOD, ageHours: 30, stale: true, failing: true };
    const { unmount } = renderApp(<BackupStatusView status={failing} />);
    expect(screen.getByRole('alert').textContent).toMatch(/The last backup failed.*Tell an administrator/);
    unmount();
    renderApp(
      <BackupStatusView
        status={{
          ...failing,
          details: { folder: 'E:\\Backups', schedule: 'daily', lastGoodName: null, lastFailure: { at: '2026-11-20T09:00:00.000Z', code: 'BACKUP_FOLDER_UNAVAILABLE', message: 'The backup folder E:\\Backups was not found.' } },
        }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('The backup folder E:\\Backups was not found.');
  });

  it('shows progress while a backup runs, as a labelled progress bar', () => {
    renderApp(<BackupStatusView status={{ ...GOOD, running: true, kind: 'backup', phase: 'checking-integrity', percent: 70 }} />);
    const bar = screen.getByRole('progressbar', { name: /Backing up: Checking the database structure \(70%\)/ });
    expect(bar.getAttribute('aria-valuenow')).toBe('70');
  });

  it('says so when there has never been a backup', () => {
    renderApp(<BackupStatusView status={{ ...GOOD, lastGoodAt: null, ageHours: null, stale: true }} />);
    expect(screen.getByText('There has never been a good backup of this database.')).toBeTruthy();
  });
});

describe('the restore dialog', () => {
  it('asks for the password again, shows a wrong password beside the field, and sends the file chosen', async () => {
    const bridge = installFakeBridge({ 'backup.restore': () => fail('BAD_CREDENTIALS', 'Your password is not right.', { password: 'Your password is not right.' }) });
    renderSignedIn(<RestoreDialog target={{ file: 'E:\\Backups\\waymark-20261120-020000.db', description: 'the backup of 20 Nov 2026, 02:00' }} onClose={() => undefined} />, sessionFor('administrator'));
    expect(screen.getByText(/Every record will be as it was in the backup of 20 Nov 2026, 02:00/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    expect(await screen.findByText('Enter your password.')).toBeTruthy();
    expect(bridge.called('backup.restore')).toBe(0);
    fireEvent.change(screen.getByLabelText(/Your password/), { target: { value: 'not-my-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(screen.getByText('Your password is not right.')).toBeTruthy());
    expect(bridge.calls.find((c) => c.channel === 'backup.restore')?.input).toEqual({ file: 'E:\\Backups\\waymark-20261120-020000.db', password: 'not-my-password' });
  });

  it('shows the restore’s progress while it checks the backup: at once, then as it moves on, until it finishes', async () => {
    // The restore answers when the test says; the status shows the job once it has begun.
    let finish: (r: Result<unknown>) => void = () => undefined;
    let job: BackupStatus | null = null;
    const bridge = installFakeBridge({
      'backup.restore': () => new Promise((resolve) => (finish = resolve)),
      'backup.status': () => ok(job ?? GOOD),
    });
    let closed = false;
    renderSignedIn(<RestoreDialog target={{ file: '/b/waymark-20261120-020000.db', description: 'the backup' }} onClose={() => (closed = true)} />, sessionFor('administrator'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    fireEvent.change(screen.getByLabelText(/Your password/), { target: { value: 'lantern-orchard-pebble' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    // Before the status shows the job (the password is being checked): getting ready.
    expect((await screen.findByRole('progressbar', { name: 'Restoring: Getting ready (0%)' })).getAttribute('aria-valuenow')).toBe('0');
    await waitFor(() => expect(bridge.called('backup.status')).toBeGreaterThan(0));
    // The status is read every half second, not once a minute, even before it showed the job running.
    job = { ...GOOD, running: true, kind: 'restore', phase: 'checking-encryption', percent: 35 };
    const checking = await screen.findByRole('progressbar', { name: 'Restoring: Checking every page is intact and encrypted (35%)' }, { timeout: 2_000 });
    expect(checking.getAttribute('aria-valuenow')).toBe('35');
    job = { ...job, phase: 'swapping', percent: 90 };
    expect(await screen.findByRole('progressbar', { name: 'Restoring: Putting the backup in place (90%)' }, { timeout: 2_000 })).toBeTruthy();
    expect(closed).toBe(false);
    finish(ok({ restoredFrom: 'waymark-20261120-020000', schemaVersion: 5, safetyCopy: '/data/x.db', signedOut: true as const }));
    await waitFor(() => expect(closed).toBe(true));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('stops showing progress when a restore is refused, and says why', async () => {
    let finish: (r: Result<unknown>) => void = () => undefined;
    installFakeBridge({ 'backup.restore': () => new Promise((resolve) => (finish = resolve)), 'backup.status': () => ok(GOOD) });
    renderSignedIn(<RestoreDialog target={{ file: '/b/other.db', description: 'the backup' }} onClose={() => undefined} />, sessionFor('administrator'));
    fireEvent.change(screen.getByLabelText(/Your password/), { target: { value: 'lantern-orchard-pebble' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    expect(await screen.findByRole('progressbar', { name: /^Restoring:/ })).toBeTruthy();
    finish(fail('BACKUP_INVALID', 'This backup failed its check: a page is damaged.'));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByText(/a page is damaged/)).toBeTruthy();
  });

  it('closes after a successful restore', async () => {
    installFakeBridge({ 'backup.restore': () => ok({ restoredFrom: 'waymark-20261120-020000', schemaVersion: 5, safetyCopy: '/data/x.db', signedOut: true as const }) });
    let closed = false;
    renderSignedIn(<RestoreDialog target={{ file: '/b/waymark-20261120-020000.db', description: 'the backup' }} onClose={() => (closed = true)} />, sessionFor('administrator'));
    fireEvent.change(screen.getByLabelText(/Your password/), { target: { value: 'lantern-orchard-pebble' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(closed).toBe(true));
  });
});
