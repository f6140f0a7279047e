import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/main/db/repos/audit.repo';
import { refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { refused } from './rota-helpers';

/*
 * Out-of-hours calls and shift handovers about a case, through the router on a real encrypted
 * database: they appear on the case's timeline (and only on that case's), a restricted case's
 * calls are seen only by the workers named on it, and a link must name a case that exists and
 * that the person linking it may open.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
type Timeline = { reference: string; timeline: { at: string; kind: string; summary: string; by: string | null }[] };
type Call = { id: number; caseId: number | null; caseReference: string | null };
type Handover = { id: number; notes: { caseId: number | null; caseReference: string | null }[] };

const ON_CALL_KINDS = ['phone-call', 'call-follow-up-closed', 'handover-note'];

let t: T;
const users: Record<string, number> = {};
beforeEach(async () => {
  // Saturday 21 November 2026, 02:10 London time: out of hours.
  t = await setUpWorkspace({ start: '2026-11-21T02:10:00Z' });
  users.nina = await addStaff(t, 'nina', 'night_worker', 'Nina Night');
  users.dave = await addStaff(t, 'dave', 'support_worker', 'Dave Day');
  users.mo = await addStaff(t, 'mo', 'manager', 'Mo Manager');
  users.lee = await addStaff(t, 'lee', 'support_worker', 'Lee Support');
});
afterEach(() => t.cleanup());

function onCall(record: Timeline) {
  return record.timeline.filter((e) => ON_CALL_KINDS.includes(e.kind));
}

describe('calls and handovers on the case timeline', () => {
  it('a call linked to a case and a handover note about it appear on its timeline; unlinked ones and other cases’ do not', async () => {
    const amira = await refer(t, { name: 'Amira Haddad' });
    const other = await refer(t, { name: 'Bea Other' });

    await signInAs(t, 'nina');
    const linked = await t.ok<Call>('phoneLog.add', {
      callerType: 'resident',
      caseId: amira.householdId,
      actionTaken: 'Rang distressed.\nTalked it through; she is safe tonight.',
      managerCalled: true,
      followUpNeeded: true,
      followUpNote: 'Key worker to ring her in the morning',
    });
    await t.ok('phoneLog.add', { callerType: 'unknown_or_silent', actionTaken: 'Silent call, rang off.' });
    await t.ok('phoneLog.add', { callerType: 'family_or_friend', caseId: other.householdId, actionTaken: 'Sister asked after Bea.' });
    t.clock.set('2026-11-21T07:45:00Z');
    await t.ok('handover.add', {
      generalNotes: 'Quiet night apart from unit 4.',
      notes: [
        { targetLabel: 'Unit 4', caseId: amira.householdId, note: 'Rang at 02:10, see phone log.' },
        { targetLabel: 'Unit 7', note: 'Boiler making a noise.' },
      ],
    });

    t.clock.set('2026-11-23T10:00:00Z'); // Monday, office hours
    await signInAs(t, 'dave');
    await t.ok('phoneLog.closeFollowUp', { id: linked.id, note: 'Rang her at 09:30; fine.' });
    t.clock.advance(5 * 60_000);
    await t.ok('phoneLog.add', { callerType: 'professional', caseId: amira.householdId, actionTaken: 'Her GP returned our call.' });

    const record = await t.ok<Timeline>('cases.get', { householdId: amira.householdId });
    expect(onCall(record).map((e) => [e.at, e.kind, e.summary, e.by])).toEqual([
      ['2026-11-23T10:05:00.000Z', 'phone-call', 'Call in office hours from a professional. Her GP returned our call.', 'Dave Day'],
      ['2026-11-23T10:00:00.000Z', 'call-follow-up-closed', 'Follow-up from a call closed: Rang her at 09:30; fine.', 'Dave Day'],
      ['2026-11-21T07:45:00.000Z', 'handover-note', 'Handover note by Nina Night (Unit 4): Rang at 02:10, see phone log.', 'Nina Night'],
      [
        '2026-11-21T02:10:00.000Z',
        'phone-call',
        'Out-of-hours call from a resident — manager called; follow-up needed. Rang distressed. Talked it through; she is safe tonight.',
        'Nina Night',
      ],
    ]);
    // The rest of the case's timeline is still there, and nothing from another case or no case.
    expect(record.timeline.map((e) => e.kind)).toContain('referral');
    const everything = JSON.stringify(record.timeline);
    for (const elsewhere of ['Silent call', 'Boiler', 'Sister asked']) expect(everything).not.toContain(elsewhere);

    const otherRecord = await t.ok<Timeline>('cases.get', { householdId: other.householdId });
    expect(onCall(otherRecord).map((e) => e.summary)).toEqual(['Out-of-hours call from family or a friend. Sister asked after Bea.']);
  });

  it('keeps a restricted case’s calls and notes from a worker not named on it', async () => {
    const c = await refer(t, { name: 'Related Person' });
    await signInAs(t, 'nina');
    await t.ok('phoneLog.add', { callerType: 'resident', caseId: c.householdId, actionTaken: 'Asked about her court date.' });
    t.clock.advance(60_000);
    await t.ok('handover.add', { notes: [{ targetLabel: 'Unit 2', caseId: c.householdId, note: 'Court on Tuesday.' }] });
    await signInAs(t, 'mo');
    await t.ok('cases.restrict', { householdId: c.householdId, userIds: [users.nina!], reason: 'relative of a staff member' });

    await signInAs(t, 'lee');
    const denied = await t.router.call('cases.get', { householdId: c.householdId });
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(denied)).not.toMatch(/court/i);

    await signInAs(t, 'nina');
    const record = await t.ok<Timeline>('cases.get', { householdId: c.householdId });
    expect(onCall(record).map((e) => e.summary)).toEqual([
      'Handover note by Nina Night (Unit 2): Court on Tuesday.',
      'Out-of-hours call from a resident. Asked about her court date.',
    ]);
  });

  it('shows the start of a long note on one line', async () => {
    const c = await refer(t);
    const long = `First line\n\n${'word '.repeat(2_000)}`;
    await t.ok('handover.add', { notes: [{ targetLabel: 'Unit 1', caseId: c.householdId, note: long }] });
    const [note] = onCall(await t.ok<Timeline>('cases.get', { householdId: c.householdId }));
    expect(note!.summary.startsWith('Handover note by Ada Admin (Unit 1): First line word word')).toBe(true);
    expect(note!.summary).not.toContain('\n');
    expect(note!.summary.endsWith('…')).toBe(true);
    expect(note!.summary.length).toBeLessThan(260);
  });
});

describe('linking a call or handover note to a case', () => {
  it('refuses a case that does not exist, naming the field, and saves nothing', async () => {
    await signInAs(t, 'nina');
    const call = await refused(t, 'phoneLog.add', { callerType: 'resident', caseId: 9_999, actionTaken: 'Rang.' });
    expect(call).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('does not exist'), fields: { caseId: expect.stringContaining('does not exist') } });
    const note = await refused(t, 'handover.add', {
      notes: [
        { targetLabel: 'Unit 1', note: 'Fine.' },
        { targetLabel: 'Unit 2', caseId: 9_999, note: 'Rang.' },
      ],
    });
    expect(note).toMatchObject({ code: 'NOT_FOUND', fields: { 'notes.1.caseId': expect.stringContaining('does not exist') } });
    expect(await t.ok('phoneLog.list', {})).toEqual([]);
    expect(await t.ok('handover.list', {})).toEqual([]);
  });

  it('refuses a restricted case the worker is not named on (audited), and lets a named worker link it', async () => {
    const c = await refer(t, { name: 'Related Person' });
    await signInAs(t, 'mo');
    await t.ok('cases.restrict', { householdId: c.householdId, userIds: [users.nina!], reason: 'relative of a staff member' });

    await signInAs(t, 'lee');
    const call = await refused(t, 'phoneLog.add', { callerType: 'resident', caseId: c.householdId, actionTaken: 'Rang.' });
    expect(call).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('restricted'), fields: { caseId: expect.stringContaining('Restricted') } });
    const note = await refused(t, 'handover.add', { notes: [{ targetLabel: 'Unit 2', caseId: c.householdId, note: 'Rang.' }] });
    expect(note).toMatchObject({ code: 'FORBIDDEN', fields: { 'notes.0.caseId': expect.stringContaining('Restricted') } });
    expect(await t.ok('phoneLog.list', {})).toEqual([]);
    expect(await t.ok('handover.list', {})).toEqual([]);
    const denials = listAudit(t.ws.unlocked!.open.db, { limit: 50 }).filter((a) => a.action === 'case.denied');
    expect(denials.map((a) => [a.username, a.entityId])).toEqual([
      ['lee', String(c.householdId)],
      ['lee', String(c.householdId)],
    ]);

    await signInAs(t, 'nina');
    const ok = await t.ok<Call>('phoneLog.add', { callerType: 'resident', caseId: c.householdId, actionTaken: 'Rang.' });
    expect(ok).toMatchObject({ caseId: c.householdId, caseReference: 'C-000001' });
  });

  it('checks a correction only when it changes the link', async () => {
    const open = await refer(t, { name: 'Open Case' });
    const restricted = await refer(t, { name: 'Related Person' });
    await signInAs(t, 'mo');
    await t.ok('cases.restrict', { householdId: restricted.householdId, userIds: [users.nina!, users.mo!], reason: 'relative of a staff member' });
    await signInAs(t, 'nina');
    const onRestricted = await t.ok<Call>('phoneLog.add', { callerType: 'resident', caseId: restricted.householdId, actionTaken: 'Rang.' });
    const onOpen = await t.ok<Call>('phoneLog.add', { callerType: 'resident', caseId: open.householdId, actionTaken: 'Rang.' });
    expect((await refused(t, 'phoneLog.update', { id: onOpen.id, callerType: 'resident', caseId: 9_999, actionTaken: 'Rang.' })).code).toBe('NOT_FOUND');

    // Mo is taken off the case. Mo is a manager, but can no longer read the call, so cannot
    // correct it either (that would overwrite what Mo cannot see); the refusal is audited.
    await signInAs(t, 'admin');
    await t.ok('cases.restrict', { householdId: restricted.householdId, userIds: [users.nina!], reason: 'Mo has moved to another service' });
    await signInAs(t, 'mo');
    const blind = await refused(t, 'phoneLog.update', { id: onRestricted.id, callerType: 'ex_resident', caseId: restricted.householdId, actionTaken: 'Rang (corrected).' });
    expect(blind).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('restricted case you are not named on') });
    // …nor move another call onto it.
    expect((await refused(t, 'phoneLog.update', { id: onOpen.id, callerType: 'resident', caseId: restricted.householdId, actionTaken: 'Rang.' })).code).toBe('FORBIDDEN');
    const list = await t.ok<(Call & { hidden: boolean; actionTaken: string | null })[]>('phoneLog.list', {});
    expect(list.map((c) => [c.id, c.caseReference, c.hidden, c.actionTaken])).toEqual([
      [onOpen.id, 'C-000001', false, 'Rang.'],
      [onRestricted.id, null, true, null],
    ]);
    // Nina, named on it, corrects it; the link stays.
    await signInAs(t, 'nina');
    const corrected = await t.ok<Call>('phoneLog.update', { id: onRestricted.id, callerType: 'ex_resident', caseId: restricted.householdId, actionTaken: 'Rang (corrected).' });
    expect(corrected).toMatchObject({ caseId: restricted.householdId, caseReference: 'C-000002', actionTaken: 'Rang (corrected).' });
    const denials = listAudit(t.ws.unlocked!.open.db, { limit: 50 }).filter((a) => a.action === 'case.denied');
    expect(denials.map((a) => [a.username, a.entityId])).toEqual([
      ['mo', String(restricted.householdId)],
      ['mo', String(restricted.householdId)],
    ]);
  });

  it('gives handover notes their case’s reference', async () => {
    const c = await refer(t);
    const h = await t.ok<Handover>('handover.add', { notes: [{ targetLabel: 'Unit 3', caseId: c.householdId, note: 'Settled.' }] });
    expect(h.notes).toEqual([expect.objectContaining({ caseId: c.householdId, caseReference: 'C-000001' })]);
  });
});
