// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BackupSettings } from '../../src/shared/backup/schemas';
import { BackupSettingsForm } from '../../src/renderer/src/features/backups/BackupSettingsForm';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/* The "Choose folder…" button of the backup settings: offered only where the OS dialog exists. */

const SETTINGS: BackupSettings = { folder: null, schedule: 'daily', retention: { daily: 14, weekly: 8, monthly: 12 } };

describe('choosing the backup folder', () => {
  it('in the desktop app, the folder chosen in the dialog fills the box, starting from the path typed', async () => {
    const bridge = installFakeBridge({
      'backup.folderPicker.available': () => ok(true),
      'backup.folderPicker.choose': () => ok({ available: true, folder: 'E:\\Waymark backups' }),
    });
    renderSignedIn(<BackupSettingsForm initial={{ ...SETTINGS, folder: 'E:\\' }} onSaved={() => undefined} />, sessionFor('administrator'));
    fireEvent.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Backup folder' }) as HTMLInputElement).value).toBe('E:\\Waymark backups'));
    expect(bridge.calls.find((c) => c.channel === 'backup.folderPicker.choose')?.input).toEqual({ startIn: 'E:\\' });
    // Choosing is not saving.
    expect(bridge.called('backup.settings.update')).toBe(0);
  });

  it('cancelling the dialog leaves the typed path as it was', async () => {
    const bridge = installFakeBridge({
      'backup.folderPicker.available': () => ok(true),
      'backup.folderPicker.choose': () => ok({ available: true, folder: null }),
    });
    renderSignedIn(<BackupSettingsForm initial={{ ...SETTINGS, folder: '/media/usb' }} onSaved={() => undefined} />, sessionFor('administrator'));
    fireEvent.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    await waitFor(() => expect(bridge.called('backup.folderPicker.choose')).toBe(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Choose folder…' }).hasAttribute('data-loading')).toBe(false));
    expect((screen.getByRole('textbox', { name: 'Backup folder' }) as HTMLInputElement).value).toBe('/media/usb');
  });

  it('without the dialog (the dev shell) there is no button, and the typed path is saved', async () => {
    const bridge = installFakeBridge({
      'backup.folderPicker.available': () => ok(false),
      'backup.settings.update': (input) => ok({ ...SETTINGS, folder: (input as { folder: string }).folder }),
    });
    renderSignedIn(<BackupSettingsForm initial={SETTINGS} onSaved={() => undefined} />, sessionFor('administrator'));
    await waitFor(() => expect(bridge.called('backup.folderPicker.available')).toBe(1));
    expect(screen.queryByRole('button', { name: 'Choose folder…' })).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Backup folder' }), { target: { value: '/media/usb/backups' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save backup settings' }));
    await waitFor(() => expect(bridge.calls.find((c) => c.channel === 'backup.settings.update')?.input).toMatchObject({ folder: '/media/usb/backups' }));
  });
});
