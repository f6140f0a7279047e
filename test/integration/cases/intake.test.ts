import { afterEach, describe, expect, it } from 'vitest';
import { checklistAnswers, refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

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

type CaseRecord = {
  reference: string;
  riskLevel: string | null;
  alerts: { kind: string; text: string }[];
  maracDue: string[];
  people: { kind: string; displayName: string; anonymous: boolean; school: string | null; schoolHidden: boolean }[];
  episodes: { reference: string; status: string; notSupportedReason: string | null; acceptedTo: string | null }[];
  timeline: { kind: string; summary: string }[];
};

describe('a night-time referral', () => {
  it('an anonymous self-referral with two children, assessed high risk, referred to MARAC and accepted to the waiting list', async () => {
    const t = await fresh();
    await addStaff(t, 'nia', 'night_worker', 'Nia Night');
    await signInAs(t, 'nia');
    const r = await refer(t, {
      name: '',
      anonymous: true,
      source: 'self',
      channel: 'phone',
      noVoicemail: true,
      safeTimes: 'after 10pm only',
      immediateSafety: 'unsafe_now',
      children: [
        { nameOrInitials: 'A.', ageYears: 4, sex: 'female' },
        { nameOrInitials: 'B.', ageYears: 14, sex: 'male' },
      ],
      requests: ['refuge'],
      urgency: 'emergency',
    });
    expect(r.reference).toMatch(/^C-\d{6}\/1$/);

    const assessed = await t.ok<{ level: string; maracReasons: string[] }>('risk.assess', { referralId: r.referralId, answers: checklistAnswers(15) });
    expect(assessed.level).toBe('high');
    expect(assessed.maracReasons).toEqual(['visible high risk (15 “yes” answers)']);

    let record = await t.ok<CaseRecord>('cases.get', { householdId: r.householdId });
    expect(record.riskLevel).toBe('high');
    expect(record.maracDue).toHaveLength(1);
    expect(record.alerts.map((a) => a.kind)).toEqual(expect.arrayContaining(['high-risk', 'marac-due', 'children', 'no-voicemail']));
    expect(record.people.map((p) => [p.kind, p.displayName])).toEqual([
      ['adult', 'Anonymous'],
      ['child', 'A.'],
      ['child', 'B.'],
    ]);

    await t.ok('risk.saveMarac', { householdId: r.householdId, referredOn: '2026-11-20' });
    record = await t.ok<CaseRecord>('cases.get', { householdId: r.householdId });
    expect(record.maracDue).toEqual([]);
    expect(record.alerts.map((a) => a.kind)).not.toContain('marac-due');

    await t.ok('referrals.decide', { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'waiting_unit' });
    const waiting = await t.ok<{ reference: string; riskLevel: string; children: number; parts: unknown[] }[]>('waitingList.list');
    expect(waiting).toMatchObject([{ reference: r.reference, riskLevel: 'high', children: 2 }]);

    record = await t.ok<CaseRecord>('cases.get', { householdId: r.householdId });
    expect(record.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['referral', 'assessment', 'marac', 'decision']));
    const views = await (async () => {
      await signInAs(t, 'admin');
      return t.ok<{ action: string; entityId: string }[]>('audit.list', { action: 'case.view' });
    })();
    expect(views.filter((v) => v.entityId === String(r.householdId)).length).toBe(3);
  });

  it('a second referral declined for capacity is recorded with that reason', async () => {
    const t = await fresh();
    const r = await refer(t, { name: 'Second Person' });
    await t.ok('referrals.decide', { referralId: r.referralId, outcome: 'not_supported', reason: 'capacity', unitTypesFull: ['refuge'] });
    const record = await t.ok<CaseRecord>('cases.get', { householdId: r.householdId });
    expect(record.episodes[0]).toMatchObject({ status: 'not_supported', notSupportedReason: 'capacity' });
    const again = await t.router.call('referrals.decide', { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'waiting_unit' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const list = await t.ok<{ items: { status: string }[] }>('cases.list', { status: 'not_supported' });
    expect(list.items).toHaveLength(1);
  });

  it('requires only the time, the source and a name, alias or "anonymous"', async () => {
    const t = await fresh();
    const none = await t.router.call('referrals.create', { receivedAt: t.clock.now().toISOString(), source: 'police' });
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { name: expect.stringMatching(/name or an alias/) } } });
    const noSource = await t.router.call('referrals.create', { receivedAt: t.clock.now().toISOString(), alias: 'Rose' });
    expect(noSource).toMatchObject({ ok: false, error: { fields: { source: expect.any(String) } } });
    const alias = await t.router.call('referrals.create', { receivedAt: t.clock.now().toISOString(), source: 'police', alias: 'Rose' });
    expect(alias.ok).toBe(true);
  });
});

describe('the 48-hour first-contact clock', () => {
  it('lists referrals not yet contacted, oldest first, overdue after 48 hours, until contact is made', async () => {
    const t = await fresh();
    const old = await refer(t, { name: 'Older One', receivedAt: '2026-11-17T09:00:00Z', noVoicemail: true });
    const recent = await refer(t, { name: 'Recent One', receivedAt: '2026-11-19T20:00:00Z' });
    let due = await t.ok<{ reference: string; overdue: boolean; attempts: number; noVoicemail: boolean }[]>('referrals.contactDue');
    expect(due.map((d) => [d.reference, d.overdue])).toEqual([
      [old.reference, true],
      [recent.reference, false],
    ]);
    expect(due[0]!.noVoicemail).toBe(true);
    for (let i = 0; i < 5; i++) {
      await t.ok('referrals.logContact', { referralId: old.referralId, at: '2026-11-19T10:00:00Z', method: 'phone_call', outcome: 'no_answer' });
    }
    due = await t.ok('referrals.contactDue');
    expect(due[0]).toMatchObject({ reference: old.reference, attempts: 5 });
    await t.ok('referrals.logContact', { referralId: old.referralId, at: '2026-11-20T01:00:00Z', method: 'phone_call', outcome: 'spoke' });
    due = await t.ok('referrals.contactDue');
    expect(due.map((d) => d.reference)).toEqual([recent.reference]);
    const bad = await t.router.call('referrals.logContact', { referralId: recent.referralId, at: '2026-11-19T19:00:00Z', method: 'text', outcome: 'spoke' });
    expect(bad).toMatchObject({ ok: false, error: { fields: { at: expect.stringMatching(/before the referral/) } } });
  });
});

describe('a returning person', () => {
  it('is offered as a match by name and date of birth, or by alias, and a new episode links to the old record', async () => {
    const t = await fresh();
    const first = await refer(t, { name: 'Zoë Ångström', dateOfBirth: '1990-04-02', alias: 'Blue' });
    const byName = await t.ok<{ householdId: number; matchedOn: string; references: string[] }[]>('referrals.matches', { name: 'zoe angstrom', dateOfBirth: '1990-04-02' });
    expect(byName).toEqual([expect.objectContaining({ householdId: first.householdId, matchedOn: 'name_and_date_of_birth', references: [first.reference] })]);
    expect(await t.ok('referrals.matches', { name: 'Zoë Ångström', dateOfBirth: '1991-04-02' })).toEqual([]);
    expect(await t.ok('referrals.matches', { alias: 'blue' })).toEqual([expect.objectContaining({ matchedOn: 'alias' })]);
    const second = await refer(t, { name: 'Zoë Ångström', dateOfBirth: '1990-04-02', linkHouseholdId: first.householdId });
    expect(second.householdId).toBe(first.householdId);
    expect(second.reference).toBe(first.reference.replace(/\/1$/, '/2'));
    const record = await t.ok<CaseRecord>('cases.get', { householdId: first.householdId });
    expect(record.episodes.map((e) => e.reference)).toEqual([second.reference, first.reference]);
  });
});
