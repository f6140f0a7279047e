import { afterEach, describe, expect, it } from 'vitest';
import { checklistAnswers, refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * What the case record keeps and gives back, through the router on a real encrypted database:
 * who decided a referral and when; holistic risks with their levels and notes, and primary and
 * secondary needs; consent to record and to share with its date and what was agreed; and the
 * potential-escalation setting's months as well as its count.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
async function fresh() {
  const t = await setUpWorkspace({ start: '2026-11-20T02:30:00Z' });
  cleanups.push(t.cleanup);
  return t;
}

type Episode = { reference: string; status: string; acceptedTo: string | null; notSupportedReason: string | null; decisionNote: string; decidedBy: string | null; decidedAt: string | null };
type Assessment = { assessedAt: string; holistic: Record<string, { level: string; notes: string }>; primaryNeed: string | null; secondaryNeeds: string[]; maracReasons: string[] };
type Consent = { toRecord: string; toShare: string; date: string | null; agreed: string };
type CaseView = { episodes: Episode[]; assessments: Assessment[]; people: { kind: string; consent: Consent }[] };
type T = Awaited<ReturnType<typeof fresh>>;
const record = (t: T, householdId: number) => t.ok<CaseView>('cases.get', { householdId });

describe('the decision on a referral', () => {
  it('stores who accepted it and when, and shows them on the record and in the case list', async () => {
    const t = await fresh();
    await addStaff(t, 'nia', 'night_worker', 'Nia Night');
    const r = await refer(t);
    expect((await record(t, r.householdId)).episodes[0]).toMatchObject({ status: 'new', decidedBy: null, decidedAt: null });
    await signInAs(t, 'nia');
    t.clock.set('2026-11-20T03:15:00Z');
    await t.ok('referrals.decide', { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'community_support', note: 'Outreach from Monday' });
    expect((await record(t, r.householdId)).episodes[0]).toMatchObject({
      status: 'accepted',
      acceptedTo: 'community_support',
      decisionNote: 'Outreach from Monday',
      decidedBy: 'Nia Night',
      decidedAt: '2026-11-20T03:15:00.000Z',
    });
    const list = await t.ok<{ items: { reference: string; decidedAt: string | null }[] }>('cases.list', {});
    expect(list.items).toEqual([expect.objectContaining({ reference: r.reference, decidedAt: '2026-11-20T03:15:00.000Z' })]);
  });

  it('stores who recorded a referral as not supported and when, and a second decision changes neither', async () => {
    const t = await fresh();
    await addStaff(t, 'kim', 'manager', 'Kim Manager');
    const r = await refer(t);
    await signInAs(t, 'kim');
    t.clock.set('2026-11-20T09:00:00Z');
    await t.ok('referrals.decide', { referralId: r.referralId, outcome: 'not_supported', reason: 'proximity_to_perpetrator', note: 'He lives two streets away' });
    await signInAs(t, 'admin');
    t.clock.set('2026-11-20T10:00:00Z');
    expect((await t.router.call('referrals.decide', { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'waiting_unit' })).ok).toBe(false);
    expect((await record(t, r.householdId)).episodes[0]).toMatchObject({
      status: 'not_supported',
      notSupportedReason: 'proximity_to_perpetrator',
      decisionNote: 'He lives two streets away',
      decidedBy: 'Kim Manager',
      decidedAt: '2026-11-20T09:00:00.000Z',
    });
  });
});

describe('holistic risks and needs on an assessment', () => {
  it('keeps each holistic risk’s level and notes, and the primary and secondary needs, exactly as recorded', async () => {
    const t = await fresh();
    const r = await refer(t);
    const holistic = {
      self_harm: { level: 'high', notes: 'Overdose in March; GP aware' },
      exploitation: { level: 'low', notes: '' },
      drugs_alcohol: { level: 'medium', notes: 'Drinks to sleep' },
      mental_health: { level: 'not_known', notes: '' },
      harm_from_others: { level: 'none', notes: '' },
    };
    await t.ok('risk.assess', { referralId: r.referralId, answers: checklistAnswers(6), holistic, primaryNeed: 'mental_health', secondaryNeeds: ['alcohol', 'nrpf'] });
    const [a] = (await record(t, r.householdId)).assessments;
    expect(a!.holistic).toEqual(holistic);
    expect(a!.primaryNeed).toBe('mental_health');
    expect(a!.secondaryNeeds).toEqual(['alcohol', 'nrpf']);
  });

  it('keeps the earlier assessment’s risks and needs when a reassessment records different ones', async () => {
    const t = await fresh();
    const r = await refer(t);
    await t.ok('risk.assess', { referralId: r.referralId, answers: checklistAnswers(6), holistic: { self_harm: { level: 'high', notes: 'First call' } }, primaryNeed: 'drugs', secondaryNeeds: ['ex_offending'] });
    t.clock.set('2026-11-20T04:00:00Z');
    await t.ok('risk.assess', { referralId: r.referralId, answers: checklistAnswers(6), holistic: { self_harm: { level: 'low', notes: 'Engaging with the crisis team' } } });
    const [latest, first] = (await record(t, r.householdId)).assessments;
    expect(latest).toMatchObject({ assessedAt: '2026-11-20T04:00:00.000Z', holistic: { self_harm: { level: 'low', notes: 'Engaging with the crisis team' } }, primaryNeed: null, secondaryNeeds: [] });
    expect(first).toMatchObject({ holistic: { self_harm: { level: 'high', notes: 'First call' } }, primaryNeed: 'drugs', secondaryNeeds: ['ex_offending'] });
  });

  it('refuses a risk, level or need that is not on the lists, and records nothing', async () => {
    const t = await fresh();
    const r = await refer(t);
    for (const bad of [{ holistic: { gambling: { level: 'high' } } }, { holistic: { self_harm: { level: 'extreme' } } }, { primaryNeed: 'gambling' }, { secondaryNeeds: ['alcohol', 'gambling'] }]) {
      const res = await t.router.call('risk.assess', { referralId: r.referralId, answers: checklistAnswers(2), ...bad });
      expect(res, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect((await record(t, r.householdId)).assessments).toEqual([]);
  });
});

describe('consent to record and to share', () => {
  it('keeps both answers, the date and what was agreed, word for word', async () => {
    const t = await fresh();
    const r = await refer(t);
    const consent = { toRecord: 'yes', toShare: 'no', date: '2026-11-19', agreed: 'May share with the police IDVA only — not with housing.\nReview at the next contact.' };
    await t.ok('cases.updateAdult', { householdId: r.householdId, profile: { name: 'Amira Haddad', dateOfBirth: '1990-04-02', consent } });
    expect((await record(t, r.householdId)).people[0]!.consent).toEqual(consent);
    // A later change replaces it; "prefer not to say" is kept as its own answer.
    const changed = { toRecord: 'yes', toShare: 'prefer_not_to_say', date: '2026-11-20', agreed: '' };
    await t.ok('cases.updateAdult', { householdId: r.householdId, profile: { name: 'Amira Haddad', dateOfBirth: '1990-04-02', consent: changed } });
    expect((await record(t, r.householdId)).people[0]!.consent).toEqual(changed);
  });

  it('reads as "not known" with no date until it is recorded', async () => {
    const t = await fresh();
    const r = await refer(t);
    expect((await record(t, r.householdId)).people[0]!.consent).toEqual({ toRecord: 'not_known', toShare: 'not_known', date: null, agreed: '' });
  });

  it('refuses a consent date in the future or before the date of birth, naming the field', async () => {
    const t = await fresh();
    const r = await refer(t);
    for (const [consent, dateOfBirth] of [
      [{ toRecord: 'yes', date: '2026-11-21' }, null],
      [{ toRecord: 'yes', date: '1989-12-31' }, '1990-04-02'],
    ] as const) {
      const res = await t.router.call('cases.updateAdult', { householdId: r.householdId, profile: { name: 'Amira Haddad', dateOfBirth, consent } });
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'consent.date': expect.any(String) } } });
    }
    expect((await record(t, r.householdId)).people[0]!.consent.date).toBeNull();
  });
});

describe('the potential-escalation setting', () => {
  it('counts incidents within the number of months set, and refuses a rule outside its range', async () => {
    const t = await fresh();
    const r = await refer(t);
    for (const d of ['2026-03-01', '2026-07-01', '2026-11-01']) await t.ok('risk.addIncident', { householdId: r.householdId, occurredOn: d });
    const assess = async () => (await t.ok<{ maracReasons: string[] }>('risk.assess', { referralId: r.referralId, answers: checklistAnswers(5) })).maracReasons;
    expect(await assess()).toEqual(['potential escalation']);
    await t.ok('settings.update', { escalationMonths: 6 });
    expect(await assess()).toEqual([]);
    await t.ok('settings.update', { escalationIncidents: 2 });
    expect(await assess()).toEqual(['potential escalation']);
    for (const [patch, field] of [
      [{ escalationIncidents: 1 }, 'escalationIncidents'],
      [{ escalationMonths: 37 }, 'escalationMonths'],
    ] as const) {
      expect(await t.router.call('settings.update', patch)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } } });
    }
    expect(await t.ok('settings.get')).toMatchObject({ escalationIncidents: 2, escalationMonths: 6 });
  });
});
