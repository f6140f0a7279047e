import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitingHousehold } from '../../helpers/allocation';
import { checklistAnswers } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * A manager adjusts a household's place on the waiting list through the router: the order
 * changes, the reason is required and shown in the priority's parts, and nothing else may do it.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
type Entry = { referralId: number; displayName: string; priority: number; parts: { label: string; points: number }[] };
let t: T;

beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
});
afterEach(() => t.cleanup());

const list = () => t.ok<Entry[]>('waitingList.list');
const names = async () => (await list()).map((e) => e.displayName);

async function twoWaiting() {
  const high = await waitingHousehold(t, { name: 'Hana High' });
  await t.ok('risk.assess', { referralId: high.referralId, answers: checklistAnswers(15) });
  const other = await waitingHousehold(t, { name: 'Olive Other' });
  await addStaff(t, 'mona', 'manager', 'Mona Manager');
  await addStaff(t, 'sam', 'support_worker', 'Sam Support');
  await signInAs(t, 'mona');
  return { high, other };
}

describe('adjusting the waiting list', () => {
  it('moves a household up when a manager adds points with a reason, and shows why', async () => {
    const { other } = await twoWaiting();
    expect(await names()).toEqual(['Hana High', 'Olive Other']);

    await t.ok('waitingList.adjust', { referralId: other.referralId, points: 250, reason: 'Her hotel place ends tonight' });
    const after = await list();
    expect(after.map((e) => e.displayName)).toEqual(['Olive Other', 'Hana High']);
    expect(after[0]!.parts).toContainEqual({ label: 'Manager’s adjustment: Her hotel place ends tonight', points: 250 });

    // A later adjustment down puts her back below.
    await t.ok('waitingList.adjust', { referralId: other.referralId, points: -250, reason: 'The hotel extended her stay' });
    expect(await names()).toEqual(['Hana High', 'Olive Other']);

    await signInAs(t, 'admin');
    const audit = await t.ok<{ action: string; username: string; detail: string }[]>('audit.list', { action: 'waiting-list.adjust' });
    expect(audit.map((a) => [a.username, a.detail]).sort()).toEqual([
      ['mona', '+250'],
      ['mona', '-250'],
    ]);
  });

  it('requires a reason, and changes nothing without one', async () => {
    const { other } = await twoWaiting();
    for (const reason of ['', '  ', 'x']) {
      const r = await t.router.call('waitingList.adjust', { referralId: other.referralId, points: 500, reason });
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { reason: 'Say why the priority changes.' } } });
    }
    const missing = await t.router.call('waitingList.adjust', { referralId: other.referralId, points: 500 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { reason: expect.any(String) } } });
    expect(await names()).toEqual(['Hana High', 'Olive Other']);
    expect((await list())[1]!.parts.some((p) => p.label.startsWith('Manager’s adjustment'))).toBe(false);
  });

  it('is for managers and for households on the list only', async () => {
    const { high, other } = await twoWaiting();
    await signInAs(t, 'sam');
    const refused = await t.router.call('waitingList.adjust', { referralId: other.referralId, points: 250, reason: 'I think she should be first' });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');

    await signInAs(t, 'mona');
    expect(await names()).toEqual(['Hana High', 'Olive Other']);
    await t.ok('waitingList.leave', { referralId: high.referralId, reason: 'found_elsewhere' });
    const gone = await t.router.call('waitingList.adjust', { referralId: high.referralId, points: 100, reason: 'Back on the list?' });
    expect(gone.ok ? null : gone.error.code).toBe('CONFLICT');
  });
});
