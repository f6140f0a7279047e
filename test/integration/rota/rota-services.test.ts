import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/main/db/repos/audit.repo';
import { signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { addRotaPerson, addShiftTypes, refused } from './rota-helpers';

let t: Awaited<ReturnType<typeof setUpWorkspace>>;
beforeEach(async () => {
  // Friday 20 November 2026, 10:00 London time.
  t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
});
afterEach(() => t.cleanup());

const auditRows = () => listAudit(t.ws.unlocked!.open.db, { limit: 500 });

describe('staff directory and leave', () => {
  it('keeps contact numbers for managers and administrators only', async () => {
    const amira = await addRotaPerson(t, 'Amira Khan', 'female', { role: 'support_worker', contactNumber: '07700 900123' });
    await addRotaPerson(t, 'Sessional Sam', 'male', { contactNumber: '07700 900456' });
    const asAdmin = await t.ok<{ name: string; contactNumber: string | null }[]>('rota.staff.list', {});
    expect(asAdmin.map((s) => [s.name, s.contactNumber])).toEqual([
      ['Amira Khan', '07700 900123'],
      ['Sessional Sam', '07700 900456'],
    ]);
    await signInAs(t, amira.username!);
    const asWorker = await t.ok<{ contactNumber: string | null }[]>('rota.staff.list', {});
    expect(asWorker.map((s) => s.contactNumber)).toEqual([null, null]);
  });

  it('refuses bad input with a message for each field', async () => {
    const e = await refused(t, 'rota.staff.add', { name: '', sex: 'unknown', role: 'manager', contractedHours: 200, contactNumber: 'call me' });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.fields).toMatchObject({
      name: 'Enter a name.',
      sex: 'Choose female, male, or other / not stated.',
      contractedHours: 'A week has 168 hours.',
      contactNumber: 'Use digits, spaces and + ( ) - only.',
    });
  });

  it('lets workers book their own leave but not a colleague’s; managers book anyone’s', async () => {
    const amira = await addRotaPerson(t, 'Amira', 'female', { role: 'night_worker' });
    const bea = await addRotaPerson(t, 'Bea', 'female', { role: 'support_worker' });
    await signInAs(t, amira.username!);
    const own = await t.ok<{ id: number }>('rota.leave.add', { staffId: amira.staffId, start: '2026-12-01T00:00', end: '2026-12-08T00:00', type: 'annual' });
    expect((await refused(t, 'rota.leave.add', { staffId: bea.staffId, start: '2026-12-01T00:00', end: '2026-12-02T00:00', type: 'annual' })).code).toBe('FORBIDDEN');
    expect((await refused(t, 'rota.leave.add', { staffId: amira.staffId, start: '2026-12-02T00:00', end: '2026-12-01T00:00', type: 'annual' })).fields).toEqual({
      end: 'Leave must end after it starts.',
    });
    await signInAs(t, 'admin');
    await t.ok('rota.leave.add', { staffId: bea.staffId, start: '2026-12-01T00:00', end: '2026-12-02T00:00', type: 'sick' });
    const list = await t.ok<{ staffId: number; type: string }[]>('rota.leave.list', { from: '2026-12-01', to: '2026-12-31' });
    expect(list.map((l) => [l.staffId, l.type])).toEqual([
      [amira.staffId, 'annual'],
      [bea.staffId, 'sick'],
    ]);
    // A colleague sees that Bea is away, not why.
    await signInAs(t, amira.username!);
    const seen = await t.ok<{ staffId: number; type: string }[]>('rota.leave.list', { from: '2026-12-01', to: '2026-12-31' });
    expect(seen.map((l) => [l.staffId, l.type])).toEqual([
      [amira.staffId, 'annual'],
      [bea.staffId, 'unavailable'],
    ]);
    await signInAs(t, 'admin');
    await t.ok('rota.leave.remove', { id: own.id });
    // The audit says who and which records, never the kind of leave.
    const leaveAudit = auditRows().filter((a) => a.action.startsWith('rota.leave'));
    expect(leaveAudit.map((a) => a.action)).toEqual(['rota.leave.remove', 'rota.leave.add', 'rota.leave.add']);
    expect(leaveAudit.every((a) => !/sick|annual/.test(a.detail ?? ''))).toBe(true);
  });
});

describe('rotations', () => {
  async function nightRotation() {
    const types = await addShiftTypes(t);
    const a = await addRotaPerson(t, 'Amira', 'female');
    const b = await addRotaPerson(t, 'Bea', 'female');
    const rotation = await t.ok<{ id: number }>('rota.rotations.add', {
      name: 'Night on call',
      shiftTypeId: types.night,
      startDate: '2026-11-02',
      startTime: '22:00',
      endTime: '08:00',
      turnLengthDays: 7,
      people: [a.staffId, b.staffId],
    });
    return { types, a, b, rotation };
  }

  it('an edit takes effect from its date; shifts before it stay exactly as they were', async () => {
    const { types, a, b, rotation } = await nightRotation();
    const past = await t.ok('rota.resolve', { from: '2026-11-02', to: '2026-11-27' });
    await t.ok('rota.rotations.edit', {
      rotationId: rotation.id,
      effectiveFrom: '2026-11-28',
      name: 'Night on call',
      shiftTypeId: types.night,
      startDate: '2026-11-02',
      startTime: '21:00',
      endTime: '07:00',
      turnLengthDays: 7,
      people: [b.staffId, a.staffId],
    });
    const again = await t.ok<{ assignments: unknown[] }>('rota.resolve', { from: '2026-11-02', to: '2026-11-27' });
    expect(again.assignments).toEqual((past as { assignments: unknown[] }).assignments);
    const after = await t.ok<{ assignments: { startLocal: string; staffId: number }[] }>('rota.resolve', { from: '2026-11-28', to: '2026-11-28' });
    // Turns still count from 2 November: the week from the 23rd is the fourth turn, now Amira's.
    expect(after.assignments.at(-1)).toMatchObject({ startLocal: '2026-11-28T21:00', staffId: a.staffId });
    const versions = (await t.ok<{ versions: { effectiveFrom: string }[] }[]>('rota.rotations.list'))[0]!.versions;
    expect(versions.map((v) => v.effectiveFrom)).toEqual(['2026-11-02', '2026-11-28']);
  });

  it('refuses an edit reaching into the past, or moving a shift that has started today', async () => {
    const { types, a, rotation } = await nightRotation();
    const pattern = { name: 'Night on call', shiftTypeId: types.night, startDate: '2026-11-02', startTime: '22:00', endTime: '08:00', turnLengthDays: 7, people: [a.staffId] };
    expect(await refused(t, 'rota.rotations.edit', { rotationId: rotation.id, effectiveFrom: '2026-11-19', ...pattern })).toMatchObject({
      code: 'CONFLICT',
      fields: { effectiveFrom: 'Choose today or a later date.' },
    });
    // Today (Friday 20th) at 10:00 the night shift has not started: an edit from today is fine.
    await t.ok('rota.rotations.edit', { rotationId: rotation.id, effectiveFrom: '2026-11-20', ...pattern });
    t.clock.set('2026-11-20T22:30:00Z');
    expect((await refused(t, 'rota.rotations.edit', { rotationId: rotation.id, effectiveFrom: '2026-11-20', ...pattern })).message).toMatch(/already started today/);
  });

  it('ends a rotation after a date', async () => {
    const { rotation } = await nightRotation();
    await t.ok('rota.rotations.end', { rotationId: rotation.id, lastDate: '2026-11-30' });
    const r = await t.ok<{ assignments: { startLocal: string }[] }>('rota.resolve', { from: '2026-11-29', to: '2026-12-05' });
    expect(r.assignments.map((x) => x.startLocal)).toEqual(['2026-11-28T22:00', '2026-11-29T22:00', '2026-11-30T22:00']);
  });

  it('lets an override be removed before it starts but not after', async () => {
    const { types, a, b } = await nightRotation();
    const early = await t.ok<{ id: number }>('rota.overrides.add', { shiftTypeId: types.night, staffId: b.staffId, replacesStaffId: a.staffId, start: '2026-11-19T22:00', end: '2026-11-20T08:00' });
    const later = await t.ok<{ id: number }>('rota.overrides.add', { shiftTypeId: types.night, staffId: b.staffId, replacesStaffId: a.staffId, start: '2026-11-21T22:00', end: '2026-11-22T08:00' });
    expect((await refused(t, 'rota.overrides.remove', { id: early.id })).code).toBe('CONFLICT');
    await t.ok('rota.overrides.remove', { id: later.id });
    expect(await t.ok('rota.overrides.list', { from: '2026-11-01', to: '2026-11-30' })).toHaveLength(1);
  });
});

describe('swaps', () => {
  it('goes from request to acceptance to approval, and then changes the rota', async () => {
    const types = await addShiftTypes(t);
    const a = await addRotaPerson(t, 'Amira', 'female', { role: 'support_worker' });
    const b = await addRotaPerson(t, 'Bea', 'female', { role: 'night_worker' });
    await addRotaPerson(t, 'Manny', 'male', { role: 'manager' });
    await t.ok('rota.rotations.add', { name: 'Nights', shiftTypeId: types.night, startDate: '2026-11-02', startTime: '22:00', endTime: '08:00', turnLengthDays: 1, people: [a.staffId] });
    const give = { shiftTypeId: types.night, start: '2026-11-24T22:00', end: '2026-11-25T08:00' };
    await signInAs(t, a.username!);
    const swap = await t.ok<{ id: number; state: string }>('rota.swaps.request', { requesterStaffId: a.staffId, counterpartStaffId: b.staffId, give });
    expect(swap.state).toBe('requested');
    expect((await refused(t, 'rota.swaps.accept', { id: swap.id })).code).toBe('FORBIDDEN');
    expect((await refused(t, 'rota.swaps.approve', { id: swap.id })).code).toBe('FORBIDDEN');
    await signInAs(t, b.username!);
    expect((await t.ok<{ state: string }>('rota.swaps.accept', { id: swap.id })).state).toBe('accepted');
    await signInAs(t, 'manny');
    expect((await t.ok<{ state: string }>('rota.swaps.approve', { id: swap.id, comment: 'Fine' })).state).toBe('approved');
    const r = await t.ok<{ assignments: { startLocal: string; staffId: number; source: { kind: string } }[] }>('rota.resolve', { from: '2026-11-24', to: '2026-11-24' });
    expect(r.assignments.find((x) => x.startLocal === '2026-11-24T22:00')).toMatchObject({ staffId: b.staffId, source: { kind: 'swap' } });
    expect(auditRows().filter((x) => x.action.startsWith('rota.swap.')).map((x) => x.action)).toEqual(['rota.swap.approve', 'rota.swap.accept', 'rota.swap.request']);
  });
});

describe('working-time warnings', () => {
  it('shows managers the warnings, lets them override with a comment (audited), and shows workers none', async () => {
    const types = await addShiftTypes(t);
    const a = await addRotaPerson(t, 'Amira', 'female', { role: 'support_worker' });
    await t.ok('rota.oneOffs.add', { shiftTypeId: types.day, staffId: a.staffId, start: '2026-11-23T09:00', end: '2026-11-23T21:00' });
    await t.ok('rota.oneOffs.add', { shiftTypeId: types.day, staffId: a.staffId, start: '2026-11-24T06:00', end: '2026-11-24T14:00' });
    const view = await t.ok<{ warnings: { rule: string; keys: string[]; overridden: boolean }[] }>('rota.resolve', { from: '2026-11-23', to: '2026-11-29' });
    expect(view.warnings.map((w) => [w.rule, w.overridden])).toEqual([['daily_rest', false]]);
    expect((await refused(t, 'rota.warnings.override', { keys: view.warnings[0]!.keys, comment: '   ' })).fields).toEqual({ comment: 'This cannot be empty.' });
    expect(await t.ok('rota.warnings.override', { keys: view.warnings[0]!.keys, comment: 'Amira asked for this; covered by agreement' })).toEqual({ overridden: 1 });
    const after = await t.ok<{ warnings: { overridden: boolean; overrides: { comment: string }[] }[] }>('rota.resolve', { from: '2026-11-23', to: '2026-11-29' });
    expect(after.warnings[0]).toMatchObject({ overridden: true, overrides: [{ comment: 'Amira asked for this; covered by agreement' }] });
    expect(auditRows()[0]).toMatchObject({ action: 'rota.warning.override', entityId: view.warnings[0]!.keys[0] });
    await signInAs(t, a.username!);
    expect((await t.ok<{ warnings: unknown[] }>('rota.resolve', { from: '2026-11-23', to: '2026-11-29' })).warnings).toEqual([]);
  });
});
