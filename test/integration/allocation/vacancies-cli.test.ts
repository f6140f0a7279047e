import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/shared/clock';
import { addUnit, REFUGE_ROOM, waitingHousehold } from '../../helpers/allocation';
import { cli } from '../../helpers/cli';
import { GOOD_PASSWORD, setUpWorkspace, TEST_SCRYPT } from '../../helpers/temp-workspace';

/* `waymark vacancies`: the same list as the screen, as JSON or CSV, never with an address. */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function estate() {
  const t = await setUpWorkspace();
  cleanups.push(t.cleanup);
  await addUnit(t, { ...REFUGE_ROOM, address: '1 Secret Road', name: 'Rose House' });
  const flat = await addUnit(t, { code: 'D1', address: '2 Hidden Lane' });
  await addUnit(t, { code: 'D2', address: '3 Quiet Close', pets: true });
  const h = await waitingHousehold(t);
  await t.ok('allocation.arrive', { unitId: flat, householdId: h.householdId, startDate: '2026-11-20' });
  return t;
}

const env = { scrypt: TEST_SCRYPT, clock: fixedClock('2026-11-20T10:00:00Z') };

describe('waymark vacancies', () => {
  it('prints tonight’s vacancies as JSON (password on standard input)', async () => {
    const t = await estate();
    const r = await cli(['vacancies', '--db', t.ws.deps.paths.dbPath, '--user', 'admin', '--date', '2026-11-20', '--format', 'json'], [GOOD_PASSWORD], env);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { date: string; vacancies: { code: string; pets: boolean }[] };
    expect(list.date).toBe('2026-11-20');
    expect(list.vacancies.map((v) => [v.code, v.pets])).toEqual([
      ['D2', true],
      ['R1', false],
    ]);
    expect(r.out).not.toMatch(/Secret|Hidden|Quiet|Rose|Headingley|LS6/);
  });

  it('prints CSV with plain-English columns, a BOM for Excel and CRLF line ends, and audits the export', async () => {
    const t = await estate();
    const r = await cli(['vacancies', '--db', t.ws.deps.paths.dbPath, '--user', 'admin', '--date', '2026-11-20', '--format', 'csv'], [GOOD_PASSWORD], env);
    expect(r.code).toBe(0);
    const lines = r.out.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Night,Ref,Type,Setting,Bedrooms,Most people,Most children,Boys accepted,Access,Pets,Free until');
    expect(lines[1]).toBe('2026-11-20,D2,Dispersed,Not single-sex,2,4,3,Boys of any age,"Not step-free, ground floor",Pets allowed,Open');
    expect(lines).toHaveLength(3);
    const audit = t.ws.unlocked!.open.db.prepare("SELECT detail FROM audit_log WHERE action = 'vacancies.export'").get();
    expect(audit).toEqual({ detail: '2 vacancies for 2026-11-20, csv' });
  });

  it('refuses a bad date or format, and a wrong password, with one line and no output', async () => {
    const t = await estate();
    const bad = await cli(['vacancies', '--db', t.ws.deps.paths.dbPath, '--user', 'admin', '--date', '20/11/2026'], [GOOD_PASSWORD], env);
    expect([bad.code, bad.err]).toEqual([2, 'waymark vacancies: --date must be a date as YYYY-MM-DD\n']);
    const fmt = await cli(['vacancies', '--db', t.ws.deps.paths.dbPath, '--user', 'admin', '--format', 'xml'], [GOOD_PASSWORD], env);
    expect(fmt.code).toBe(2);
    const pw = await cli(['vacancies', '--db', t.ws.deps.paths.dbPath, '--user', 'admin'], ['wrong-password-here'], env);
    expect(pw.code).toBe(1);
    expect(pw.out).toBe('');
  });
});
