import { afterEach, describe, expect, it } from 'vitest';
import { checklistAnswers, refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * Searching and filtering the case list must not tell someone who is in a restricted case they
 * are not named on, or what it holds. Through the router on a real encrypted database: a worker
 * not named on the case (and a manager and an administrator not named on it: no role sees past
 * a restriction) sees that it exists in the full list and when they type its exact reference, but
 * a name, alias, date of birth, risk level, key worker, status or date range never matches it.
 * The workers named on it find it every way. Ctrl+K quick-open calls the same channel.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

type Item = { reference: string; householdId: number; displayName: string; hidden: boolean; riskLevel: string | null; status: string };
type List = { total: number; items: Item[] };

/**
 * Esme's case (high risk, Sam's, restricted to Sam and the administrator who restricted it) and an
 * open case with the same first name.
 */
async function office() {
  const t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
  cleanups.push(t.cleanup);
  const sam = await addStaff(t, 'sam', 'support_worker', 'Sam Support');
  await addStaff(t, 'lee', 'support_worker', 'Lee Support');
  await addStaff(t, 'kim', 'manager', 'Kim Manager');
  await addStaff(t, 'val', 'administrator', 'Val Admin');
  const esme = await refer(t, { name: 'Esme Whitlock', alias: 'Bluebell', dateOfBirth: '1985-02-03', receivedAt: '2026-07-10T12:00:00Z' });
  const open = await refer(t, { name: 'Esme Open', dateOfBirth: '1990-05-06', receivedAt: '2026-08-10T12:00:00Z' });
  await t.ok('risk.assess', { referralId: esme.referralId, answers: checklistAnswers(15) });
  await t.ok('cases.assignWorker', { householdId: esme.householdId, userId: sam });
  await t.ok('cases.restrict', { householdId: esme.householdId, userIds: [sam], reason: 'relative of a staff member' });
  const list = async (query: Record<string, unknown>) => {
    const l = await t.ok<List>('cases.list', query);
    // The count never counts what the page does not show (a count of 1 would say enough).
    expect(l.total, JSON.stringify(query)).toBe(l.items.length);
    return l;
  };
  const refs = async (query: Record<string, unknown>) => (await list(query)).items.map((i) => i.reference);
  return { t, sam, esme, open, list, refs };
}

/** Every way of finding Esme's case that is not its exact reference. */
function revealingQueries(c: Awaited<ReturnType<typeof office>>): Record<string, unknown>[] {
  return [
    { search: 'Esme' },
    { search: 'esme whit' },
    { search: 'Es' }, // under three characters: the plain LIKE path rather than the trigram index
    { search: 'Bluebell' },
    { search: 'Whitlock' },
    { search: '1985-02-03' },
    { search: '3/2/1985' },
    { riskLevel: 'high' },
    { workerId: c.sam },
    { status: 'in_progress' }, // Esme's, once assessed
    { receivedFrom: '2026-07-10', receivedTo: '2026-07-10' },
    { receivedTo: '2026-07-31' },
    // An exact reference with a filter would confirm what the filter asks.
    { search: c.esme.reference, riskLevel: 'high' },
    { search: c.esme.reference, workerId: c.sam },
    { search: c.esme.reference, status: 'in_progress' },
  ];
}

describe('searching the case list for a restricted case', () => {
  it('a support worker not named on it cannot find it by name, alias, date of birth, risk level, worker, status or dates', async () => {
    const c = await office();
    await signInAs(c.t, 'lee');
    for (const query of revealingQueries(c)) {
      const l = await c.list(query);
      expect(l.items.map((i) => i.householdId), JSON.stringify(query)).not.toContain(c.esme.householdId);
      expect(JSON.stringify(l), JSON.stringify(query)).not.toMatch(/Restricted case|Whitlock|Bluebell|1985-02-03/);
    }
    // The open case with the same first name is still found as usual.
    expect(await c.refs({ search: 'Esme' })).toEqual([c.open.reference]);
    expect(await c.refs({ status: 'new' })).toEqual([c.open.reference]);
    expect(await c.refs({ status: 'in_progress' })).toEqual([]);
    expect(await c.refs({ riskLevel: 'not_assessed' })).toEqual([c.open.reference]);
    // Quick-open (Ctrl+K) asks the same channel with a short page.
    const quick = await c.list({ search: 'Esme', status: null, riskLevel: null, workerId: null, receivedFrom: null, receivedTo: null, limit: 12, offset: 0 });
    expect(quick.items.map((i) => i.reference)).toEqual([c.open.reference]);
  });

  it('it still shows that the case exists: in the full list, and by its exact reference, with nothing else', async () => {
    const c = await office();
    await signInAs(c.t, 'lee');
    const all = await c.list({});
    expect(all.items.map((i) => i.reference)).toEqual([c.open.reference, c.esme.reference]);
    const masked = expect.objectContaining({ reference: c.esme.reference, displayName: 'Restricted case', hidden: true, riskLevel: null, status: 'restricted' });
    expect(all.items[1]).toEqual(masked);
    const household = c.esme.reference.split('/')[0]!;
    for (const search of [c.esme.reference, household, household.toLowerCase().replace('-', '')]) {
      const l = await c.list({ search });
      expect(l.items, search).toEqual([masked]);
      expect(JSON.stringify(l)).not.toMatch(/Whitlock|Bluebell|1985-02-03|high/);
    }
    // A reference typed only in part lists the open cases it fits, not the restricted one.
    expect(await c.refs({ search: 'C-00000' })).toEqual([c.open.reference]);
  });

  it('a manager or an administrator not named on it cannot find it by its contents either', async () => {
    const c = await office();
    for (const who of ['kim', 'val']) {
      await signInAs(c.t, who);
      for (const query of revealingQueries(c)) {
        expect((await c.list(query)).items.map((i) => i.householdId), `${who} ${JSON.stringify(query)}`).not.toContain(c.esme.householdId);
      }
      expect((await c.list({ search: c.esme.reference })).items).toEqual([expect.objectContaining({ hidden: true })]);
    }
  });

  it('the worker named on it finds it every way, in full', async () => {
    const c = await office();
    await signInAs(c.t, 'sam');
    for (const query of revealingQueries(c)) {
      const l = await c.list(query);
      expect(l.items.find((i) => i.householdId === c.esme.householdId), JSON.stringify(query)).toMatchObject({ displayName: 'Esme Whitlock', hidden: false });
    }
    expect(await c.refs({ search: 'Esme' })).toEqual([c.open.reference, c.esme.reference]);
    expect(await c.refs({ riskLevel: 'high' })).toEqual([c.esme.reference]);
  });

  it('once the restriction is lifted, everyone finds it again', async () => {
    const c = await office();
    await signInAs(c.t, 'admin');
    await c.t.ok('cases.restrict', { householdId: c.esme.householdId, userIds: [], reason: 'no longer needed' });
    await signInAs(c.t, 'lee');
    expect(await c.refs({ search: 'Esme' })).toEqual([c.open.reference, c.esme.reference]);
    expect(await c.refs({ riskLevel: 'high' })).toEqual([c.esme.reference]);
  });

  it('the intake duplicate check still says a restricted record matches, and no more', async () => {
    const c = await office();
    await signInAs(c.t, 'lee');
    const matches = await c.t.ok<{ householdId: number; restricted: boolean; displayName: string; references: string[] }[]>('referrals.matches', { name: 'Esme Whitlock', dateOfBirth: '1985-02-03' });
    expect(matches).toEqual([expect.objectContaining({ householdId: c.esme.householdId, restricted: true, displayName: 'Restricted case', references: [] })]);
  });
});
