import { afterEach, describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/shared/retention/subject-access';
import { refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/* The correction history a manager reads on the case record (channel subjectAccess.corrections). */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
const db = (t: T) => t.ws.unlocked!.open.db;

async function office() {
  const t = await setUpWorkspace();
  cleanups.push(t.cleanup);
  await addStaff(t, 'mia', 'manager', 'Mia Manager');
  await addStaff(t, 'sam', 'support_worker', 'Sam Support');
  const amira = await refer(t, { name: 'Amira Haddad' });
  const personId = (db(t).prepare("SELECT id FROM people WHERE household_id = ? AND kind = 'adult'").get(amira.householdId) as { id: number }).id;
  await signInAs(t, 'mia');
  return { t, amira, personId };
}

describe('correction history', () => {
  it('a manager reads who corrected what, from what to what, when and why, oldest first', async () => {
    const { t, personId } = await office();
    expect(await t.ok<Correction[]>('subjectAccess.corrections', { personId })).toEqual([]);
    await t.ok('subjectAccess.correct', { personId, field: 'name', value: 'Amira Haddad-Khan', reason: 'Surname misspelt at referral' });
    await t.ok('subjectAccess.correct', { personId, field: 'dateOfBirth', value: '1990-04-02', reason: 'Date of birth from her passport' });
    const history = await t.ok<Correction[]>('subjectAccess.corrections', { personId });
    expect(history.map((c) => [c.field, c.oldValue, c.newValue, c.reason, c.byName])).toEqual([
      ['name', 'Amira Haddad', 'Amira Haddad-Khan', 'Surname misspelt at referral', 'Mia Manager'],
      ['dateOfBirth', null, '1990-04-02', 'Date of birth from her passport', 'Mia Manager'],
    ]);
    expect(history[0]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The correction's own answer carries the same names.
    const after = await t.ok<Correction[]>('subjectAccess.correct', { personId, field: 'language', value: 'Arabic', reason: 'She told us' });
    expect(after.at(-1)).toMatchObject({ field: 'language', byName: 'Mia Manager' });
  });

  it('a support worker cannot read it, and a restricted case the manager is not named on is refused and audited', async () => {
    const { t, amira, personId } = await office();
    await signInAs(t, 'sam');
    const worker = await t.router.call('subjectAccess.corrections', { personId });
    expect(worker.ok).toBe(false);
    if (!worker.ok) expect(worker.error.code).toBe('FORBIDDEN');
    await signInAs(t, 'mia');
    db(t).prepare('UPDATE households SET restricted = 1 WHERE id = ?').run(amira.householdId);
    const r = await t.router.call('subjectAccess.corrections', { personId });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    expect((db(t).prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'case.denied'").get() as { n: number }).n).toBe(1);
  });

  it('an unknown person is a clear "not found"', async () => {
    const { t } = await office();
    const r = await t.router.call('subjectAccess.corrections', { personId: 999_999 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
  });
});
