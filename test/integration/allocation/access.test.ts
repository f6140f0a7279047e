import { afterEach, describe, expect, it } from 'vitest';
import type { Board, Candidate } from '../../../src/shared/allocation/schemas/board.schema';
import type { Unit } from '../../../src/shared/allocation/schemas/unit.schema';
import { addUnit, REFUGE_ROOM, undecidedHousehold, unitFields, waitingHousehold } from '../../helpers/allocation';
import { addStaff, signInAs, userRow } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * Who may do what on the board, enforced by the router and the services whatever the screen
 * shows: addresses only for managers and administrators, the register and the timeline changed
 * only by them, overrides only by them with a written justification, and restricted cases
 * hidden from workers not named on them.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function start() {
  const t = await setUpWorkspace();
  cleanups.push(t.cleanup);
  await addStaff(t, 'mo.manager', 'manager', 'Mo Manager');
  await addStaff(t, 'sam.support', 'support_worker', 'Sam Support');
  await addStaff(t, 'nia.night', 'night_worker', 'Nia Night');
  return t;
}
type T = Awaited<ReturnType<typeof start>>;

async function code(t: T, channel: string, input: unknown) {
  const r = await t.router.call(channel, input);
  return r.ok ? 'ok' : r.error.code;
}

const TONIGHT = '2026-11-20';
const hold = (unitId: number, householdId: number, override: unknown = null) => ({ unitId, householdId, startDate: TONIGHT, expiresAt: '2026-11-20T22:00:00Z', override });

describe('the units register', () => {
  it('hides the address from support and night workers, and shows it to managers and administrators', async () => {
    const t = await start();
    await addUnit(t, { address: '7 Hidden Lane, Leeds' });
    const seen: Record<string, [string | null, boolean]> = {};
    for (const who of ['admin', 'mo.manager', 'sam.support', 'nia.night']) {
      if (who !== 'admin') await signInAs(t, who);
      const [u] = await t.ok<Unit[]>('units.list', {});
      seen[who] = [u!.address, u!.addressHidden];
    }
    expect(seen).toEqual({
      admin: ['7 Hidden Lane, Leeds', false],
      'mo.manager': ['7 Hidden Lane, Leeds', false],
      'sam.support': [null, true],
      'nia.night': [null, true],
    });
    // The board and vacancies never carry an address to anyone.
    await signInAs(t, 'mo.manager');
    expect(JSON.stringify(await t.ok('allocation.board', {}))).not.toContain('Hidden Lane');
    expect(JSON.stringify(await t.ok('vacancies.list', {}))).not.toContain('Hidden Lane');
  });

  it('lets managers and administrators add and change units, and nobody else (refusals audited)', async () => {
    const t = await start();
    const id = await addUnit(t);
    await signInAs(t, 'mo.manager');
    expect(await code(t, 'units.save', unitFields({ id, bedrooms: 3 }))).toBe('ok');
    for (const who of ['sam.support', 'nia.night']) {
      await signInAs(t, who);
      expect(await code(t, 'units.save', unitFields({ code: 'D9' }))).toBe('FORBIDDEN');
      expect(await code(t, 'units.save', unitFields({ id, bedrooms: 1 }))).toBe('FORBIDDEN');
    }
    const db = t.ws.unlocked!.open.db;
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'access.denied' AND entity_id = 'units.save'").get()).toEqual({ n: 4 });
  });

  it('records which fields changed, never the address itself, in the audit log', async () => {
    const t = await start();
    const id = await addUnit(t, { address: '7 Hidden Lane' });
    await t.ok('units.save', unitFields({ id, address: '9 Other Road', bedrooms: 3 }));
    const rows = t.ws.unlocked!.open.db.prepare("SELECT detail FROM audit_log WHERE action LIKE 'unit.%' ORDER BY id").all() as { detail: string }[];
    expect(rows.map((r) => r.detail)).toEqual(['D1', 'D1: address, bedrooms']);
    expect(JSON.stringify(rows)).not.toMatch(/Hidden|Other Road/);
  });

  it('refuses a second unit with the same code (any case), and rules that do not add up', async () => {
    const t = await start();
    await addUnit(t, { code: 'R1' });
    const dup = await t.router.call('units.save', unitFields({ code: 'r1' }));
    expect(dup.ok ? null : dup.error).toMatchObject({ code: 'CONFLICT', fields: { code: 'Another unit already has the code r1.' } });
    const bad = await t.router.call('units.save', unitFields({ code: 'X', maxOccupants: 2, maxChildren: 2, wheelchair: true, stepFree: false, postcodeDistrict: 'LS6 2AB' }));
    expect(bad.ok ? null : Object.keys(bad.error.fields ?? {}).sort()).toEqual(['maxChildren', 'postcodeDistrict', 'stepFree']);
  });
});

describe('the timeline', () => {
  it('everyone sees the board; only managers and administrators hold, place, move, end or set out of service', async () => {
    const t = await start();
    const unitId = await addUnit(t);
    const h = await waitingHousehold(t);
    for (const who of ['sam.support', 'nia.night']) {
      await signInAs(t, who);
      expect(await code(t, 'allocation.board', {})).toBe('ok');
      expect(await code(t, 'vacancies.list', {})).toBe('ok');
      expect(await code(t, 'allocation.match', { householdId: h.householdId })).toBe('ok');
      expect(await code(t, 'allocation.hold', hold(unitId, h.householdId))).toBe('FORBIDDEN');
      expect(await code(t, 'allocation.arrive', { unitId, householdId: h.householdId, startDate: TONIGHT })).toBe('FORBIDDEN');
      expect(await code(t, 'allocation.outOfService', { unitId, reason: 'repair', startDate: TONIGHT })).toBe('FORBIDDEN');
      expect(await code(t, 'allocation.turnAway', { referralId: h.referralId, reason: 'capacity' })).toBe('FORBIDDEN');
      expect(await code(t, 'allocation.figures', { from: TONIGHT, to: TONIGHT })).toBe('FORBIDDEN');
    }
    await signInAs(t, 'mo.manager');
    expect(await code(t, 'allocation.hold', hold(unitId, h.householdId))).toBe('ok');
  });

  it('an unsuitable unit needs a manager’s written justification, which is kept and audited', async () => {
    const t = await start();
    const refuge = await addUnit(t, REFUGE_ROOM);
    const h = await waitingHousehold(t, { children: [{ nameOrInitials: 'Sami', dateOfBirth: '2012-05-01', sex: 'male' }] });
    await signInAs(t, 'mo.manager');
    const refused = await t.router.call('allocation.hold', hold(refuge, h.householdId));
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'CONFLICT',
      message: 'R1 does not suit this household: a boy aged 14 is older than this unit accepts (12). A manager may override this with a written justification.',
    });
    const tooShort = await t.router.call('allocation.hold', hold(refuge, h.householdId, { justification: 'ok' }));
    expect(tooShort.ok ? null : tooShort.error.fields).toEqual({ 'override.justification': 'Write why this unit is right despite the reasons (at least 10 characters).' });
    const why = 'Sami is 14 but small for his age; the other residents agreed; only bed in the city tonight.';
    expect(await t.ok('allocation.hold', hold(refuge, h.householdId, { justification: why }))).toMatchObject({ overridden: true });
    const db = t.ws.unlocked!.open.db;
    const entry = db.prepare("SELECT user_id, detail FROM audit_log WHERE action = 'allocation.override'").get() as { user_id: number; detail: string };
    expect(entry.user_id).toBe(userRow(t, 'mo.manager')!.id);
    expect(entry.detail).toContain('a boy aged 14 is older than this unit accepts (12)');
    expect(entry.detail).toContain(why);
    expect(db.prepare('SELECT override_justification FROM unit_holds').get()).toEqual({ override_justification: why });
    expect((await t.ok<Board>('allocation.board', {})).entries[0]!.overridden).toBe(true);
  });

  it('a support worker cannot override (the router refuses before any rule is read)', async () => {
    const t = await start();
    const refuge = await addUnit(t, REFUGE_ROOM);
    const h = await waitingHousehold(t, { sex: 'male' });
    await signInAs(t, 'sam.support');
    expect(await code(t, 'allocation.hold', hold(refuge, h.householdId, { justification: 'Please let this through tonight' }))).toBe('FORBIDDEN');
    expect(t.ws.unlocked!.open.db.prepare('SELECT count(*) AS n FROM unit_holds').get()).toEqual({ n: 0 });
  });

  it('no override can set availability aside', async () => {
    const t = await start();
    const unitId = await addUnit(t);
    const a = await waitingHousehold(t, { name: 'Ann First' });
    const b = await waitingHousehold(t, { name: 'Bea Second' });
    await t.ok('allocation.arrive', { unitId, householdId: a.householdId, startDate: TONIGHT });
    const r = await t.router.call('allocation.hold', hold(unitId, b.householdId, { justification: 'Emergency, please double up tonight' }));
    expect(r.ok ? null : r.error.message).toBe('D1 is not free for those nights: occupied (no end date). Nothing was changed.');
  });
});

describe('restricted cases', () => {
  it('shows a restricted household’s stay as restricted to a worker not named on it, and refuses to match it', async () => {
    const t = await start();
    const unitId = await addUnit(t);
    const h = await waitingHousehold(t, { name: 'Rita Restricted' });
    const managerId = userRow(t, 'mo.manager')!.id;
    await t.ok('cases.restrict', { householdId: h.householdId, userIds: [managerId], reason: 'Staff member’s relative' });
    await signInAs(t, 'mo.manager');
    await t.ok('allocation.arrive', { unitId, householdId: h.householdId, startDate: TONIGHT });
    expect((await t.ok<Board>('allocation.board', {})).entries[0]).toMatchObject({ displayName: 'Rita Restricted', restricted: false });
    await signInAs(t, 'sam.support');
    const b = await t.ok<Board>('allocation.board', {});
    expect(b.entries[0]).toMatchObject({ kind: 'stay', displayName: null, restricted: true });
    expect(JSON.stringify(b)).not.toContain('Rita');
    expect(await code(t, 'allocation.match', { householdId: h.householdId })).toBe('FORBIDDEN');
    expect(await code(t, 'allocation.needs.get', { householdId: h.householdId })).toBe('FORBIDDEN');
  });

  it('keeps a restricted household’s name and the notes on its stay and hold off the board for everyone not named on it, managers and administrators included', async () => {
    const t = await start();
    const d1 = await addUnit(t, { code: 'D1' });
    const d2 = await addUnit(t, { code: 'D2' });
    const staying = await waitingHousehold(t, { name: 'Rita Restricted' });
    const held = await waitingHousehold(t, { name: 'Rosa Relative' });
    // Restricted by the manager, so the administrator is not named on them (whoever restricts is).
    await signInAs(t, 'mo.manager');
    const managerId = userRow(t, 'mo.manager')!.id;
    for (const h of [staying, held]) await t.ok('cases.restrict', { householdId: h.householdId, userIds: [managerId], reason: 'Staff member’s relative' });
    await t.ok('allocation.arrive', { unitId: d1, householdId: staying.householdId, startDate: TONIGHT, note: 'Rita’s sister works on reception' });
    await t.ok('allocation.hold', { ...hold(d2, held.householdId), note: 'Rosa arrives by taxi from Bradford' });
    const entry = (b: Board, kind: string) => b.entries.find((e) => e.kind === kind)!;
    const named = await t.ok<Board>('allocation.board', {});
    expect(entry(named, 'stay')).toMatchObject({ displayName: 'Rita Restricted', note: 'Rita’s sister works on reception', restricted: false });
    expect(entry(named, 'hold')).toMatchObject({ displayName: 'Rosa Relative', note: 'Rosa arrives by taxi from Bradford', restricted: false });
    for (const who of ['sam.support', 'nia.night', 'admin']) {
      await signInAs(t, who);
      const b = await t.ok<Board>('allocation.board', {});
      // That the units are taken, and by which case, is still shown, so nobody double-books them.
      expect(entry(b, 'stay'), who).toMatchObject({ householdId: staying.householdId, reference: staying.reference.split('/')[0], displayName: null, note: '', restricted: true });
      expect(entry(b, 'hold'), who).toMatchObject({ householdId: held.householdId, reference: held.reference.split('/')[0], displayName: null, note: '', restricted: true });
      expect(JSON.stringify(b), who).not.toMatch(/Rita|Rosa|reception|Bradford/);
    }
  });

  it('lists a restricted household needing a unit by reference only, on the waiting list and among undecided referrals', async () => {
    const t = await start();
    const waiting = await waitingHousehold(t, { name: 'Rita Restricted', children: [{ nameOrInitials: 'Tomasz', dateOfBirth: '2015-04-01', sex: 'male' }] });
    const undecided = await undecidedHousehold(t, 'Una Unnamed');
    await signInAs(t, 'mo.manager');
    const managerId = userRow(t, 'mo.manager')!.id;
    for (const h of [waiting, undecided]) await t.ok('cases.restrict', { householdId: h.householdId, userIds: [managerId], reason: 'Staff member’s relative' });
    for (const who of ['sam.support', 'nia.night', 'admin']) {
      await signInAs(t, who);
      const candidates = await t.ok<Candidate[]>('allocation.candidates');
      expect(candidates.map((c) => [c.reference, c.displayName, c.restricted, c.status, c.summary]), who).toEqual([
        [waiting.reference, 'Restricted case', true, 'waiting', ''],
        [undecided.reference, 'Restricted case', true, 'undecided', ''],
      ]);
      expect(JSON.stringify(candidates), who).not.toMatch(/Rita|Tomasz|Una|boy/);
      const list = await t.ok<{ reference: string; displayName: string; restricted: boolean }[]>('waitingList.list');
      expect(list, who).toEqual([expect.objectContaining({ reference: waiting.reference, displayName: 'Restricted case', restricted: true, parts: [] })]);
      expect(JSON.stringify(list), who).not.toMatch(/Rita|Tomasz/);
    }
    await signInAs(t, 'mo.manager');
    const candidates = await t.ok<Candidate[]>('allocation.candidates');
    expect(candidates.map((c) => [c.displayName, c.restricted, c.summary])).toEqual([
      ['Rita Restricted', false, 'Woman, boy 11'],
      ['Una Unnamed', false, 'Woman'],
    ]);
    expect(await t.ok('waitingList.list')).toEqual([expect.objectContaining({ displayName: 'Rita Restricted', restricted: false })]);
  });
});
