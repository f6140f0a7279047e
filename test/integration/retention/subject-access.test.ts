import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/main/db/repos/audit.repo';
import type { PdfOptions } from '../../../src/main/services/pdf/pdf-printer';
import type { SubjectAccessExport } from '../../../src/shared/retention/subject-access';
import { refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

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
  const printed: string[] = [];
  (t.ws.deps as { pdfPrinter?: unknown }).pdfPrinter = async (page: string, _opts?: PdfOptions) => {
    printed.push(page);
    return Buffer.from('%PDF-1.4 fake');
  };
  await addStaff(t, 'mia', 'manager', 'Mia Manager');
  await addStaff(t, 'sam', 'support_worker', 'Sam Support');
  const amira = await refer(t, { name: 'Amira Haddad', notes: '<script>alert(1)</script> first episode' });
  const other = await refer(t, { name: 'Olga Other' });
  const personId = (db(t).prepare("SELECT id FROM people WHERE household_id = ? AND kind = 'adult'").get(amira.householdId) as { id: number }).id;
  await signInAs(t, 'mia');
  return { t, printed, amira, other, personId };
}

describe('subject access and erasure', () => {
  it('a manager exports everything held about a person as JSON and a readable PDF, audited with counts', async () => {
    const { t, printed, personId } = await office();
    const x = await t.ok<SubjectAccessExport>('subjectAccess.export', { personId });
    const json = JSON.parse(x.json.content) as { records: Record<string, Record<string, unknown>[]> };
    expect(json.records.people!.map((p) => p.name)).toEqual(['Amira Haddad']);
    expect(json.records.referrals).toHaveLength(1);
    expect(JSON.stringify(json)).not.toContain('Olga Other');
    expect(x.pdf.mimeType).toBe('application/pdf');
    expect(Buffer.from(x.pdf.content, 'base64').toString()).toContain('%PDF');
    // The readable copy names the person and escapes what was typed.
    expect(printed[0]).toContain('Amira Haddad');
    expect(printed[0]).toContain('&lt;script&gt;');
    expect(printed[0]).not.toContain('<script>');
    const entry = db(t).prepare("SELECT detail FROM audit_log WHERE action = 'subjectAccess.export'").get() as { detail: string };
    expect(entry.detail).not.toContain('Amira');
    expect(JSON.parse(entry.detail)).toMatchObject({ rows: { people: 1, referrals: 1, households: 1 } });
  });

  it('the export includes the out-of-hours calls and handover notes about the household, and no one else’s', async () => {
    const { t, printed, amira, other, personId } = await office();
    await t.ok('phoneLog.add', { callerType: 'resident', caseId: amira.householdId, actionTaken: 'Amira rang distressed; talked it through.', followUpNeeded: true, followUpNote: 'Key worker to ring her' });
    await t.ok('phoneLog.add', { callerType: 'family_or_friend', caseId: other.householdId, actionTaken: 'Olga’s sister rang.' });
    await t.ok('phoneLog.add', { callerType: 'unknown_or_silent', actionTaken: 'Silent call.' });
    await t.ok('handover.add', {
      generalNotes: 'Quiet night.',
      notes: [
        { targetLabel: 'Unit 4', caseId: amira.householdId, note: 'Amira rang at 02:10.' },
        { targetLabel: 'Unit 6', caseId: other.householdId, note: 'Olga out late.' },
      ],
    });
    const x = await t.ok<SubjectAccessExport>('subjectAccess.export', { personId });
    const json = JSON.parse(x.json.content) as { records: Record<string, Record<string, unknown>[]> };
    expect(json.records.phone_calls!.map((c) => [c.action_taken, c.follow_up_note])).toEqual([['Amira rang distressed; talked it through.', 'Key worker to ring her']]);
    expect(json.records.handover_notes!.map((n) => [n.target_label, n.note])).toEqual([['Unit 4', 'Amira rang at 02:10.']]);
    expect(x.counts).toMatchObject({ phone_calls: 1, handover_notes: 1 });
    for (const elsewhere of ['Olga', 'Silent call', 'Quiet night']) expect(x.json.content).not.toContain(elsewhere);
    expect(printed.at(-1)).toContain('Out-of-hours phone calls about the household (1)');
    expect(printed.at(-1)).toContain('Shift handover notes about the household (1)');
    expect(printed.at(-1)).toContain('Amira rang at 02:10.');
  });

  it('erasure removes the calls and handover notes about the household and keeps everyone else’s', async () => {
    const { t, amira, other } = await office();
    await t.ok('phoneLog.add', { callerType: 'resident', caseId: amira.householdId, actionTaken: 'Amira rang.' });
    await t.ok('phoneLog.add', { callerType: 'resident', caseId: other.householdId, actionTaken: 'Olga rang.' });
    const h = await t.ok<{ id: number }>('handover.add', {
      generalNotes: 'Quiet night.',
      notes: [
        { targetLabel: 'Unit 4', caseId: amira.householdId, note: 'Amira settled.' },
        { targetLabel: 'Unit 6', caseId: other.householdId, note: 'Olga settled.' },
      ],
    });
    const r = await t.ok<{ rows: Record<string, number> }>('subjectAccess.erase', { householdId: amira.householdId, reason: 'Erasure request received by letter' });
    expect(r.rows).toMatchObject({ households: 1, phone_calls: 1, handover_notes: 1 });
    expect((await t.ok<{ actionTaken: string }[]>('phoneLog.list', {})).map((c) => c.actionTaken)).toEqual(['Olga rang.']);
    const handover = await t.ok<{ generalNotes: string; notes: { note: string }[] }>('handover.get', { id: h.id });
    expect(handover).toMatchObject({ generalNotes: 'Quiet night.', notes: [{ note: 'Olga settled.' }] });
    expect(db(t).prepare("SELECT count(*) FROM phone_calls WHERE action_taken LIKE '%Amira%'").pluck().get()).toBe(0);
    expect(db(t).prepare("SELECT count(*) FROM handover_notes WHERE note LIKE '%Amira%'").pluck().get()).toBe(0);
    expect(db(t).pragma('foreign_key_check')).toEqual([]);
  });

  it('a restricted case the manager is not named on is refused, and the refusal is audited', async () => {
    const { t, amira, personId } = await office();
    db(t).prepare('UPDATE households SET restricted = 1 WHERE id = ?').run(amira.householdId);
    const r = await t.router.call('subjectAccess.export', { personId });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    const e = await t.router.call('subjectAccess.erase', { householdId: amira.householdId, reason: 'request' });
    expect(e.ok).toBe(false);
    expect((db(t).prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'case.denied'").get() as { n: number }).n).toBe(2);
    expect((db(t).prepare('SELECT COUNT(*) AS n FROM households WHERE id = ?').get(amira.householdId) as { n: number }).n).toBe(1);
  });

  it('erasure on request removes the household everywhere, leaves others alone, and records counts and the reason', async () => {
    const { t, amira, other } = await office();
    const r = await t.ok<{ rows: Record<string, number>; vacuumed: boolean }>('subjectAccess.erase', { householdId: amira.householdId, reason: 'Erasure request received by letter' });
    expect(r.rows).toMatchObject({ households: 1, people: 1, referrals: 1 });
    expect(r.vacuumed).toBe(true);
    expect((await t.ok<{ items: unknown[] }>('cases.list', { search: 'Amira' })).items).toHaveLength(0);
    expect((await t.ok<{ items: unknown[] }>('cases.list', { search: 'Olga' })).items).toHaveLength(1);
    expect(db(t).prepare('SELECT COUNT(*) AS n FROM households WHERE id = ?').get(other.householdId)).toEqual({ n: 1 });
    const entry = db(t).prepare("SELECT detail FROM audit_log WHERE action = 'subjectAccess.erase'").get() as { detail: string };
    expect(entry.detail).not.toContain('Amira');
    expect(JSON.parse(entry.detail)).toMatchObject({ reason: 'Erasure request received by letter', rows: { households: 1 } });
    expect(verifyAuditChain(db(t)).ok).toBe(true);
  });

  it('a correction changes the record, keeps old value, new value, who, when and why, and shows in the export', async () => {
    const { t, printed, personId } = await office();
    const history = await t.ok<{ field: string; oldValue: string | null; newValue: string | null; reason: string; byUser: number }[]>('subjectAccess.correct', {
      personId,
      field: 'name',
      value: 'Amira Haddad-Khan',
      reason: 'Surname misspelt at referral; she asked for it to be corrected',
    });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ field: 'name', oldValue: 'Amira Haddad', newValue: 'Amira Haddad-Khan', reason: 'Surname misspelt at referral; she asked for it to be corrected' });
    expect(history[0]!.byUser).toBe((db(t).prepare("SELECT id FROM users WHERE display_name = 'Mia Manager'").get() as { id: number }).id);
    // The search index follows the corrected name.
    expect((await t.ok<{ items: unknown[] }>('cases.list', { search: 'Haddad-Khan' })).items).toHaveLength(1);
    const again = await t.router.call('subjectAccess.correct', { personId, field: 'name', value: 'Amira Haddad-Khan', reason: 'again' });
    expect(again.ok).toBe(false);
    const noReason = await t.router.call('subjectAccess.correct', { personId, field: 'name', value: 'X', reason: ' ' });
    expect(noReason.ok).toBe(false);
    const x = await t.ok<SubjectAccessExport>('subjectAccess.export', { personId });
    const json = JSON.parse(x.json.content) as { records: Record<string, Record<string, unknown>[]> };
    expect(json.records.person_corrections).toEqual([expect.objectContaining({ field: 'name', old_value: 'Amira Haddad', new_value: 'Amira Haddad-Khan' })]);
    expect(printed.at(-1)).toContain('Corrections (history');
    expect(printed.at(-1)).toContain('Surname misspelt at referral');
    const entry = db(t).prepare("SELECT detail FROM audit_log WHERE action = 'subjectAccess.correct'").get() as { detail: string };
    expect(entry.detail).toBe('name');
  });

  it('support workers can neither export nor erase', async () => {
    const { t, amira, personId } = await office();
    await signInAs(t, 'sam');
    for (const [channel, input] of [
      ['subjectAccess.export', { personId }],
      ['subjectAccess.erase', { householdId: amira.householdId, reason: 'x' }],
    ] as const) {
      const r = await t.router.call(channel, input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    }
  });
});
