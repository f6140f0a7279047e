import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/main/db/repos/audit.repo';
import type { Handover } from '../../../src/shared/rota/schemas/handover.schema';
import type { PhoneCall } from '../../../src/shared/rota/schemas/phone-log.schema';
import { refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { refused } from './rota-helpers';

/*
 * The phone log, its follow-ups and shift handovers are read by all staff, but what a call or note
 * about a restricted case says is for the workers named on the case, as the case record is.
 * Through the router on a real encrypted database: Olu, a night worker not named on Esme's
 * restricted case, sees that a call came in (when, who rang, who logged it, whether a follow-up
 * is open) and that it concerns a restricted case, but not which case, what was said or done, who
 * was called or what needs following up; Nina, named on it, sees everything. No role sees past
 * the restriction: a manager not named on it is treated like Olu.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
let esme: number;
let open: number;
const SECRET = /Esme|court|Tuesday|sister|Flat 9|C-000001/i;

beforeEach(async () => {
  // Saturday 21 November 2026, 02:10 London time: out of hours.
  t = await setUpWorkspace({ start: '2026-11-21T02:10:00Z' });
  const nina = await addStaff(t, 'nina', 'night_worker', 'Nina Night');
  await addStaff(t, 'olu', 'night_worker', 'Olu Night');
  await addStaff(t, 'mo', 'manager', 'Mo Manager');
  esme = (await refer(t, { name: 'Esme Whitlock' })).householdId;
  open = (await refer(t, { name: 'Dana Open' })).householdId;
  await t.ok('cases.restrict', { householdId: esme, userIds: [nina], reason: 'relative of a staff member' });

  await signInAs(t, 'nina');
  await t.ok('phoneLog.add', {
    callerType: 'resident',
    caseId: esme,
    actionTaken: 'Esme rang about her court date on Tuesday.',
    policeCalled: true,
    followUpNeeded: true,
    followUpNote: 'Ring Esme’s sister in the morning',
  });
  t.clock.advance(60_000);
  await t.ok('phoneLog.add', { callerType: 'professional', caseId: open, actionTaken: 'Dana’s GP returned our call.', followUpNeeded: true, followUpNote: 'Pass to key worker' });
  t.clock.advance(60_000);
  await t.ok('phoneLog.add', { callerType: 'unknown_or_silent', actionTaken: 'Silent call.' });
  t.clock.set('2026-11-21T07:45:00Z');
  await t.ok('handover.add', {
    generalNotes: 'Quiet night apart from two calls.',
    notes: [
      { targetLabel: 'Flat 9', caseId: esme, note: 'Esme worried about court on Tuesday.' },
      { targetLabel: 'Unit 4', caseId: open, note: 'Dana settled.' },
      { targetLabel: 'Unit 7', note: 'Boiler noise.' },
    ],
  });
});
afterEach(() => t.cleanup());

const byCaller = (calls: PhoneCall[]) => Object.fromEntries(calls.map((c) => [c.callerType, c]));

describe('calls and handover notes about a restricted case', () => {
  it('a night worker not named on the case lists the calls and sees when and who rang, but no text', async () => {
    await signInAs(t, 'olu');
    const calls = await t.ok<PhoneCall[]>('phoneLog.list', {});
    expect(calls).toHaveLength(3);
    const c = byCaller(calls);
    expect(c.resident).toEqual({
      id: expect.any(Number),
      at: '2026-11-21T02:10:00.000Z',
      callerType: 'resident',
      caseId: null,
      caseReference: null,
      actionTaken: null,
      managerCalled: null,
      policeCalled: null,
      followUpNeeded: true,
      followUpNote: null,
      followUpClosedAt: null,
      followUpClosedByUserId: null,
      followUpClosedByName: null,
      followUpClosingNote: null,
      loggedByUserId: expect.any(Number),
      loggedByName: 'Nina Night',
      loggedAt: '2026-11-21T02:10:00.000Z',
      outOfHours: true,
      hidden: true,
    });
    expect(JSON.stringify(calls)).not.toMatch(SECRET);
    // Calls about an open case, or none, read as ever.
    expect(c.professional).toMatchObject({ hidden: false, caseId: open, caseReference: 'C-000002', actionTaken: 'Dana’s GP returned our call.', followUpNote: 'Pass to key worker' });
    expect(c.unknown_or_silent).toMatchObject({ hidden: false, caseId: null, actionTaken: 'Silent call.' });

    // The follow-ups list says one is open on a restricted case, and not what it is.
    const followUps = await t.ok<PhoneCall[]>('phoneLog.followUps');
    expect(followUps.map((f) => [f.callerType, f.hidden, f.followUpNote, f.actionTaken])).toEqual([
      ['resident', true, null, null],
      ['professional', false, 'Pass to key worker', 'Dana’s GP returned our call.'],
    ]);
    expect(JSON.stringify(followUps)).not.toMatch(SECRET);
  });

  it('the worker named on the case sees every call in full', async () => {
    await signInAs(t, 'nina');
    const c = byCaller(await t.ok<PhoneCall[]>('phoneLog.list', {}));
    expect(c.resident).toMatchObject({
      hidden: false,
      caseId: esme,
      caseReference: 'C-000001',
      actionTaken: 'Esme rang about her court date on Tuesday.',
      policeCalled: true,
      managerCalled: false,
      followUpNote: 'Ring Esme’s sister in the morning',
    });
    expect((await t.ok<PhoneCall[]>('phoneLog.followUps')).map((f) => f.followUpNote)).toEqual(['Ring Esme’s sister in the morning', 'Pass to key worker']);
    expect((await t.ok<PhoneCall[]>('phoneLog.list', { caseId: esme })).map((f) => f.actionTaken)).toEqual(['Esme rang about her court date on Tuesday.']);
  });

  it('handover notes about the case are withheld from those not named on it; the rest of the handover is not', async () => {
    await signInAs(t, 'olu');
    for (const handovers of [await t.ok<Handover[]>('handover.list', {}), await t.ok<Handover[]>('handover.unread', {})]) {
      expect(handovers).toHaveLength(1);
      const [h] = handovers;
      expect(h!.generalNotes).toBe('Quiet night apart from two calls.');
      expect(h!.notes).toEqual([
        { targetLabel: null, caseId: null, caseReference: null, note: null, hidden: true },
        { targetLabel: 'Unit 4', caseId: open, caseReference: 'C-000002', note: 'Dana settled.', hidden: false },
        { targetLabel: 'Unit 7', caseId: null, caseReference: null, note: 'Boiler noise.', hidden: false },
      ]);
      expect(JSON.stringify(h)).not.toMatch(SECRET);
    }
    const id = (await t.ok<Handover[]>('handover.list', {}))[0]!.id;
    expect(JSON.stringify(await t.ok<Handover>('handover.get', { id }))).not.toMatch(SECRET);
    // Acknowledging it answers with the same view.
    const acked = await t.ok<Handover>('handover.acknowledge', { id });
    expect(acked.notes[0]).toEqual({ targetLabel: null, caseId: null, caseReference: null, note: null, hidden: true });

    await signInAs(t, 'nina');
    const mine = await t.ok<Handover>('handover.get', { id });
    expect(mine.notes[0]).toEqual({ targetLabel: 'Flat 9', caseId: esme, caseReference: 'C-000001', note: 'Esme worried about court on Tuesday.', hidden: false });
  });

  it('a manager not named on the case sees no more than anyone else', async () => {
    await signInAs(t, 'mo');
    const calls = await t.ok<PhoneCall[]>('phoneLog.list', {});
    expect(byCaller(calls).resident).toMatchObject({ hidden: true, actionTaken: null });
    expect(JSON.stringify(calls)).not.toMatch(SECRET);
    expect(JSON.stringify(await t.ok('handover.list', {}))).not.toMatch(SECRET);
  });

  it('someone not named on the case cannot ask for its calls, correct one or close its follow-up (audited); the named worker can', async () => {
    await signInAs(t, 'olu');
    expect((await refused(t, 'phoneLog.list', { caseId: esme })).code).toBe('FORBIDDEN');
    expect((await t.ok<PhoneCall[]>('phoneLog.list', { caseId: open })).map((c) => c.actionTaken)).toEqual(['Dana’s GP returned our call.']);
    const hiddenCall = byCaller(await t.ok<PhoneCall[]>('phoneLog.list', {})).resident!;
    const close = await refused(t, 'phoneLog.closeFollowUp', { id: hiddenCall.id, note: 'Done.' });
    expect(close).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('restricted case you are not named on') });
    await signInAs(t, 'mo');
    expect((await refused(t, 'phoneLog.update', { id: hiddenCall.id, callerType: 'other', actionTaken: 'Overwritten.' })).code).toBe('FORBIDDEN');
    const denials = listAudit(t.ws.unlocked!.open.db, { limit: 50 }).filter((a) => a.action === 'case.denied');
    expect(denials.map((a) => [a.username, a.entityId])).toEqual([
      ['mo', String(esme)],
      ['olu', String(esme)],
      ['olu', String(esme)],
    ]);

    await signInAs(t, 'nina');
    expect(await t.ok<PhoneCall>('phoneLog.closeFollowUp', { id: hiddenCall.id, note: 'Rang her sister at 09:30.' })).toMatchObject({ hidden: false, followUpClosingNote: 'Rang her sister at 09:30.' });
    const stored = await t.ok<PhoneCall[]>('phoneLog.list', { caseId: esme });
    expect(stored.map((c) => [c.actionTaken, c.callerType])).toEqual([['Esme rang about her court date on Tuesday.', 'resident']]);
    // Olu sees that the follow-up was closed, and by whom, but not the note.
    await signInAs(t, 'olu');
    const after = byCaller(await t.ok<PhoneCall[]>('phoneLog.list', {})).resident!;
    expect(after).toMatchObject({ hidden: true, followUpClosedByName: 'Nina Night', followUpClosingNote: null });
  });

  it('once the restriction is lifted, everyone reads the calls and notes again', async () => {
    await signInAs(t, 'admin');
    await t.ok('cases.restrict', { householdId: esme, userIds: [], reason: 'no longer needed' });
    await signInAs(t, 'olu');
    expect(byCaller(await t.ok<PhoneCall[]>('phoneLog.list', {})).resident).toMatchObject({ hidden: false, actionTaken: 'Esme rang about her court date on Tuesday.' });
    expect((await t.ok<Handover[]>('handover.list', {}))[0]!.notes[0]).toMatchObject({ hidden: false, targetLabel: 'Flat 9' });
  });
});
