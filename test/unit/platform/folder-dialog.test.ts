import { describe, expect, it } from 'vitest';
import { backupFolderDialogOptions, chosenFolder } from '../../../src/main/platform/folder-dialog';

describe('the backup folder dialog', () => {
  it('offers folders only, lets a new folder be made, and keeps the choice out of the recent lists', () => {
    const o = backupFolderDialogOptions(null);
    expect(o.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory', 'dontAddToRecent']));
    expect(o.properties).not.toContain('openFile');
    expect(o.properties).not.toContain('multiSelections');
    expect(o).toMatchObject({ title: 'Choose the backup folder', buttonLabel: 'Use this folder' });
    expect(o).not.toHaveProperty('defaultPath');
  });

  it('starts in the folder already set, and nowhere in particular when it is blank', () => {
    expect(backupFolderDialogOptions('E:\\Waymark backups').defaultPath).toBe('E:\\Waymark backups');
    expect(backupFolderDialogOptions('   ')).not.toHaveProperty('defaultPath');
  });

  it('reads the folder chosen, and nothing when the dialog was cancelled', () => {
    expect(chosenFolder({ canceled: false, filePaths: ['E:\\Waymark backups'] })).toBe('E:\\Waymark backups');
    expect(chosenFolder({ canceled: true, filePaths: ['E:\\Waymark backups'] })).toBeNull();
    expect(chosenFolder({ canceled: false, filePaths: [] })).toBeNull();
  });
});
