import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/main/db/repos/audit.repo';
import { signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { addRotaPerson, addShiftTypes, refused } from './rota-helpers';

let t: Awaited<ReturnType<typeof setUpWorkspace>>;
let types: Awaited<ReturnType<typeof addShiftTypes>>;
let rotationId: number;
let sam: Awaited<ReturnType<typeof addRotaPerson>>;
let nina: Awaited<ReturnType<typeof addRotaPerson>>;
beforeAll(async () => {
  t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
  types = await addShiftTypes(t);
  sam = await addRotaPerson(t, 'Sam Support', 'male', { role: 'support_worker' });
  nina = await addRotaPerson(t, 'Nina Night', 'female', { role: 'night_worker' });
  await addRotaPerson(t, 'Mo Manager', 'female', { role: 'manager', username: 'mo' });
  rotationId = (await t.ok<{ id: number }>('rota.rotations.add', { name: 'Nights', shiftTypeId: types.night, startDate: '2026-11-23', startTime: '22:00', endTime: '08:00', turnLengthDays: 1, people: [nina.staffId] })).id;
});
afterAll(() => t.cleanup());

describe('who may do what on the rota', () => {
  it('a support worker cannot edit a rotation, add cover, or change shift types; the refusal is audited', async () => {
    await signInAs(t, sam.username!);
    const edit = { rotationId, effectiveFrom: '2026-12-01', name: 'Nights', shiftTypeId: types.night, startDate: '2026-11-23', startTime: '22:00', endTime: '08:00', turnLengthDays: 1, people: [sam.staffId] };
    expect((await refused(t, 'rota.rotations.edit', edit)).code).toBe('FORBIDDEN');
    expect(listAudit(t.ws.unlocked!.open.db, { limit: 1 })[0]).toMatchObject({ action: 'access.denied', entityId: 'rota.rotations.edit', username: sam.username });
    expect((await refused(t, 'rota.overrides.add', { shiftTypeId: types.night, staffId: sam.staffId, start: '2026-11-25T22:00', end: '2026-11-26T08:00' })).code).toBe('FORBIDDEN');
    expect((await refused(t, 'rota.shiftTypes.update', { id: types.night })).code).toBe('FORBIDDEN');
    expect((await refused(t, 'rota.export.csv', { from: '2026-11-01', to: '2026-11-30' })).code).toBe('FORBIDDEN');
  });

  it('every role reads the rota and who is on now', async () => {
    for (const who of [sam.username!, nina.username!, 'mo', 'admin']) {
      await signInAs(t, who);
      const r = await t.ok<{ assignments: unknown[] }>('rota.resolve', { from: '2026-11-23', to: '2026-11-29' });
      expect(r.assignments.length).toBe(7);
      await t.ok('rota.onNow', {});
    }
  });

  it('a night worker logs calls and writes handovers; a manager edits the rota', async () => {
    await signInAs(t, nina.username!);
    await t.ok('phoneLog.add', { callerType: 'resident', actionTaken: 'Talked it through.' });
    await t.ok('handover.add', { generalNotes: 'All quiet.' });
    await signInAs(t, 'mo');
    await t.ok('rota.rotations.edit', { rotationId, effectiveFrom: '2026-12-01', name: 'Nights', shiftTypeId: types.night, startDate: '2026-11-23', startTime: '22:00', endTime: '08:00', turnLengthDays: 1, people: [nina.staffId, sam.staffId] });
  });
});
