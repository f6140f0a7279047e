import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST, type ChecklistDefinition } from '../../../src/shared/cases/dash-checklist';
import { checklistAnswers, refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * A service loads its own licensed wording of the DASH-style checklist: administrators only, the
 * file checked before anything is stored, the numbers and the high-risk rule kept, audited, and
 * a way back to the shipped checklist.
 */

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

/** The shipped checklist reworded as a licensed service's own. */
const LICENSED: ChecklistDefinition = {
  ...DEFAULT_CHECKLIST,
  id: 'harbour-licensed-2026',
  title: 'Harbour Refuge risk checklist (licensed wording)',
  groups: DEFAULT_CHECKLIST.groups.map((g) => ({ ...g, questions: g.questions.map((q) => ({ ...q, topic: `Licensed question ${q.number}: ${q.topic}?` })) })),
};
const without = (n: number): ChecklistDefinition => ({ ...LICENSED, groups: LICENSED.groups.map((g) => ({ ...g, questions: g.questions.filter((q) => q.number !== n) })) });

describe('loading a service’s own checklist wording', () => {
  it('is refused to anyone but an administrator, and nothing changes', async () => {
    const t = await fresh();
    await addStaff(t, 'mona', 'manager');
    await addStaff(t, 'sam', 'support_worker');
    for (const who of ['mona', 'sam']) {
      await signInAs(t, who);
      expect(await t.router.call('risk.checklistLoad', { json: JSON.stringify(LICENSED) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await t.router.call('risk.checklistReset', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect((await t.ok<ChecklistDefinition>('risk.checklist')).id).toBe(DEFAULT_CHECKLIST.id);
    }
  });

  it('refuses a file that is not a checklist, or that changes the numbers or the high-risk rule, with a clear message', async () => {
    const t = await fresh();
    const refused = async (json: string) => {
      const r = await t.router.call('risk.checklistLoad', { json });
      expect(r.ok).toBe(false);
      return r.ok ? { code: '', message: '', fields: {} } : r.error;
    };
    expect(await refused('{"id": "x", "title": ')).toMatchObject({ code: 'INVALID_INPUT', fields: { json: expect.stringMatching(/not a JSON file/) } });
    expect(await refused('[1, 2, 3]')).toMatchObject({ code: 'INVALID_INPUT', fields: { json: expect.any(String) } });
    expect((await refused(JSON.stringify(without(17)))).fields).toEqual({ json: 'Question 17 is missing: the checklist must have questions 1 to 24.' });
    const extra = { ...LICENSED, groups: [...LICENSED.groups, { title: 'More', questions: [{ number: 25, topic: 'Extra' }] }] };
    expect((await refused(JSON.stringify(extra))).fields).toEqual({ json: 'There is no question 25 on the checklist: numbers run from 1 to 24.' });
    expect((await refused(JSON.stringify({ ...LICENSED, highRiskThreshold: 12 }))).message).toMatch(/must stay at 14 “yes” answers/);
    expect((await refused(JSON.stringify({ ...LICENSED, id: DEFAULT_CHECKLIST.id }))).message).toMatch(/its own id/);
    const blank = { ...LICENSED, groups: [{ ...LICENSED.groups[0]!, questions: [{ number: 1, topic: '  ' }, ...LICENSED.groups[0]!.questions.slice(1)] }, ...LICENSED.groups.slice(1)] };
    expect((await refused(JSON.stringify(blank))).fields).toEqual({ json: 'A question is empty. (at groups.0.questions.0.topic)' });
    expect((await refused('')).fields).toEqual({ json: 'Choose or paste the checklist definition.' });
    expect((await t.ok<ChecklistDefinition>('risk.checklist')).id).toBe(DEFAULT_CHECKLIST.id);
  });

  it('is what every worker’s checklist shows once loaded, is recorded on each assessment, is audited, and can be reset', async () => {
    const t = await fresh();
    await addStaff(t, 'sam', 'support_worker', 'Sam Support');
    const loaded = await t.ok<ChecklistDefinition>('risk.checklistLoad', { json: JSON.stringify(LICENSED, null, 2) });
    expect(loaded).toEqual(LICENSED);

    await signInAs(t, 'sam');
    expect(await t.ok<ChecklistDefinition>('risk.checklist')).toEqual(LICENSED);
    const r = await refer(t);
    // The same numbers and rule: 14 "yes" is still visible high risk.
    expect(await t.ok('risk.assess', { referralId: r.referralId, answers: checklistAnswers(14) })).toMatchObject({ level: 'high' });
    const record = await t.ok<{ assessments: { checklistId: string }[] }>('cases.get', { householdId: r.householdId });
    expect(record.assessments[0]!.checklistId).toBe('harbour-licensed-2026');

    await signInAs(t, 'admin');
    expect(await t.ok<ChecklistDefinition>('risk.checklistReset')).toEqual(DEFAULT_CHECKLIST);
    expect(await t.ok<ChecklistDefinition>('risk.checklist')).toEqual(DEFAULT_CHECKLIST);
    const entries = await t.ok<{ action: string; username: string | null; detail: string | null }[]>('audit.list', { entity: 'settings' });
    expect(entries.map((e) => [e.action, e.username, e.detail])).toEqual(
      expect.arrayContaining([
        ['risk.checklist-load', 'admin', 'harbour-licensed-2026: Harbour Refuge risk checklist (licensed wording)'],
        ['risk.checklist-reset', 'admin', DEFAULT_CHECKLIST.id],
      ]),
    );
  });
});
