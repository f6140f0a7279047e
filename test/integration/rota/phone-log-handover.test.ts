import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/main/db/repos/audit.repo';
import { refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { refused } from './rota-helpers';

let t: Awaited<ReturnType<typeof setUpWorkspace>>;
/** The household of a case the calls and notes are linked to. */
let caseId: number;
beforeEach(async () => {
  // Saturday 21 November 2026, 02:10 London time: out of hours.
  t = await setUpWorkspace({ start: '2026-11-21T02:10:00Z' });
  await addStaff(t, 'nina', 'night_worker', 'Nina Night');
  await addStaff(t, 'dave', 'support_worker', 'Dave Day');
  await addStaff(t, 'mo', 'manager', 'Mo Manager');
  caseId = (await refer(t)).householdId;
});
afterEach(() => t.cleanup());

type Call = { id: number; at: string; outOfHours: boolean; followUpNeeded: boolean; followUpClosedAt: string | null; followUpClosedByName: string | null; actionTaken: string; loggedByName: string };

describe('out-of-hours phone log', () => {
  it('a night worker logs a call; its follow-up stays listed until someone closes it', async () => {
    await signInAs(t, 'nina');
    const text = '  Resident in unit 4 rang, distressed.\nTalked it through; she is safe tonight.  \n\t';
    const call = await t.ok<Call>('phoneLog.add', {
      callerType: 'resident',
      caseId,
      actionTaken: text,
      managerCalled: true,
      followUpNeeded: true,
      followUpNote: 'Key worker to ring her in the morning',
    });
    expect(call).toMatchObject({ at: '2026-11-21T02:10:00.000Z', outOfHours: true, actionTaken: text, loggedByName: 'Nina Night', followUpNeeded: true });
    await t.ok('phoneLog.add', { callerType: 'unknown_or_silent', actionTaken: 'Silent call, rang off.' });
    t.clock.advance(30 * 86_400_000);
    await signInAs(t, 'dave');
    expect((await t.ok<Call[]>('phoneLog.followUps')).map((c) => c.id)).toEqual([call.id]);
    const closed = await t.ok<Call>('phoneLog.closeFollowUp', { id: call.id, note: 'Rang her at 09:30; fine.' });
    expect(closed).toMatchObject({ followUpClosedByName: 'Dave Day' });
    expect(await t.ok('phoneLog.followUps')).toEqual([]);
    expect((await refused(t, 'phoneLog.closeFollowUp', { id: call.id, note: 'again' })).code).toBe('CONFLICT');
    const audit = listAudit(t.ws.unlocked!.open.db, { limit: 10 }).filter((a) => a.action.startsWith('phoneLog'));
    expect(audit.map((a) => [a.action, a.entityId, a.detail])).toEqual([
      ['phoneLog.followUpClose', String(call.id), null],
      ['phoneLog.add', String(call.id + 1), null],
      ['phoneLog.add', String(call.id), `case ${caseId}`],
    ]);
  });

  it('stores 20,000 characters verbatim and refuses more', async () => {
    const long = 'ä'.repeat(19_999) + '\n';
    const call = await t.ok<Call>('phoneLog.add', { callerType: 'professional', actionTaken: long });
    expect(call.actionTaken).toBe(long);
    const e = await refused(t, 'phoneLog.add', { callerType: 'professional', actionTaken: long + 'x' });
    expect(e.fields).toEqual({ actionTaken: 'This is limited to 20,000 characters.' });
  });

  it('marks calls in office hours, refuses a call in the future, and lets only the author or a manager correct one', async () => {
    t.clock.set('2026-11-23T10:00:00Z'); // Monday 10:00
    await signInAs(t, 'dave');
    const call = await t.ok<Call>('phoneLog.add', { callerType: 'new_referral', actionTaken: 'Took details for intake.' });
    expect(call.outOfHours).toBe(false);
    expect((await refused(t, 'phoneLog.add', { at: '2026-11-23T11:00:00Z', callerType: 'other', actionTaken: 'x' })).fields).toEqual({ at: 'Enter the time the call came in.' });
    await signInAs(t, 'nina');
    expect((await refused(t, 'phoneLog.update', { id: call.id, callerType: 'other', actionTaken: 'changed' })).code).toBe('FORBIDDEN');
    await signInAs(t, 'mo');
    expect((await t.ok<Call>('phoneLog.update', { id: call.id, callerType: 'professional', actionTaken: 'Corrected.' })).at).toBe(call.at);
  });
});

type Handover = { id: number; writtenByName: string; generalNotes: string; notes: { targetLabel: string; caseId: number | null; caseReference: string | null; note: string }[]; acknowledgedByMe: boolean; acknowledgements: { name: string }[] };

describe('shift handover', () => {
  it('the incoming worker sees unread handovers and acknowledges them; the acknowledgement is recorded', async () => {
    await signInAs(t, 'nina');
    const h = await t.ok<Handover>('handover.add', {
      generalNotes: 'Quiet night. Fire alarm tested 03:00.',
      notes: [
        { targetLabel: 'Unit 4', caseId, note: 'Rang at 02:10, see phone log.' },
        { targetLabel: 'Unit 7', note: 'Boiler making a noise.' },
      ],
    });
    expect(h.notes).toEqual([
      { targetLabel: 'Unit 4', caseId, caseReference: 'C-000001', note: 'Rang at 02:10, see phone log.', hidden: false },
      { targetLabel: 'Unit 7', caseId: null, caseReference: null, note: 'Boiler making a noise.', hidden: false },
    ]);
    // The writer does not see their own handover as unread.
    expect(await t.ok('handover.unread', {})).toEqual([]);
    t.clock.set('2026-11-21T08:05:00Z');
    await signInAs(t, 'dave');
    const unread = await t.ok<Handover[]>('handover.unread', {});
    expect(unread.map((x) => [x.id, x.writtenByName, x.acknowledgedByMe])).toEqual([[h.id, 'Nina Night', false]]);
    const acked = await t.ok<Handover>('handover.acknowledge', { id: h.id });
    expect(acked.acknowledgedByMe).toBe(true);
    expect(acked.acknowledgements.map((a) => a.name)).toEqual(['Dave Day']);
    await t.ok('handover.acknowledge', { id: h.id });
    expect(await t.ok('handover.unread', {})).toEqual([]);
    // Someone else still has it unread.
    await signInAs(t, 'mo');
    expect(await t.ok<Handover[]>('handover.unread', {})).toHaveLength(1);
    const audit = listAudit(t.ws.unlocked!.open.db, { limit: 20 }).filter((a) => a.action.startsWith('handover'));
    expect(audit.map((a) => [a.action, a.detail])).toEqual([
      ['handover.acknowledge', null],
      ['handover.add', `cases ${caseId}`],
    ]);
  });

  it('refuses an empty handover', async () => {
    expect((await refused(t, 'handover.add', { generalNotes: '   ' })).fields).toEqual({ generalNotes: 'Write something to hand over.' });
  });
});
