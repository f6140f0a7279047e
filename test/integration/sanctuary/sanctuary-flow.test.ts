import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { COUNCIL_HOME, referToSanctuary, requestMeasure, sanctuaryRows } from '../../helpers/sanctuary';

/*
 * The sanctuary scheme through the router on a real encrypted database: the approval rule, the
 * fire check, the landlord's permission, the clocks and the due list, and the one action that
 * refers a household on to safe accommodation.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
beforeEach(async () => {
  // Monday 9 March 2026, 10:00.
  t = await setUpWorkspace({ start: '2026-03-09T10:00:00Z' });
});
afterEach(() => t.cleanup());

type Detail = {
  stage: string;
  measures: {
    id: number;
    name: string;
    status: string;
    needsCouncilApproval: boolean;
    blockers: { code: string }[];
    approvedOn: string | null;
    fittedOn: string | null;
    costPence: number | null;
    fittedBy: string;
    instructions: string;
  }[];
  totals: { casePence: number; overThreshold: boolean };
  interventions: { requested: number; installed: number };
  clocks: { riskAssessment: { status: string; dueOn: string | null }; supportPlan: { status: string }; fitting: { measureId: number; status: string; startOn: string | null; dueOn: string | null }[] };
  approvals: { reference: string; measureIds: number[] }[];
  closedOn: string | null;
  closeReason: string | null;
  waitingReference: string | null;
};

const get = (caseId: number) => t.ok<Detail>('sanctuary.get', { caseId });

describe('sanctuary: the council’s approval', () => {
  it('refuses to fit CCTV until the council’s written approval is recorded, writing nothing; then fits it', async () => {
    const c = await referToSanctuary(t);
    const lock = await requestMeasure(t, c.caseId, 'lock_change');
    const cctv = await requestMeasure(t, c.caseId, 'cctv');
    let d = await get(c.caseId);
    // £45 + £350: the case is over £100, so the lock change needs approval too.
    expect(d.totals).toEqual({ casePence: 39_500, overThreshold: true, fittedPence: 0 } as never);
    expect(d.measures.map((m) => [m.name, m.needsCouncilApproval])).toEqual([
      ['Lock change (euro cylinder)', true],
      ['CCTV', true],
    ]);

    const before = sanctuaryRows(t);
    const refused = await t.router.call('sanctuary.measures.fit', { measureId: cctv, fittedOn: '2026-03-09', costPence: 35_000, fittedBy: 'SecureHome Ltd' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('council’s written approval is needed before CCTV can be fitted'), fields: { measureId: expect.any(String) } } });
    expect(await t.router.call('sanctuary.measures.approve', { measureIds: [lock], approvedOn: '2026-03-09' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(sanctuaryRows(t)).toBe(before);

    await t.ok('sanctuary.councilApproval.record', { caseId: c.caseId, approvedOn: '2026-03-09', reference: 'HC/SAN/2026/0042', officer: 'R. Shah', measureIds: [lock, cctv] });
    await t.ok('sanctuary.measures.fit', { measureId: cctv, fittedOn: '2026-03-09', costPence: 34_000, fittedBy: 'SecureHome Ltd', instructions: 'Shown the app; recordings kept 30 days.' });
    await t.ok('sanctuary.measures.fit', { measureId: lock, fittedOn: '2026-03-09', costPence: 4_500 });
    d = await get(c.caseId);
    expect(d.measures.map((m) => [m.status, m.approvedOn, m.fittedOn])).toEqual([
      ['fitted', '2026-03-09', '2026-03-09'],
      ['fitted', '2026-03-09', '2026-03-09'],
    ]);
    // What was fitted, by whom and at what cost, and the instructions given to the household, as recorded.
    expect(d.measures.map((m) => [m.name, m.costPence, m.fittedBy, m.instructions])).toEqual([
      ['Lock change (euro cylinder)', 4_500, '', ''],
      ['CCTV', 34_000, 'SecureHome Ltd', 'Shown the app; recordings kept 30 days.'],
    ]);
    expect(d.approvals).toEqual([expect.objectContaining({ reference: 'HC/SAN/2026/0042', measureIds: [lock, cctv].sort((a, b) => a - b) })]);
    expect(d.interventions).toEqual({ requested: 2, installed: 2 });
    expect(d.clocks.fitting.map((f) => f.status)).toEqual(['met', 'met']);
  });

  it('lets the service approve and fit lower-level measures while the case stays within £100', async () => {
    const c = await referToSanctuary(t);
    const lock = await requestMeasure(t, c.caseId, 'lock_change'); // £45
    const chain = await requestMeasure(t, c.caseId, 'door_chain'); // £15
    await t.ok('sanctuary.measures.approve', { measureIds: [lock, chain], approvedOn: '2026-03-09' });
    await t.ok('sanctuary.measures.fit', { measureId: lock, fittedOn: '2026-03-09', costPence: 4_500 });
    // Fitting the chain at £60 would take the case to £105: over £100, so it needs the council.
    expect(await t.router.call('sanctuary.measures.fit', { measureId: chain, fittedOn: '2026-03-09', costPence: 6_000 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('£105.00, more than £100') },
    });
    // At exactly £100 it does not.
    await t.ok('sanctuary.measures.fit', { measureId: chain, fittedOn: '2026-03-09', costPence: 5_500 });
  });

  it('refuses an approval dated after the fitting, and a fitting over the amount the council approved', async () => {
    const c = await referToSanctuary(t);
    const cctv = await requestMeasure(t, c.caseId, 'cctv');
    t.clock.set('2026-03-12T10:00:00Z');
    await t.ok('sanctuary.councilApproval.record', { caseId: c.caseId, approvedOn: '2026-03-11', reference: 'HC/1', amountPence: 30_000, measureIds: [cctv] });
    expect(await t.router.call('sanctuary.measures.fit', { measureId: cctv, fittedOn: '2026-03-10', costPence: 30_000 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.router.call('sanctuary.measures.fit', { measureId: cctv, fittedOn: '2026-03-12', costPence: 30_001 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('council approved £300.00') },
    });
    await t.ok('sanctuary.measures.fit', { measureId: cctv, fittedOn: '2026-03-12', costPence: 30_000 });
  });
});

describe('sanctuary: instructions given to the household', () => {
  it('keeps the instructions given when a measure is fitted, exactly as written, and returns them with the case', async () => {
    const c = await referToSanctuary(t);
    const alarm = await requestMeasure(t, c.caseId, 'personal_alarm');
    const chain = await requestMeasure(t, c.caseId, 'door_chain');
    await t.ok('sanctuary.measures.approve', { measureIds: [chain], approvedOn: '2026-03-09' });
    const instructions = 'Press and hold the red button for 3 seconds; it calls the monitoring centre.\nCharge it every Sunday night.\nSpare pendant: kitchen drawer, left. — تم الشرح بالعربية أيضًا';
    await t.ok('sanctuary.measures.fit', { measureId: alarm, fittedOn: '2026-03-09', costPence: 2_500, fittedBy: 'Careline', instructions });
    await t.ok('sanctuary.measures.fit', { measureId: chain, fittedOn: '2026-03-09', costPence: 1_500 });
    const d = await get(c.caseId);
    expect(d.measures.find((m) => m.id === alarm)).toMatchObject({ status: 'fitted', fittedBy: 'Careline', instructions });
    // None given is stored as none, not as another measure's.
    expect(d.measures.find((m) => m.id === chain)).toMatchObject({ status: 'fitted', fittedBy: '', instructions: '' });
    const row = t.ws.unlocked!.open.db.prepare('SELECT instructions FROM sanctuary_measures WHERE id = ?').get(alarm);
    expect(row).toEqual({ instructions });
  });
});

describe('sanctuary: fire safety and the landlord', () => {
  it('refuses a dead lock until the fire and rescue service has checked the home, and never when it found it unsafe', async () => {
    const c = await referToSanctuary(t);
    const dead = await requestMeasure(t, c.caseId, 'dead_lock'); // £95, lower level, can restrict escape
    await t.ok('sanctuary.measures.approve', { measureIds: [dead], approvedOn: '2026-03-09' });
    const before = sanctuaryRows(t);
    expect(await t.router.call('sanctuary.measures.fit', { measureId: dead, fittedOn: '2026-03-09', costPence: 9_500 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('fire and rescue service') },
    });
    expect(sanctuaryRows(t)).toBe(before);
    // A check by the practitioner does not count: it must be the fire and rescue service.
    await t.ok('sanctuary.assessments.save', { caseId: c.caseId, part: 'fire_safety', agency: 'da_practitioner', startedOn: '2026-03-09', completedOn: '2026-03-09', outcome: 'safe' });
    expect(await t.router.call('sanctuary.measures.fit', { measureId: dead, fittedOn: '2026-03-09', costPence: 9_500 })).toMatchObject({ ok: false });
    const fire = await t.ok<{ id: number }>('sanctuary.assessments.save', {
      caseId: c.caseId, part: 'fire_safety', agency: 'fire_service', assessor: 'Watch Manager Crane', startedOn: '2026-03-09', completedOn: '2026-03-09', outcome: 'unsafe',
    });
    expect(await t.router.call('sanctuary.measures.fit', { measureId: dead, fittedOn: '2026-03-09', costPence: 9_500 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('unsafe') } });
    await t.ok('sanctuary.assessments.save', {
      id: fire.id, caseId: c.caseId, part: 'fire_safety', agency: 'fire_service', assessor: 'Watch Manager Crane', startedOn: '2026-03-09', completedOn: '2026-03-09', outcome: 'safe_with_conditions', findings: 'Thumb-turn inside.',
    });
    await t.ok('sanctuary.measures.fit', { measureId: dead, fittedOn: '2026-03-09', costPence: 9_500 });
  });

  it('needs a reason when the landlord refuses, then refuses measures that alter the home but not a personal alarm', async () => {
    const c = await referToSanctuary(t, { home: { tenure: 'private_rented', landlordPermission: 'awaited' } });
    const lock = await requestMeasure(t, c.caseId, 'lock_change');
    const alarm = await requestMeasure(t, c.caseId, 'personal_alarm');
    expect(await t.router.call('sanctuary.measures.fit', { measureId: lock, fittedOn: '2026-03-09', costPence: 4_500 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('still awaited') } });
    expect(await t.router.call('sanctuary.update', { caseId: c.caseId, home: { tenure: 'private_rented', landlordPermission: 'not_to_be_told' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'home.landlordNote': expect.stringContaining('reason') } },
    });
    await t.ok('sanctuary.update', { caseId: c.caseId, home: { tenure: 'private_rented', landlordPermission: 'not_to_be_told', landlordNote: 'The landlord is the perpetrator’s brother.' } });
    expect(await t.router.call('sanctuary.measures.fit', { measureId: lock, fittedOn: '2026-03-09', costPence: 4_500 })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('perpetrator’s brother') },
    });
    await t.ok('sanctuary.measures.fit', { measureId: alarm, fittedOn: '2026-03-09', costPence: 2_500 });
    await t.ok('sanctuary.measures.refuse', { measureId: lock, refusedOn: '2026-03-09', reason: 'landlord_not_told' });
    const d = await get(c.caseId);
    expect(d.measures.map((m) => m.status)).toEqual(['refused', 'fitted']);
  });
});

describe('sanctuary: clocks and the due list', () => {
  it('shows a risk assessment due two working days after a referral on the Friday before a bank holiday, then overdue, then gone once started', async () => {
    t.clock.set('2026-05-22T15:00:00Z'); // Friday; Monday 25 May is the spring bank holiday
    const c = await referToSanctuary(t, { accept: false });
    type Due = { caseId: number; clock: string; dueOn: string; overdue: boolean; workingDays: number };
    t.clock.set('2026-05-27T09:00:00Z');
    expect(await t.ok<Due[]>('sanctuary.due')).toEqual([expect.objectContaining({ caseId: c.caseId, clock: 'risk_assessment', dueOn: '2026-05-27', overdue: false, workingDays: 2 })]);
    t.clock.set('2026-05-28T09:00:00Z');
    expect(await t.ok<Due[]>('sanctuary.due')).toEqual([expect.objectContaining({ clock: 'risk_assessment', overdue: true, workingDays: 3 })]);
    await t.ok('sanctuary.assessments.save', { caseId: c.caseId, part: 'case_risk', agency: 'da_practitioner', startedOn: '2026-05-28' });
    expect(await t.ok<Due[]>('sanctuary.due')).toEqual([]);
    expect((await get(c.caseId)).clocks.riskAssessment).toMatchObject({ status: 'late', dueOn: '2026-05-27' });
  });

  it('moves a due date when an administrator adds a one-off bank holiday', async () => {
    t.clock.set('2026-06-05T10:00:00Z'); // Friday
    const c = await referToSanctuary(t, { accept: false });
    expect((await get(c.caseId)).clocks.riskAssessment.dueOn).toBe('2026-06-09');
    await t.ok('workingDays.add', { date: '2026-06-08', kind: 'holiday', name: 'Bank holiday for a coronation' });
    expect((await get(c.caseId)).clocks.riskAssessment.dueOn).toBe('2026-06-10');
    const year = await t.ok<{ holidays: { date: string; source: string }[] }>('workingDays.calendar', { year: 2026 });
    expect(year.holidays.find((h) => h.date === '2026-06-08')).toEqual(expect.objectContaining({ source: 'added' }));
    expect(await t.router.call('workingDays.add', { date: '2026-06-06', kind: 'holiday', name: 'A Saturday' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await t.ok('workingDays.remove', { date: '2026-06-08' });
    expect((await get(c.caseId)).clocks.riskAssessment.dueOn).toBe('2026-06-09');
  });

  it('runs the support plan clock from the needs assessment and the fitting clock from approval', async () => {
    const c = await referToSanctuary(t);
    await t.ok('sanctuary.update', { caseId: c.caseId, home: COUNCIL_HOME, needsAssessedOn: '2026-03-09' });
    const chain = await requestMeasure(t, c.caseId, 'door_chain');
    await t.ok('sanctuary.measures.approve', { measureIds: [chain], approvedOn: '2026-03-09' });
    t.clock.set('2026-03-17T10:00:00Z');
    const due = await t.ok<{ clock: string; dueOn: string; overdue: boolean }[]>('sanctuary.due');
    expect(due.map((d) => [d.clock, d.dueOn, d.overdue])).toEqual([
      ['risk_assessment', '2026-03-11', true],
      ['support_plan', '2026-03-16', true],
      ['fitting', '2026-03-16', true],
    ]);
    // The support and safety plan is the support record's.
    await t.ok('support.plan.save', { householdId: c.householdId, areas: [], agreedOn: '2026-03-13', nextReviewOn: '2026-05-01' });
    expect((await get(c.caseId)).clocks.supportPlan).toMatchObject({ status: 'met' });
  });
});

describe('sanctuary: the home is no longer safe', () => {
  it('refers the household to the waiting list as a new episode, keeping the sanctuary case and its history', async () => {
    const c = await referToSanctuary(t);
    const alarm = await requestMeasure(t, c.caseId, 'personal_alarm');
    await t.ok('sanctuary.measures.fit', { measureId: alarm, fittedOn: '2026-03-09', costPence: 2_500 });
    const lock = await requestMeasure(t, c.caseId, 'lock_change');
    t.clock.set('2026-03-20T21:00:00Z');
    const r = await t.ok<{ referralId: number; reference: string }>('sanctuary.referToWaitingList', { caseId: c.caseId, reason: 'He has found out where she lives and broke the back door.' });
    expect(r.reference).toBe(`${c.reference.split('/')[0]}/2`);
    const waiting = await t.ok<{ referralId: number; householdId: number }[]>('waitingList.list');
    expect(waiting).toEqual([expect.objectContaining({ referralId: r.referralId, householdId: c.householdId })]);
    const d = await get(c.caseId);
    expect(d).toMatchObject({ stage: 'closed', closedOn: '2026-03-20', closeReason: 'moved_to_safe_accommodation', waitingReference: r.reference });
    expect(d.measures.map((m) => [m.id, m.status])).toEqual([
      [alarm, 'fitted'],
      [lock, 'refused'],
    ]);
    const record = await t.ok<{ timeline: { kind: string }[] }>('cases.get', { householdId: c.householdId });
    expect(record.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['sanctuary-referral', 'sanctuary-measure', 'sanctuary-closed']));
    // Once closed, nothing more is recorded on the case.
    expect(await t.router.call('sanctuary.measures.request', { caseId: c.caseId, rateId: 1, requestedOn: '2026-03-20' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('records the scheme’s reason for not accepting on the referral too', async () => {
    const c = await referToSanctuary(t, { accept: false });
    await t.ok('sanctuary.decide', { caseId: c.caseId, outcome: 'not_accepted', reason: 'perpetrator_at_property' });
    const row = t.ws.unlocked!.open.db.prepare('SELECT status, not_supported_reason FROM referrals WHERE id = ?').get(c.referralId);
    expect(row).toEqual({ status: 'not_supported', not_supported_reason: 'proximity_to_perpetrator' });
    expect((await get(c.caseId)).stage).toBe('not_accepted');
  });

  it('opens a case for a referral taken at intake that asked for the scheme', async () => {
    const r = await t.ok<{ referralId: number }>('referrals.create', { receivedAt: t.clock.now().toISOString(), source: 'police', name: 'Bea Brown', requests: ['sanctuary'] });
    expect(await t.ok<{ referralId: number }[]>('sanctuary.candidates')).toEqual([expect.objectContaining({ referralId: r.referralId })]);
    await t.ok('sanctuary.refer', { from: 'existing', referralId: r.referralId, home: { tenure: 'owner', landlordPermission: 'not_needed' } });
    expect(await t.ok('sanctuary.candidates')).toEqual([]);
    expect(await t.router.call('sanctuary.refer', { from: 'existing', referralId: r.referralId, home: COUNCIL_HOME })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
