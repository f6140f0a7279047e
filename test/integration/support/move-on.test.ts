import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { communityHousehold, todayOf } from '../../helpers/support';

/*
 * Move-on / second-stage support after someone leaves, through the router on a real encrypted
 * database: it lasts up to twelve months after the exit, however late it was started, and
 * support recorded or started beyond that is refused with a message that gives the dates.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
type Episode = { episode: { state: string; moveOn: { startOn: string; latestEnd: string; endedOn: string | null } | null } };

let t: T;
beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-03-02T10:00:00Z' });
});
afterEach(() => t.cleanup());

const EXIT = { planned: true, reason: 'moved_on_planned', destination: 'own_tenancy', achievingIndependence: 'yes' } as const;

function contactOn(householdId: number, date: string) {
  t.clock.set(`${date}T12:00:00Z`);
  return t.router.call('support.contacts.add', { householdId, contactOn: date, minutes: 30, timeKind: 'paid', workerName: 'Jo', supportType: 'housing_related' });
}

describe('move-on support after leaving', () => {
  it('started at the exit, takes contacts up to twelve months after it and refuses the day after', async () => {
    const h = await communityHousehold(t);
    await t.ok('exits.record', { householdId: h.householdId, exitedOn: todayOf(t), ...EXIT, startMoveOn: true });
    expect((await t.ok<Episode>('exits.get', { householdId: h.householdId })).episode.moveOn).toMatchObject({ startOn: '2026-03-02', latestEnd: '2027-03-02' });

    expect(await contactOn(h.householdId, '2027-03-02')).toMatchObject({ ok: true });
    const late = await contactOn(h.householdId, '2027-03-03');
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { contactOn: 'The contact must fall within move-on support (2 March 2026 to 2 March 2027).' } },
    });
    const list = await t.ok<{ items: { contactOn: string; moveOn: boolean }[] }>('support.contacts.list', { householdId: h.householdId });
    expect(list.items.map((c) => [c.contactOn, c.moveOn])).toEqual([['2027-03-02', true]]);
  });

  it('started later, still ends twelve months after the exit, not twelve months after its start', async () => {
    const h = await communityHousehold(t);
    await t.ok('exits.record', { householdId: h.householdId, exitedOn: '2026-03-02', ...EXIT });
    t.clock.set('2026-09-01T10:00:00Z');
    const started = await t.ok<{ latestEnd: string }>('support.moveOn.start', { householdId: h.householdId, startOn: '2026-09-01' });
    expect(started.latestEnd).toBe('2027-03-02');
    expect((await contactOn(h.householdId, '2027-03-02')).ok).toBe(true);
    expect(await contactOn(h.householdId, '2027-03-03')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { contactOn: expect.stringContaining('2 March 2027') } } });
    // Nor can it be ended later than that.
    expect(await t.router.call('support.moveOn.end', { householdId: h.householdId, endedOn: '2027-03-03' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { endedOn: expect.any(String) } } });
  });

  it('refuses to start once the twelve months after the exit are up, saying by when it had to start', async () => {
    const h = await communityHousehold(t);
    await t.ok('exits.record', { householdId: h.householdId, exitedOn: '2026-03-02', ...EXIT });
    t.clock.set('2027-04-01T10:00:00Z');
    const message = 'Move-on support lasts at most twelve months after leaving. The exit was on 2 March 2026, so move-on support had to start before 2 March 2027.';
    for (const startOn of ['2027-04-01', '2027-03-02']) {
      const refused = await t.router.call('support.moveOn.start', { householdId: h.householdId, startOn });
      expect(refused).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message, fields: { startOn: message } } });
    }
    expect((await t.ok<Episode>('exits.get', { householdId: h.householdId })).episode).toMatchObject({ state: 'ended', moveOn: null });
    // The day before the twelve months are up it can still start, and runs to their end.
    const lastChance = await t.router.call('support.moveOn.start', { householdId: h.householdId, startOn: '2027-03-01' });
    expect(lastChance).toMatchObject({ ok: true, value: { latestEnd: '2027-03-02' } });
  });
});
