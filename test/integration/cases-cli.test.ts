import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/shared/clock';
import { checklistAnswers, refer } from '../helpers/cases';
import { cli } from '../helpers/cli';
import { addStaff, signInAs } from '../helpers/staff';
import { GOOD_PASSWORD, setUpWorkspace, TEST_SCRYPT } from '../helpers/temp-workspace';

/*
 * `waymark cases list`: case references with status, risk level and dates, for an administrator
 * or tester without a window. Names only with --names, and only for a manager or administrator;
 * every listing is audited, and so is a refused --names. Cases are made through the router on a
 * real encrypted database; the command then opens the same file.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const NOW = '2026-11-20T11:00:00Z';
const env = { scrypt: TEST_SCRYPT, clock: fixedClock(NOW) };
const NAMES = ['Amira Haddad', 'Beth Jones', 'Cara Lee', 'Dina Private'];

type Row = { reference: string; status: string; riskLevel: string | null; receivedAt: string; decidedAt: string | null; name?: string };

/** Four cases: accepted (high risk), not supported (standard), new, and one restricted to Sam and Lou. */
async function office() {
  const t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
  cleanups.push(t.cleanup);
  await addStaff(t, 'kim', 'manager', 'Kim Manager');
  await addStaff(t, 'lou', 'manager', 'Lou Manager');
  const samId = await addStaff(t, 'sam', 'support_worker', 'Sam Support');
  const accepted = await refer(t, { name: NAMES[0], receivedAt: '2026-11-17T09:00:00Z' });
  const declined = await refer(t, { name: NAMES[1], receivedAt: '2026-11-18T09:00:00Z' });
  const fresh = await refer(t, { name: NAMES[2], receivedAt: '2026-11-19T09:00:00Z' });
  await t.ok('risk.assess', { referralId: accepted.referralId, answers: checklistAnswers(15) });
  await t.ok('risk.assess', { referralId: declined.referralId, answers: checklistAnswers(2) });
  t.clock.set('2026-11-20T10:30:00Z');
  await t.ok('referrals.decide', { referralId: accepted.referralId, outcome: 'accepted', acceptedTo: 'waiting_unit' });
  await t.ok('referrals.decide', { referralId: declined.referralId, outcome: 'not_supported', reason: 'capacity', unitTypesFull: ['refuge'] });
  // Lou restricts it (and so stays named on it); Kim, the other manager, and the administrator are not.
  await signInAs(t, 'lou');
  const restricted = await refer(t, { name: NAMES[3], receivedAt: '2026-11-20T08:00:00Z' });
  await t.ok('cases.restrict', { householdId: restricted.householdId, userIds: [samId], reason: 'relative of a staff member' });
  return { t, accepted, declined, fresh, restricted };
}

type Office = Awaited<ReturnType<typeof office>>;
const list = (o: Office, user: string, ...args: string[]) => cli(['cases', 'list', '--db', o.t.ws.deps.paths.dbPath, '--user', user, ...args], [GOOD_PASSWORD], env);
const auditRows = (o: Office, action: string) =>
  o.t.ws.unlocked!.open.db.prepare('SELECT username, detail FROM audit_log WHERE action = ? ORDER BY id').all(action) as { username: string; detail: string }[];

describe('waymark cases list', () => {
  it('prints JSON with each case’s reference, status, risk level and dates, newest first, and no names', async () => {
    const o = await office();
    const r = await list(o, 'admin', '--format', 'json');
    expect([r.code, r.err]).toEqual([0, '']);
    const rows = JSON.parse(r.out) as Row[];
    expect(rows).toEqual([
      { reference: o.restricted.reference, status: 'restricted', riskLevel: null, receivedAt: '2026-11-20T08:00:00.000Z', decidedAt: null },
      { reference: o.fresh.reference, status: 'new', riskLevel: null, receivedAt: '2026-11-19T09:00:00.000Z', decidedAt: null },
      { reference: o.declined.reference, status: 'not_supported', riskLevel: 'standard', receivedAt: '2026-11-18T09:00:00.000Z', decidedAt: '2026-11-20T10:30:00.000Z' },
      { reference: o.accepted.reference, status: 'accepted', riskLevel: 'high', receivedAt: '2026-11-17T09:00:00.000Z', decidedAt: '2026-11-20T10:30:00.000Z' },
    ]);
    for (const name of [...NAMES, 'Haddad', 'Restricted case']) expect(r.out).not.toContain(name);
    expect(auditRows(o, 'cases.export')).toEqual([{ username: 'admin', detail: '4 rows, json' }]);
  });

  it('lists only the cases with the status asked for', async () => {
    const o = await office();
    const accepted = await list(o, 'admin', '--status', 'accepted');
    expect((JSON.parse(accepted.out) as Row[]).map((x) => [x.reference, x.status])).toEqual([[o.accepted.reference, 'accepted']]);
    const declined = await list(o, 'admin', '--status', 'not_supported', '--format', 'json');
    expect((JSON.parse(declined.out) as Row[]).map((x) => x.reference)).toEqual([o.declined.reference]);
    const fresh = await list(o, 'admin', '--status', 'new');
    // The restricted case is new too, but the administrator is not named on it: a status filter
    // never matches it (listing it would say its status), though the full list shows it exists.
    expect((JSON.parse(fresh.out) as Row[]).map((x) => [x.reference, x.status])).toEqual([[o.fresh.reference, 'new']]);
    expect(JSON.parse((await list(o, 'admin', '--status', 'closed')).out)).toEqual([]);
    const bad = await list(o, 'admin', '--status', 'waiting');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--status must be one of new, in_progress, accepted, not_supported, closed/);
    expect(bad.out).toBe('');
  });

  it('prints CSV with the same columns and no names', async () => {
    const o = await office();
    const r = await list(o, 'admin', '--format', 'csv', '--status', 'accepted');
    expect(r.code).toBe(0);
    const lines = r.out.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toEqual(['reference,status,riskLevel,receivedAt,decidedAt', `${o.accepted.reference},accepted,high,2026-11-17T09:00:00.000Z,2026-11-20T10:30:00.000Z`]);
    const empty = await list(o, 'admin', '--format', 'csv', '--status', 'closed');
    expect(empty.out.replace(/^\uFEFF/, '').trimEnd()).toBe('reference,status,riskLevel,receivedAt,decidedAt');
  });

  it('adds names for a manager with --names, never for a restricted case they are not named on, and audits it', async () => {
    const o = await office();
    const r = await list(o, 'kim', '--names');
    expect([r.code, r.err]).toEqual([0, '']);
    const rows = JSON.parse(r.out) as Row[];
    expect(rows.map((x) => [x.reference, x.name])).toEqual([
      [o.restricted.reference, 'Restricted case'],
      [o.fresh.reference, 'Cara Lee'],
      [o.declined.reference, 'Beth Jones'],
      [o.accepted.reference, 'Amira Haddad'],
    ]);
    expect(r.out).not.toContain('Dina');
    expect(auditRows(o, 'cases.export')).toEqual([{ username: 'kim', detail: '4 rows, json, with names' }]);
    const csv = await list(o, 'kim', '--names', '--format', 'csv', '--status', 'new');
    // Kim is not named on the restricted case, so filtering by status does not match it.
    expect(csv.out.replace(/^\uFEFF/, '').split('\r\n').slice(0, 3)).toEqual([
      'reference,status,riskLevel,receivedAt,decidedAt,name',
      `${o.fresh.reference},new,,2026-11-19T09:00:00.000Z,,Cara Lee`,
      '',
    ]);
  });

  it('refuses --names to a support worker: no output, a clear line, and the refusal audited', async () => {
    const o = await office();
    const r = await list(o, 'sam', '--names');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim()).toBe('waymark cases: --names needs a manager or an administrator');
    expect(auditRows(o, 'cases.export')).toEqual([]);
    expect(auditRows(o, 'cases.export.denied')).toEqual([{ username: 'sam', detail: '--names refused for role support_worker' }]);
    // Without --names the same worker gets the list, with the case restricted to them open to them.
    const plain = await list(o, 'sam');
    expect(plain.code).toBe(0);
    expect((JSON.parse(plain.out) as Row[])[0]).toEqual({ reference: o.restricted.reference, status: 'new', riskLevel: null, receivedAt: '2026-11-20T08:00:00.000Z', decidedAt: null });
    expect(plain.out).not.toContain('Dina');
  });
});
