import { afterEach, describe, expect, it } from 'vitest';
import { signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { addRotaPerson } from './rota-helpers';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

type Person = { name: string; contactNumber: string | null };

describe('reaching the manager on call at night', () => {
  it('a night worker sees the on-call manager’s number on "on now", but cannot browse everyone’s numbers', async () => {
    const t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
    cleanups.push(t.cleanup);
    const mo = await addRotaPerson(t, 'Mo Manager', 'male', { role: 'manager', contactNumber: '07700 900777' });
    await addRotaPerson(t, 'Nia Night', 'female', { role: 'night_worker', username: 'nia', contactNumber: '07700 900111' });
    await addRotaPerson(t, 'Sessional Sue', 'female', { contactNumber: '07700 900222' });
    const moc = await t.ok<{ id: number }>('rota.shiftTypes.add', { name: 'Manager on call', kind: 'manager_on_call', defaultStart: '17:00', defaultEnd: '09:00', covers: ['manager_on_call'], nightWork: false, countsAsWorkingTime: false });
    await t.ok('rota.oneOffs.add', { shiftTypeId: moc.id, staffId: mo.staffId, start: '2026-11-20T17:00', end: '2026-11-21T09:00', note: '' });
    await signInAs(t, 'nia');
    const now = await t.ok<{ managerOnCall: Person[] }>('rota.onNow', { at: '2026-11-21T02:00:00Z' });
    expect(now.managerOnCall).toEqual([expect.objectContaining({ name: 'Mo Manager', contactNumber: '07700 900777' })]);
    const directory = await t.ok<Person[]>('rota.staff.list', {});
    expect(directory.every((p) => p.contactNumber === null)).toBe(true);
  });
});
