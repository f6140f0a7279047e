import { afterEach, describe, expect, it } from 'vitest';
import type { FolderChoice } from '../../../src/shared/backup/folder-choice';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * The "Choose folder…" button asks the platform for the OS folder dialog through the router. The
 * dialog itself is Electron's (a platform dependency, like the PDF printer), so here it is a
 * stand-in that records where it was asked to start.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function fresh() {
  const t = await setUpWorkspace();
  cleanups.push(t.cleanup);
  return t;
}

describe('choosing the backup folder with the folder dialog', () => {
  it('is not available where there is no dialog (the dev shell, the CLI): the path is typed instead', async () => {
    const t = await fresh();
    expect(await t.ok<boolean>('backup.folderPicker.available')).toBe(false);
    expect(await t.ok<FolderChoice>('backup.folderPicker.choose', {})).toEqual({ available: false, folder: null });
  });

  it('an administrator gets the folder chosen, the dialog starting in the folder given; cancelling gives none', async () => {
    const t = await fresh();
    const asked: (string | null)[] = [];
    let answer: string | null = '/media/usb/Waymark backups';
    t.ws.deps.chooseFolder = async (startIn) => {
      asked.push(startIn);
      return answer;
    };
    expect(await t.ok<boolean>('backup.folderPicker.available')).toBe(true);
    expect(await t.ok<FolderChoice>('backup.folderPicker.choose', { startIn: '/media/usb' })).toEqual({ available: true, folder: '/media/usb/Waymark backups' });
    answer = null;
    expect(await t.ok<FolderChoice>('backup.folderPicker.choose', {})).toEqual({ available: true, folder: null });
    expect(asked).toEqual(['/media/usb', null]);
    // Choosing is not saving: the settings change only when the form is saved.
    expect(await t.ok<{ folder: string | null }>('backup.settings.get')).toMatchObject({ folder: null });
  });

  it('a manager cannot open the dialog, and a start folder that is not a full path is refused before it opens', async () => {
    const t = await fresh();
    let opened = 0;
    t.ws.deps.chooseFolder = async () => {
      opened++;
      return '/somewhere';
    };
    const bad = await t.router.call('backup.folderPicker.choose', { startIn: 'relative/path' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await addStaff(t, 'mona', 'manager', 'Mona Manager');
    await signInAs(t, 'mona');
    for (const channel of ['backup.folderPicker.available', 'backup.folderPicker.choose']) {
      expect(await t.router.call(channel, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(opened).toBe(0);
  });
});
