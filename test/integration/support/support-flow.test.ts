import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanView } from '../../../src/shared/support/schemas/plan.schema';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { advanceDays, auditActions, communityHousehold, residentHousehold, todayOf } from '../../helpers/support';

/*
 * A household's support from arrival to exit, through the router on a real encrypted database:
 * the plan and outcome scores, weeks of contacts with totals, session feedback, events, the
 * exit that ends the stay and schedules the follow-up, move-on support, and the case timeline.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-03-02T10:00:00Z' });
});
afterEach(() => t.cleanup());

const AREAS_WITH_NEED = ['mental_health', 'settled_accommodation', 'harm_from_others'];

async function planWithNeeds(householdId: number) {
  await t.ok('support.plan.save', {
    householdId,
    areas: ['confidence', 'income_debt', 'mental_health', 'meaningful_time', 'settled_accommodation', 'harm_from_others', 'social_capital'].map((area) => ({
      area,
      hasNeed: AREAS_WITH_NEED.includes(area),
      goals: AREAS_WITH_NEED.includes(area) ? `Goal for ${area}` : '',
    })),
    safetyPlan: 'Code word with the office; route to school avoids the high street.',
    agreedOn: todayOf(t),
    nextReviewOn: '2026-03-30',
  });
}

describe('support while resident, and the exit', () => {
  it('records a plan with scores at entry, review and exit, and shows how each area moved', async () => {
    const h = await residentHousehold(t);
    await planWithNeeds(h.householdId);
    await t.ok('support.plan.scores', { householdId: h.householdId, stage: 'entry', assessedOn: todayOf(t), scores: { mental_health: 2, settled_accommodation: 1, harm_from_others: 2 } });
    advanceDays(t, 28);
    await t.ok('support.plan.scores', { householdId: h.householdId, stage: 'review', assessedOn: todayOf(t), scores: { mental_health: 3, settled_accommodation: 2, harm_from_others: 2 }, nextReviewOn: '2026-05-01' });
    advanceDays(t, 30);
    await t.ok('exits.record', {
      householdId: h.householdId, exitedOn: todayOf(t), planned: true, reason: 'moved_on_planned', destination: 'social_housing', achievingIndependence: 'yes',
      finalScores: { mental_health: 4, settled_accommodation: 5, harm_from_others: 2 },
    });
    const view = await t.ok<PlanView>('support.plan.get', { householdId: h.householdId });
    const byArea = Object.fromEntries(view.plan!.areas.map((a) => [a.area, a]));
    expect(byArea.mental_health).toMatchObject({ hasNeed: true, first: 2, latest: 4, change: 'improved' });
    expect(byArea.harm_from_others).toMatchObject({ change: 'same' });
    expect(byArea.confidence).toMatchObject({ hasNeed: false, change: null });
    expect(view.assessments.map((a) => a.stage)).toEqual(['entry', 'review', 'exit']);
    expect(view.plan!.reviewStatus).toBeNull();
  });

  it('logs weeks of contacts and totals paid and volunteer time by type, for the household and a period', async () => {
    const h = await residentHousehold(t);
    const me = t.ws.session!.userId;
    for (let week = 0; week < 6; week++) {
      await t.ok('support.contacts.add', { householdId: h.householdId, contactOn: todayOf(t), minutes: 60, timeKind: 'paid', workerId: me, supportType: week % 2 ? 'advocacy' : 'general', notes: `Week ${week + 1}` });
      await t.ok('support.contacts.add', { householdId: h.householdId, contactOn: todayOf(t), minutes: 30, timeKind: 'unpaid', workerName: 'Vera Volunteer', supportType: 'childrens_support' });
      advanceDays(t, 7);
    }
    const all = await t.ok<{ items: unknown[]; totals: { paidMinutes: number; unpaidMinutes: number; byType: Record<string, number> } }>('support.contacts.list', { householdId: h.householdId });
    expect(all.items).toHaveLength(12);
    expect(all.totals).toMatchObject({ paidMinutes: 360, unpaidMinutes: 180, byType: { general: 180, advocacy: 180, childrens_support: 180 } });
    const march = await t.ok<{ totals: { totalMinutes: number } }>('support.contacts.list', { householdId: h.householdId, from: '2026-03-01', to: '2026-03-31' });
    expect(march.totals.totalMinutes).toBe(5 * 90);
    const service = await t.ok<{ households: number; paidMinutes: number }>('support.contacts.totals', { from: '2026-03-01', to: '2026-04-30' });
    expect(service).toMatchObject({ households: 1, paidMinutes: 360 });
  });

  it('refuses a contact in the future, or before the referral arrived', async () => {
    const h = await residentHousehold(t);
    const future = await t.router.call('support.contacts.add', { householdId: h.householdId, contactOn: '2026-03-03', minutes: 10, timeKind: 'paid', workerName: 'X', supportType: 'general' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { contactOn: 'The contact date cannot be in the future.' } } });
    const before = await t.router.call('support.contacts.add', { householdId: h.householdId, contactOn: '2026-02-01', minutes: 10, timeKind: 'paid', workerName: 'X', supportType: 'general' });
    expect(before).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('records session feedback totals with one decimal place, refusing totals above 40', async () => {
    const h = await communityHousehold(t);
    await t.ok('support.feedback.add', { householdId: h.householdId, sessionOn: todayOf(t), outcomeTotal: 18.4, sessionTotal: 36 });
    advanceDays(t, 7);
    await t.ok('support.feedback.add', { householdId: h.householdId, sessionOn: todayOf(t), outcomeTotal: 24.1, sessionTotal: null });
    const bad = await t.router.call('support.feedback.add', { householdId: h.householdId, sessionOn: todayOf(t), outcomeTotal: 40.5 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const list = await t.ok<{ sessions: { outcomeTotal: number | null; sessionTotal: number | null }[] }>('support.feedback.list', { householdId: h.householdId });
    expect(list.sessions.map((s) => [s.outcomeTotal, s.sessionTotal])).toEqual([[18.4, 36], [24.1, null]]);
  });

  it('logs events of every kind, updates a complaint when resolved, and lists MARAC referrals from the case', async () => {
    const h = await communityHousehold(t);
    await t.ok('support.events.save', { householdId: h.householdId, kind: 'safeguarding', eventOn: todayOf(t), about: 'child', raisedWith: 'childrens_social_care', outcome: 'Strategy meeting held' });
    await t.ok('support.events.save', { householdId: h.householdId, kind: 'hrbp', eventOn: todayOf(t) });
    await t.ok('support.events.save', { householdId: h.householdId, kind: 'serious_incident', eventOn: '2026-03-02', category: 'location_compromised', commissionerToldOn: todayOf(t) });
    const c = await t.ok<{ id: number }>('support.events.save', { householdId: h.householdId, kind: 'complaint', eventOn: todayOf(t), theme: 'communication' });
    await t.ok('support.events.save', { householdId: h.householdId, kind: 'compliment', eventOn: todayOf(t), theme: 'staff', details: 'Thanked the night team' });
    await t.ok('risk.saveMarac', { householdId: h.householdId, referredOn: todayOf(t) });
    advanceDays(t, 10);
    await t.ok('support.events.save', { householdId: h.householdId, eventId: c.id, kind: 'complaint', eventOn: '2026-03-02', theme: 'communication', response: 'Apologised; new call-back rota', resolvedOn: todayOf(t) });
    const told = await t.router.call('support.events.save', { householdId: h.householdId, kind: 'serious_incident', eventOn: '2026-03-05', category: 'other', commissionerToldOn: '2026-03-04' });
    expect(told).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const list = await t.ok<{ events: { kind: string; resolvedOn: string | null }[]; marac: unknown[] }>('support.events.list', { householdId: h.householdId });
    expect(list.events.map((e) => e.kind).sort()).toEqual(['complaint', 'compliment', 'hrbp', 'safeguarding', 'serious_incident']);
    expect(list.events.find((e) => e.kind === 'complaint')!.resolvedOn).toBe('2026-03-12');
    expect(list.marac).toHaveLength(1);
  });

  it('ends the stay on the allocation board when a planned exit is recorded, and makes the follow-up due three months later', async () => {
    const h = await residentHousehold(t);
    advanceDays(t, 60);
    const exit = await t.ok<{ followUpDueOn: string; endedStayId: number }>('exits.record', {
      householdId: h.householdId, exitedOn: '2026-05-01', planned: true, reason: 'moved_on_planned', destination: 'own_tenancy', achievingIndependence: 'partly', startMoveOn: true,
    });
    expect(exit).toMatchObject({ followUpDueOn: '2026-08-01', endedStayId: h.stayId });
    const db = t.ws.unlocked!.open.db;
    expect(db.prepare('SELECT end_date, status FROM unit_stays WHERE id = ?').get(h.stayId)).toEqual({ end_date: '2026-05-01', status: 'active' });
    expect(auditActions(t)).toEqual(expect.arrayContaining(['allocation.end-stay', 'support.exit']));
    const view = await t.ok<{ exit: { followUp: { dueOn: string; status: string } }; episode: { state: string; moveOn: { latestEnd: string } } }>('exits.get', { householdId: h.householdId });
    expect(view.exit.followUp).toMatchObject({ dueOn: '2026-08-01', status: 'upcoming' });
    expect(view.episode).toMatchObject({ state: 'move_on', moveOn: { latestEnd: '2027-05-01' } });

    // Move-on support: contacts after leaving are allowed and marked as move-on.
    advanceDays(t, 2);
    await t.ok('support.contacts.add', { householdId: h.householdId, contactOn: todayOf(t), minutes: 45, timeKind: 'paid', workerName: 'Jo', supportType: 'housing_related' });
    const contacts = await t.ok<{ items: { moveOn: boolean }[] }>('support.contacts.list', { householdId: h.householdId });
    expect(contacts.items[0]!.moveOn).toBe(true);

    t.clock.set('2026-07-20T09:00:00Z');
    expect(await t.ok('exits.followUpsDue')).toEqual([expect.objectContaining({ householdId: h.householdId, dueOn: '2026-08-01', status: 'due', displayName: 'Amira Haddad' })]);
    t.clock.set('2026-08-05T09:00:00Z');
    expect(await t.ok('exits.followUpsDue')).toEqual([expect.objectContaining({ status: 'overdue' })]);
    await t.ok('exits.followUp', { householdId: h.householdId, doneOn: '2026-08-05', result: 'reached', scores: { settled_accommodation: 5 } });
    expect(await t.ok('exits.followUpsDue')).toEqual([]);
  });

  it('refuses a second exit, and an unplanned exit has no follow-up', async () => {
    const h = await communityHousehold(t);
    advanceDays(t, 3);
    const r = await t.ok<{ followUpDueOn: string | null; endedStayId: number | null }>('exits.record', {
      householdId: h.householdId, exitedOn: todayOf(t), planned: false, reason: 'returned_to_perpetrator', destination: 'with_perpetrator', achievingIndependence: 'no',
    });
    expect(r).toEqual({ id: expect.any(Number), followUpDueOn: null, endedStayId: null });
    const again = await t.router.call('exits.record', { householdId: h.householdId, exitedOn: todayOf(t), planned: false, reason: 'other', destination: 'unknown', achievingIndependence: 'not_known' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const contact = await t.router.call('support.contacts.add', { householdId: h.householdId, contactOn: todayOf(t), minutes: 10, timeKind: 'paid', workerName: 'X', supportType: 'general' });
    expect(contact).toMatchObject({ ok: true });
    advanceDays(t, 1);
    const after = await t.router.call('support.contacts.add', { householdId: h.householdId, contactOn: todayOf(t), minutes: 10, timeKind: 'paid', workerName: 'X', supportType: 'general' });
    expect(after).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('start move-on support') } });
  });

  it('refuses an eviction recorded as planned, and a planned move-on recorded as unplanned', async () => {
    const h = await communityHousehold(t);
    const evicted = await t.router.call('exits.record', { householdId: h.householdId, exitedOn: todayOf(t), planned: true, reason: 'evicted', destination: 'unknown', achievingIndependence: 'no' });
    expect(evicted).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { planned: expect.any(String) } } });
    const moved = await t.router.call('exits.record', { householdId: h.householdId, exitedOn: todayOf(t), planned: false, reason: 'moved_on_planned', destination: 'own_tenancy', achievingIndependence: 'yes' });
    expect(moved).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('lists plan reviews that are due within a week or overdue, and drops them after the exit', async () => {
    const h = await communityHousehold(t);
    await planWithNeeds(h.householdId);
    t.clock.set('2026-03-24T09:00:00Z');
    expect(await t.ok('support.reviewsDue')).toEqual([expect.objectContaining({ householdId: h.householdId, nextReviewOn: '2026-03-30', status: 'due' })]);
    t.clock.set('2026-03-31T09:00:00Z');
    expect(await t.ok('support.reviewsDue')).toEqual([expect.objectContaining({ status: 'overdue' })]);
    await t.ok('exits.record', { householdId: h.householdId, exitedOn: '2026-03-31', planned: true, reason: 'stopped_needing_support', destination: 'own_home', achievingIndependence: 'yes' });
    expect(await t.ok('support.reviewsDue')).toEqual([]);
  });

  it('starts a fresh episode when the person comes back, keeping the earlier one on the record', async () => {
    const h = await communityHousehold(t);
    await planWithNeeds(h.householdId);
    await t.ok('exits.record', { householdId: h.householdId, exitedOn: todayOf(t), planned: true, reason: 'stopped_needing_support', destination: 'own_home', achievingIndependence: 'yes' });
    advanceDays(t, 200);
    const back = await t.ok<{ referralId: number }>('referrals.create', { receivedAt: t.clock.now().toISOString(), source: 'self', name: 'Cara Community', linkHouseholdId: h.householdId });
    await t.ok('referrals.decide', { referralId: back.referralId, outcome: 'accepted', acceptedTo: 'community_support' });
    const view = await t.ok<PlanView>('support.plan.get', { householdId: h.householdId });
    expect(view.plan).toBeNull();
    expect(view.episode).toMatchObject({ episodeNo: 2, state: 'active', earlierEpisodes: [{ referralReference: expect.stringMatching(/\/1$/), exitedOn: '2026-03-02' }] });
  });

  it('puts support on the case timeline', async () => {
    const h = await residentHousehold(t);
    await planWithNeeds(h.householdId);
    await t.ok('support.contacts.add', { householdId: h.householdId, contactOn: todayOf(t), minutes: 75, timeKind: 'paid', workerName: 'Jo', supportType: 'advocacy' });
    const record = await t.ok<{ timeline: { kind: string; summary: string }[] }>('cases.get', { householdId: h.householdId });
    expect(record.timeline.map((e) => e.summary)).toEqual(expect.arrayContaining(['Support contact: Advocacy, 1 h 15 min', expect.stringMatching(/^Support and safety plan started/)]));
  });
});
