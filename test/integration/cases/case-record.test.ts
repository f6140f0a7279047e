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
  const t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
  cleanups.push(t.cleanup);
  return t;
}
type ListResult = { total: number; items: { reference: string; displayName: string; hidden: boolean; status: string }[] };

describe('restricted cases', () => {
  it('a support worker not named on a restricted case sees that it exists but cannot read it', async () => {
    const t = await fresh();
    await addStaff(t, 'kim', 'manager', 'Kim Manager');
    await addStaff(t, 'sam', 'support_worker', 'Sam Support');
    const samId = (await t.ok<{ id: number; username: string }[]>('users.list')).find((u) => u.username === 'sam')!.id;
    await addStaff(t, 'lee', 'support_worker', 'Lee Support');
    await signInAs(t, 'kim');
    const r = await refer(t, { name: 'Related Person', dateOfBirth: '1985-02-03' });
    expect(await t.router.call('cases.restrict', { householdId: r.householdId, userIds: [samId], reason: 'relative of a staff member' })).toMatchObject({ ok: true });

    await signInAs(t, 'lee');
    const list = await t.ok<ListResult>('cases.list', {});
    expect(list.items).toEqual([expect.objectContaining({ reference: r.reference, displayName: 'Restricted case', hidden: true, status: 'restricted' })]);
    const denied = await t.router.call('cases.get', { householdId: r.householdId });
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/restricted/) } });
    expect(JSON.stringify(denied)).not.toContain('Related Person');
    expect((await t.router.call('risk.assess', { referralId: r.referralId, answers: {} })).ok).toBe(false);
    const matches = await t.ok<{ restricted: boolean; displayName: string; references: string[] }[]>('referrals.matches', { name: 'related person', dateOfBirth: '1985-02-03' });
    expect(matches).toEqual([expect.objectContaining({ restricted: true, displayName: 'Restricted case', references: [] })]);
    expect(JSON.stringify(await t.ok('referrals.contactDue'))).not.toContain('Related Person');
    expect((await t.router.call('cases.restrict', { householdId: r.householdId, userIds: [], reason: 'trying' })).ok).toBe(false);

    await signInAs(t, 'sam');
    expect((await t.router.call('cases.get', { householdId: r.householdId })).ok).toBe(true);

    await signInAs(t, 'admin');
    const denials = await t.ok<{ username: string; action: string }[]>('audit.list', { action: 'case.denied' });
    expect(denials.map((d) => d.username)).toContain('lee');
  });
});

describe('what is kept exactly and what is refused', () => {
  it('keeps names in any script and long notes verbatim, and stores pasted HTML as text', async () => {
    const t = await fresh();
    const names = ['Zoë Ångström-Łukasz', 'فاطمة الزهراء', '王秀英', 'Siobhán 🌷 O’Neill', 'Ṁüŀţï  Spaces '];
    const note = '<script>alert(1)</script><b>bold</b> & "quotes" \u202Eright-to-left\u202C\n'.repeat(200).slice(0, 20_000);
    for (const name of names) {
      const r = await refer(t, { name, notes: note });
      const record = await t.ok<{ people: { name: string }[]; episodes: { notes: string }[] }>('cases.get', { householdId: r.householdId });
      expect(record.people[0]!.name).toBe(name);
      expect(record.episodes[0]!.notes).toBe(note);
    }
    const tooLong = await t.router.call('referrals.create', { receivedAt: t.clock.now().toISOString(), source: 'self', name: 'X', notes: 'a'.repeat(20_001) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { notes: expect.stringMatching(/20,000/) } } });
    const longName = await t.router.call('referrals.create', { receivedAt: t.clock.now().toISOString(), source: 'self', name: 'x'.repeat(201) });
    expect(longName).toMatchObject({ ok: false, error: { fields: { name: expect.stringMatching(/200/) } } });
  });

  it('refuses dates in the future or before birth, naming the field, and writes nothing', async () => {
    const t = await fresh();
    const cases: [Record<string, unknown>, string][] = [
      [{ dateOfBirth: '2026-11-21' }, 'dateOfBirth'],
      [{ receivedAt: '2026-11-20T12:00:00Z' }, 'receivedAt'],
      [{ dateOfBirth: '2000-01-01', receivedAt: '1999-12-31T12:00:00Z' }, 'receivedAt'],
      [{ children: [{ nameOrInitials: 'K', dateOfBirth: '2027-01-01' }] }, 'children.0.dateOfBirth'],
      [{ dateOfBirth: '2026-02-30' }, 'dateOfBirth'],
    ];
    for (const [overrides, field] of cases) {
      const r = await t.router.call('referrals.create', { receivedAt: t.clock.now().toISOString(), source: 'self', name: 'Future Case', ...overrides });
      expect(r, JSON.stringify(overrides)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } } });
    }
    expect((await t.ok<ListResult>('cases.list', {})).total).toBe(0);
  });
});

describe('risk assessment on the case record', () => {
  it('needs a reason when judgement departs from the score, and keeps every assessment', async () => {
    const t = await fresh();
    const r = await refer(t);
    const noReason = await t.router.call('risk.assess', { referralId: r.referralId, answers: checklistAnswers(4), judgementLevel: 'high' });
    expect(noReason).toMatchObject({ ok: false, error: { fields: { reason: expect.stringMatching(/Say why/) } } });
    await t.ok('risk.assess', { referralId: r.referralId, answers: checklistAnswers(4), judgementLevel: 'high', reason: 'threats to family abroad' });
    const lower = await t.router.call('risk.assess', { referralId: r.referralId, answers: checklistAnswers(16), judgementLevel: 'medium', reason: 'x' });
    expect(lower).toMatchObject({ ok: false, error: { fields: { judgementLevel: expect.stringMatching(/cannot lower/) } } });
    await t.ok('risk.assess', { referralId: r.referralId, answers: checklistAnswers(2) });
    const record = await t.ok<{ riskLevel: string; assessments: { level: string; byJudgement: boolean; assessedBy: string }[] }>('cases.get', { householdId: r.householdId });
    expect(record.assessments.map((a) => [a.level, a.byJudgement])).toEqual([
      ['standard', false],
      ['high', true],
    ]);
    expect(record.riskLevel).toBe('standard');
    expect(record.assessments[0]!.assessedBy).toBe('Ada Admin');
    const unknown = await t.router.call('risk.assess', { referralId: r.referralId, answers: { '25': 'yes' } });
    expect(unknown.ok).toBe(false);
  });

  it('flags potential escalation after three incidents in twelve months (a setting)', async () => {
    const t = await fresh();
    const r = await refer(t);
    for (const d of ['2026-02-01', '2026-07-01', '2026-11-01']) await t.ok('risk.addIncident', { householdId: r.householdId, occurredOn: d });
    const a = await t.ok<{ maracReasons: string[] }>('risk.assess', { referralId: r.referralId, answers: checklistAnswers(5) });
    expect(a.maracReasons).toEqual(['potential escalation']);
    await t.ok('settings.update', { escalationIncidents: 4 });
    const b = await t.ok<{ maracReasons: string[] }>('risk.assess', { referralId: r.referralId, answers: checklistAnswers(5) });
    expect(b.maracReasons).toEqual([]);
    expect((await t.router.call('risk.addIncident', { householdId: r.householdId, occurredOn: '2026-12-01' })).ok).toBe(false);
  });

  it('prompts a repeat MARAC for an incident after the last referral, and a second referral keeps the first', async () => {
    const t = await fresh();
    const r = await refer(t);
    await t.ok('risk.assess', { referralId: r.referralId, answers: checklistAnswers(15) });
    type Record = { maracDue: string[]; alerts: { kind: string }[]; maracReferrals: { id: number; referredOn: string; meetingOn: string | null; actions: string }[] };
    const get = () => t.ok<Record>('cases.get', { householdId: r.householdId });
    expect((await get()).maracDue).toEqual(['visible high risk (15 “yes” answers)']);
    const first = await t.ok<{ id: number }>('risk.saveMarac', { householdId: r.householdId, referredOn: '2026-10-01', meetingOn: '2026-10-15', actions: 'Police marker on the address' });
    expect((await get()).maracDue).toEqual([]);

    // An incident after the referral makes it a repeat: the prompt comes back with no new assessment.
    await t.ok('risk.addIncident', { householdId: r.householdId, occurredOn: '2026-11-02', notes: 'Followed her from school' });
    const due = await get();
    expect(due.maracDue).toEqual(['repeat incident within 12 months of the last MARAC referral']);
    expect(due.alerts.map((a) => a.kind)).toContain('marac-due');

    // Recording the new referral (no id) adds it; the first is untouched, and the prompt is answered.
    const second = await t.ok<{ id: number }>('risk.saveMarac', { householdId: r.householdId, maracId: null, referredOn: '2026-11-19', actions: 'Repeat referral' });
    expect(second.id).not.toBe(first.id);
    const after = await get();
    expect(after.maracReferrals).toEqual([
      { id: second.id, referredOn: '2026-11-19', meetingOn: null, actions: 'Repeat referral' },
      { id: first.id, referredOn: '2026-10-01', meetingOn: '2026-10-15', actions: 'Police marker on the address' },
    ]);
    expect(after.maracDue).toEqual([]);

    // Editing the newest changes only that one.
    await t.ok('risk.saveMarac', { householdId: r.householdId, maracId: second.id, referredOn: '2026-11-19', meetingOn: '2026-12-03', actions: 'Repeat referral' });
    expect((await get()).maracReferrals.map((m) => [m.id, m.meetingOn])).toEqual([
      [second.id, '2026-12-03'],
      [first.id, '2026-10-15'],
    ]);
  });
});

describe('people on the case', () => {
  it('shows a child’s school only to managers, administrators and the key worker', async () => {
    const t = await fresh();
    await addStaff(t, 'sam', 'support_worker');
    await addStaff(t, 'lee', 'support_worker');
    const users = await t.ok<{ id: number; username: string }[]>('users.list');
    const r = await refer(t);
    await t.ok('cases.saveChild', { householdId: r.householdId, profile: { nameOrInitials: 'Mo', ageYears: 9, sex: 'male', school: 'Hill Street Primary' } });
    await t.ok('cases.assignWorker', { householdId: r.householdId, userId: users.find((u) => u.username === 'sam')!.id });
    const school = async () => (await t.ok<{ people: { kind: string; school: string | null; schoolHidden: boolean }[] }>('cases.get', { householdId: r.householdId })).people.find((p) => p.kind === 'child')!;
    expect(await school()).toMatchObject({ school: 'Hill Street Primary', schoolHidden: false });
    await signInAs(t, 'sam');
    expect((await school()).school).toBe('Hill Street Primary');
    await signInAs(t, 'lee');
    expect(await school()).toMatchObject({ school: null, schoolHidden: true });
  });

  it('records monitoring answers with "prefer not to say" and "not known" as distinct answers', async () => {
    const t = await fresh();
    const r = await refer(t);
    await t.ok('cases.updateAdult', {
      householdId: r.householdId,
      profile: { name: 'Amira Haddad', ethnicity: 'prefer_not_to_say', sexuality: 'not_known', disability: 'yes', interpreterNeeded: 'yes', language: 'Arabic', preferredWorker: 'female', specialist: ['migrant_nrpf'] },
    });
    const rec = await t.ok<{ people: { ethnicity: string; sexuality: string; specialist: string[] }[]; alerts: { kind: string }[] }>('cases.get', { householdId: r.householdId });
    expect(rec.people[0]).toMatchObject({ ethnicity: 'prefer_not_to_say', sexuality: 'not_known', specialist: ['migrant_nrpf'] });
    expect(rec.alerts.map((a) => a.kind)).toEqual(expect.arrayContaining(['interpreter', 'worker-sex']));
    const bad = await t.router.call('cases.updateAdult', { householdId: r.householdId, profile: { name: 'A', ethnicity: '' } });
    expect(bad.ok).toBe(false);
  });
});

describe('finding a case', () => {
  it('searches by name without accents, alias, reference and date of birth (either format)', async () => {
    const t = await fresh();
    const a = await refer(t, { name: 'Zoë Brontë', dateOfBirth: '1992-03-04' });
    const b = await refer(t, { name: '', alias: 'Sunflower' });
    await refer(t, { name: 'Someone Else' });
    const find = async (search: string) => (await t.ok<ListResult>('cases.list', { search })).items.map((i) => i.reference);
    expect(await find('zoe bron')).toEqual([a.reference]);
    expect(await find('SUNFL')).toEqual([b.reference]);
    expect(await find(a.reference)).toEqual([a.reference]);
    expect(await find('1992-03-04')).toEqual([a.reference]);
    expect(await find('4/3/1992')).toEqual([a.reference]);
    expect(await find('%')).toEqual([]);
  });
});

describe('draft safety', () => {
  it('keeps a half-filled form across a lock, per person, and drops it when the referral is saved', async () => {
    const t = await fresh();
    const draft = JSON.stringify({ name: 'Half Typed', source: 'police' });
    await t.ok('drafts.save', { kind: 'referral', payload: draft });
    await t.ok('session.lock');
    await signInAs(t, 'admin');
    expect(await t.ok('drafts.get', { kind: 'referral' })).toMatchObject({ payload: draft });
    await refer(t);
    expect(await t.ok('drafts.get', { kind: 'referral' })).toBeNull();
  });
});
