import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { auditActions } from '../../helpers/support';
import { COUNCIL_HOME, referToSanctuary, requestMeasure, sanctuaryRows } from '../../helpers/sanctuary';

/*
 * Who may do what on the sanctuary scheme and with staff records: the router's role table and the
 * per-case check for restricted cases. A refused call writes nothing to the records (the audit
 * log notes a role refusal, as it does for every channel).
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
let manny = 0;
beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-03-09T10:00:00Z' });
  manny = await addStaff(t, 'manny', 'manager', 'Manny Manager');
  await addStaff(t, 'sally', 'support_worker', 'Sally Support');
  await addStaff(t, 'nina', 'night_worker', 'Nina Night');
});
afterEach(() => t.cleanup());

describe('sanctuary: roles', () => {
  it('lets a night worker take a sanctuary referral and record a fitting, but not change the schedule, the support rate or the calendar', async () => {
    await signInAs(t, 'nina');
    const c = await referToSanctuary(t);
    const alarm = await requestMeasure(t, c.caseId, 'personal_alarm');
    await t.ok('sanctuary.measures.fit', { measureId: alarm, fittedOn: '2026-03-09', costPence: 2_500 });
    const before = sanctuaryRows(t);
    for (const [channel, input] of [
      ['sanctuary.rates.save', { kind: 'other', name: 'Window film', level: 'lower', unitCostPence: 2000, needsFireCheck: false, altersProperty: true }],
      ['sanctuary.supportRate.save', { hourlyPence: 3000 }],
      ['workingDays.add', { date: '2026-06-08', kind: 'holiday', name: 'One-off' }],
      ['staffRecords.matrix', {}],
      ['staffRecords.dbs.add', { staffId: 1, checkedOn: '2026-01-01' }],
    ] as const) {
      expect(await t.router.call(channel, input), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(sanctuaryRows(t)).toBe(before);
    expect(auditActions(t).filter((a) => a === 'access.denied')).toHaveLength(5);
  });

  it('lets a manager keep the schedule of rates, and only an administrator change the calendar', async () => {
    await signInAs(t, 'manny');
    const r = await t.ok<{ id: number }>('sanctuary.rates.save', { kind: 'other', name: 'Window security film', level: 'lower', unitCostPence: 2000, unit: 'window', needsFireCheck: false, altersProperty: true });
    await t.ok('sanctuary.supportRate.save', { hourlyPence: 2800 });
    expect(await t.ok<{ supportHourlyPence: number; rates: { id: number }[] }>('sanctuary.rates.list')).toMatchObject({ supportHourlyPence: 2800, rates: expect.arrayContaining([expect.objectContaining({ id: r.id })]) });
    expect(await t.router.call('workingDays.add', { date: '2026-06-08', kind: 'holiday', name: 'One-off' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await signInAs(t, 'admin');
    await t.ok('workingDays.add', { date: '2026-06-08', kind: 'holiday', name: 'One-off' });
  });
});

describe('sanctuary: restricted cases', () => {
  it('keeps a restricted case closed to workers not named on it, in the record, the actions and the lists', async () => {
    const c = await referToSanctuary(t, { name: 'Rita Relative' });
    const lock = await requestMeasure(t, c.caseId, 'lock_change');
    await t.ok('cases.restrict', { householdId: c.householdId, userIds: [manny], reason: 'A relative of a staff member' });
    await signInAs(t, 'sally');
    const before = sanctuaryRows(t);
    for (const [channel, input] of [
      ['sanctuary.get', { caseId: c.caseId }],
      ['sanctuary.measures.fit', { measureId: lock, fittedOn: '2026-03-09', costPence: 4_500 }],
      ['sanctuary.measures.request', { caseId: c.caseId, rateId: 1, requestedOn: '2026-03-09' }],
      ['sanctuary.assessments.save', { caseId: c.caseId, part: 'case_risk', agency: 'police', startedOn: '2026-03-09' }],
      ['sanctuary.update', { caseId: c.caseId, home: COUNCIL_HOME }],
      ['sanctuary.referToWaitingList', { caseId: c.caseId, reason: 'Not safe any more' }],
      ['sanctuary.councilApproval.record', { caseId: c.caseId, approvedOn: '2026-03-09', reference: 'X', measureIds: [lock] }],
    ] as const) {
      expect(await t.router.call(channel, input), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(sanctuaryRows(t)).toBe(before);
    expect(auditActions(t).filter((a) => a === 'case.denied').length).toBeGreaterThanOrEqual(7);
    // The lists still show that the case exists (so nobody's deadline is missed), not who it is.
    const list = await t.ok<{ displayName: string; restricted: boolean; tenure: string | null }[]>('sanctuary.list', {});
    expect(list).toEqual([expect.objectContaining({ displayName: 'Restricted case', restricted: true, tenure: null })]);
    t.clock.set('2026-03-12T10:00:00Z');
    const due = await t.ok<{ displayName: string; what: string }[]>('sanctuary.due');
    expect(due.every((d) => d.displayName === 'Restricted case' && !d.what.includes('Lock'))).toBe(true);
    await signInAs(t, 'manny');
    expect(await t.ok<{ displayName: string }>('sanctuary.get', { caseId: c.caseId })).toMatchObject({ displayName: 'Rita Relative' });
  });

  it('lists a restricted referral waiting for a case, and a restricted case, by reference only to everyone not named on it', async () => {
    const waiting = await t.ok<{ referralId: number; householdId: number; reference: string }>('referrals.create', {
      receivedAt: t.clock.now().toISOString(),
      source: 'police',
      name: 'Rita Relative',
      alias: 'Bluebell',
      requests: ['sanctuary'],
    });
    const c = await referToSanctuary(t, { name: 'Rosa Relative' });
    // Restricted by the manager, so the administrator is not named on them (whoever restricts is).
    await signInAs(t, 'manny');
    for (const householdId of [waiting.householdId, c.householdId]) await t.ok('cases.restrict', { householdId, userIds: [manny], reason: 'A relative of a staff member' });
    t.clock.set('2026-03-12T10:00:00Z');
    for (const who of ['sally', 'nina', 'admin']) {
      await signInAs(t, who);
      const candidates = await t.ok('sanctuary.candidates');
      expect(candidates, who).toEqual([expect.objectContaining({ referralId: waiting.referralId, reference: waiting.reference, displayName: 'Restricted case', restricted: true })]);
      const list = await t.ok('sanctuary.list', {});
      expect(list, who).toEqual([expect.objectContaining({ reference: c.reference, displayName: 'Restricted case', restricted: true })]);
      const due = await t.ok<{ reference: string; displayName: string }[]>('sanctuary.due');
      expect(due.length, who).toBeGreaterThan(0);
      expect(due.every((d) => d.reference === c.reference && d.displayName === 'Restricted case'), who).toBe(true);
      expect(JSON.stringify([candidates, list, due]), who).not.toMatch(/Rita|Rosa|Bluebell|Harbourtown/);
    }
    await signInAs(t, 'manny');
    expect(await t.ok('sanctuary.candidates')).toEqual([expect.objectContaining({ displayName: 'Rita Relative', restricted: false })]);
    expect(await t.ok('sanctuary.list', {})).toEqual([expect.objectContaining({ displayName: 'Rosa Relative', restricted: false })]);
  });
});

describe('sanctuary: validation', () => {
  it('refuses dates in the future or before the referral, and fitting a refused measure, writing nothing', async () => {
    const c = await referToSanctuary(t);
    const lock = await requestMeasure(t, c.caseId, 'lock_change');
    await t.ok('sanctuary.measures.refuse', { measureId: lock, refusedOn: '2026-03-09', reason: 'household_declined' });
    const before = sanctuaryRows(t);
    expect(await t.router.call('sanctuary.measures.fit', { measureId: lock, fittedOn: '2026-03-09', costPence: 100 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.router.call('sanctuary.measures.request', { caseId: c.caseId, rateId: 1, requestedOn: '2026-03-10' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { requestedOn: expect.any(String) } } });
    expect(await t.router.call('sanctuary.assessments.save', { caseId: c.caseId, part: 'property', agency: 'police', startedOn: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.router.call('sanctuary.assessments.save', { caseId: c.caseId, part: 'fire_safety', agency: 'fire_service', startedOn: '2026-03-09', completedOn: '2026-03-09' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { outcome: expect.any(String) } },
    });
    expect(await t.router.call('sanctuary.refer', { from: 'new', referral: { receivedAt: '2026-03-09T10:00:00Z', source: 'self', name: 'X' }, home: { tenure: 'owner', landlordPermission: 'awaited' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await t.router.call('sanctuary.close', { caseId: c.caseId, closedOn: '2026-03-09', reason: 'moved_to_safe_accommodation' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(sanctuaryRows(t)).toBe(before);
  });
});
