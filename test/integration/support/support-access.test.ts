import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { addStaff, signInAs } from '../../helpers/staff';
import { auditActions, communityHousehold, residentHousehold, todayOf } from '../../helpers/support';

/*
 * Who may do what with support records: the router's role table and the per-case checks in the
 * services (restricted cases, ending a stay, a unit's address on a letter).
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-03-02T10:00:00Z' });
  await addStaff(t, 'manny', 'manager', 'Manny Manager');
  await addStaff(t, 'sally', 'support_worker', 'Sally Support');
  await addStaff(t, 'nina', 'night_worker', 'Nina Night');
});
afterEach(() => t.cleanup());

describe('support: roles and restricted cases', () => {
  it('lets a night worker log a contact but not set a personal budget, edit letter templates or see service totals', async () => {
    const h = await communityHousehold(t);
    await signInAs(t, 'nina');
    await t.ok('support.contacts.add', { householdId: h.householdId, contactOn: todayOf(t), minutes: 20, timeKind: 'paid', workerId: t.ws.session!.userId, supportType: 'general' });
    for (const [channel, input] of [
      ['support.budget.allocate', { householdId: h.householdId, allocationPence: 10_000 }],
      ['letters.templates.save', { code: 'x-letter', title: 'X', letterhead: '', body: 'Hello', signOff: '' }],
      ['letters.settings.save', { getBackInTouch: 'x', outOfHoursNumber: '1', nationalHelpline: '2' }],
      ['support.contacts.totals', { from: '2026-01-01', to: '2026-03-31' }],
    ] as const) {
      expect(await t.router.call(channel, input), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(auditActions(t).filter((a) => a === 'access.denied')).toHaveLength(4);
  });

  it('keeps a restricted case closed to workers not named on it, in every panel and list', async () => {
    const h = await communityHousehold(t);
    const manny = (await t.ok<{ id: number }[]>('users.list')).find((u) => (u as unknown as { username: string }).username === 'manny')!.id;
    await t.ok('support.plan.save', { householdId: h.householdId, areas: [], nextReviewOn: '2026-03-03' });
    await t.ok('cases.restrict', { householdId: h.householdId, userIds: [manny], reason: 'A relative of a staff member' });
    await signInAs(t, 'sally');
    for (const channel of ['support.plan.get', 'support.contacts.list', 'support.feedback.list', 'support.events.list', 'support.budget.get', 'exits.get'] as const) {
      expect(await t.router.call(channel, { householdId: h.householdId }), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await t.router.call('letters.preview', { householdId: h.householdId, templateCode: 'discharge' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.router.call('support.contacts.add', { householdId: h.householdId, contactOn: todayOf(t), minutes: 5, timeKind: 'paid', workerName: 'S', supportType: 'general' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // The reviews list still shows the case exists (so nobody is missed) but not who it is.
    t.clock.set('2026-03-04T09:00:00Z');
    expect(await t.ok('support.reviewsDue')).toEqual([expect.objectContaining({ householdId: h.householdId, displayName: 'Restricted case', hidden: true, workerName: null })]);
    await signInAs(t, 'manny');
    expect(await t.ok('support.reviewsDue')).toEqual([expect.objectContaining({ displayName: 'Cara Community', hidden: false })]);
  });

  it('needs a manager to record an exit that ends a stay; a support worker may end community support', async () => {
    const resident = await residentHousehold(t);
    const community = await communityHousehold(t);
    await signInAs(t, 'sally');
    t.clock.set('2026-03-05T10:00:00Z');
    const exit = { exitedOn: '2026-03-05', planned: true, reason: 'moved_on_planned', destination: 'private_rented', achievingIndependence: 'yes' };
    expect(await t.router.call('exits.record', { householdId: resident.householdId, ...exit })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const db = () => t.ws.unlocked!.open.db;
    expect(db().prepare('SELECT count(*) AS n FROM support_exits').get()).toEqual({ n: 0 });
    expect(db().prepare('SELECT end_date FROM unit_stays WHERE id = ?').get(resident.stayId)).toEqual({ end_date: null });
    expect(auditActions(t)).toContain('support.exit.denied');
    await t.ok('exits.record', { householdId: community.householdId, ...exit });
    await signInAs(t, 'manny');
    await t.ok('exits.record', { householdId: resident.householdId, ...exit });
    expect(db().prepare('SELECT end_date FROM unit_stays WHERE id = ?').get(resident.stayId)).toEqual({ end_date: '2026-03-05' });
  });

  it('refuses support on a household whose referral has not been accepted', async () => {
    const r = await t.ok<{ householdId: number }>('referrals.create', { receivedAt: t.clock.now().toISOString(), source: 'self', name: 'Not Yet' });
    expect(await t.router.call('support.contacts.add', { householdId: r.householdId, contactOn: todayOf(t), minutes: 5, timeKind: 'paid', workerName: 'S', supportType: 'general' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('no accepted referral') },
    });
    expect(await t.ok('support.plan.get', { householdId: r.householdId })).toEqual({ episode: null, plan: null, assessments: [] });
  });
});
