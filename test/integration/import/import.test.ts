import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, signInAs } from '../../helpers/staff';
import { GOOD_PASSWORD, setUpWorkspace } from '../../helpers/temp-workspace';

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
type Status = { state: string; processed: number; total: number; created: number; alreadyThere: number; skipped: number; problems: { row: number; field: string; message: string }[]; message: string | null };

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');

const UNIT_HEADERS = ['Unit code', 'Type', 'Single sex', 'Bedrooms', 'Max occupants', 'Max children', 'Opened on', 'Wheelchair', 'Step-free'];
const UNIT_ROWS = [
  ['R1', 'Refuge', 'Women only', '1', '3', '2', '2020-01-01', 'no', 'no'],
  ['R2', 'refuge', 'women', '2', '4', '3', '01/01/2020', 'yes', 'yes'],
  ['D1', 'Dispersed', 'Not single-sex', '3', '5', '4', '2021-06-01', '', ''],
];

async function waitFor(t: T, jobId: string, seen: number[] = []): Promise<Status> {
  for (;;) {
    const s = await t.ok<Status>('import.status', { jobId });
    seen.push(s.processed);
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function runImport(t: T, input: Record<string, unknown>, seen?: number[]): Promise<Status> {
  const { jobId } = await t.ok<{ jobId: string }>('import.run', input);
  return waitFor(t, jobId, seen);
}

const db = (t: T) => t.ws.unlocked!.open.db;
const COUNTS = {
  units: 'SELECT count(*) AS n FROM units',
  rota_staff: 'SELECT count(*) AS n FROM rota_staff',
  import_keys: 'SELECT count(*) AS n FROM import_keys',
} as const;
const count = (t: T, table: keyof typeof COUNTS) => (db(t).prepare(COUNTS[table]).get() as { n: number }).n;

describe('importing from a spreadsheet', () => {
  let t: T;
  beforeEach(async () => {
    t = await setUpWorkspace();
  });
  afterEach(() => t.cleanup());

  it('previews units with a suggested mapping and writes nothing', async () => {
    const p = await t.ok<{ mapping: Record<string, string | null>; rowCount: number; validCount: number; problems: unknown[]; sample: string[][] }>('import.preview', {
      kind: 'units',
      fileName: 'units.csv',
      dataBase64: b64(`\uFEFF${csv([UNIT_HEADERS, ...UNIT_ROWS])}`),
    });
    expect(p).toMatchObject({ rowCount: 3, validCount: 3, problems: [] });
    expect(p.mapping).toMatchObject({ code: 'Unit code', type: 'Type', maxOccupants: 'Max occupants', openedOn: 'Opened on' });
    expect(p.sample[1]).toEqual(UNIT_ROWS[1]);
    expect(count(t, 'units')).toBe(0);
  });

  it('an invalid row means nothing is written, and says which row and why', async () => {
    const bad = [...UNIT_ROWS, ['X9', 'Castle', 'Women only', '1', '2', '1', '2020-01-01', 'no', 'no'], ['X8', 'Refuge', 'Women only', '1', '2', '5', '2020-01-01', 'yes', 'no']];
    const file = { kind: 'units', fileName: 'units.csv', dataBase64: b64(csv([UNIT_HEADERS, ...bad])) };
    const p = await t.ok<{ problems: { row: number; field: string; message: string }[]; rowsWithProblems: number }>('import.preview', file);
    expect(p.rowsWithProblems).toBe(2);
    expect(p.problems).toEqual([
      { row: 5, field: 'Type', message: expect.stringContaining('“Castle” is not one of') },
      { row: 6, field: 'Most children', message: 'The adult counts too: fewer children than people.' },
      { row: 6, field: 'Step-free', message: 'A wheelchair-accessible unit is step-free: tick both.' },
    ]);
    const mapping = (await t.ok<{ mapping: Record<string, string | null> }>('import.preview', file)).mapping;
    const r = await t.router.call('import.run', { ...file, mapping, mode: 'all' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('2 rows have problems, so nothing was imported') } });
    expect(count(t, 'units')).toBe(0);

    // Valid-only: the three good rows, the bad one listed.
    const s = await runImport(t, { ...file, mapping, mode: 'valid_only' });
    expect(s).toMatchObject({ state: 'done', created: 3, skipped: 2, alreadyThere: 0 });
    expect(s.problems.map((x) => x.row)).toEqual([5, 6, 6]);
    expect(db(t).prepare('SELECT code, type, single_sex, wheelchair FROM units ORDER BY code').all()).toEqual([
      { code: 'D1', type: 'dispersed', single_sex: 'none', wheelchair: 0 },
      { code: 'R1', type: 'refuge', single_sex: 'women_only', wheelchair: 0 },
      { code: 'R2', type: 'refuge', single_sex: 'women_only', wheelchair: 1 },
    ]);
    const audit = db(t).prepare("SELECT detail FROM audit_log WHERE action = 'import.run'").all();
    expect(audit).toEqual([{ detail: 'units.csv: 3 added, 0 already there, 2 left out (valid rows only)' }]);
  });

  it('re-importing the same file adds nothing twice (units, staff and cases)', async () => {
    const units = { kind: 'units', fileName: 'u.csv', dataBase64: b64(csv([UNIT_HEADERS, ...UNIT_ROWS])) };
    const um = (await t.ok<{ mapping: Record<string, string | null> }>('import.preview', units)).mapping;
    expect(await runImport(t, { ...units, mapping: um, mode: 'all' })).toMatchObject({ state: 'done', created: 3 });
    const again = await t.ok<{ alreadyImported: number }>('import.preview', units);
    expect(again.alreadyImported).toBe(3);
    expect(await runImport(t, { ...units, mapping: um, mode: 'all' })).toMatchObject({ state: 'done', created: 0, alreadyThere: 3 });
    expect(count(t, 'units')).toBe(3);

    const staffFile = csv([
      ['Name', 'Sex', 'Role', 'Phone'],
      ['Ann Ash', 'female', 'support worker', '07700 900001'],
      ['Bea Birch', 'female', 'volunteer', ''],
    ]);
    const staff = { kind: 'staff', fileName: 's.csv', dataBase64: b64(staffFile) };
    const sm = (await t.ok<{ mapping: Record<string, string | null> }>('import.preview', staff)).mapping;
    expect(await runImport(t, { ...staff, mapping: sm, mode: 'all' })).toMatchObject({ created: 2 });
    expect(await runImport(t, { ...staff, mapping: sm, mode: 'all' })).toMatchObject({ created: 0, alreadyThere: 2 });
    expect(count(t, 'rota_staff')).toBe(2);

    const casesFile = csv([
      ['Case ref', 'Date received', 'Source', 'Name', 'Accepted to'],
      ['OLD-1', '2026-10-01', 'Police', 'Cara Cole', 'Waiting list'],
      ['OLD-2', '02/10/2026', 'Self', 'Dee Dale', ''],
    ]);
    const cases = { kind: 'cases', fileName: 'c.csv', dataBase64: b64(casesFile) };
    const cm = (await t.ok<{ mapping: Record<string, string | null> }>('import.preview', cases)).mapping;
    expect(await runImport(t, { ...cases, mapping: cm, mode: 'all' })).toMatchObject({ created: 2 });
    expect(await runImport(t, { ...cases, mapping: cm, mode: 'all' })).toMatchObject({ created: 0, alreadyThere: 2 });
    expect(db(t).prepare('SELECT status, accepted_to FROM referrals ORDER BY id').all()).toEqual([
      { status: 'accepted', accepted_to: 'waiting_unit' },
      { status: expect.not.stringMatching(/accepted/), accepted_to: null },
    ]);
    const waiting = await t.ok<unknown[]>('waitingList.list');
    expect(waiting).toHaveLength(1);
  });

  it('an XLSX workbook gives the same result as the CSV', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['nothing here']);
    const sheet = wb.addWorksheet('Units');
    sheet.addRow(UNIT_HEADERS);
    for (const r of UNIT_ROWS) sheet.addRow(r.map((c, i) => (i >= 3 && i <= 5 ? Number(c) : i === 6 && c.includes('-') ? new Date(`${c}T00:00:00Z`) : c)));
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const fromXlsx = await t.ok<{ sheets: string[]; validCount: number; problems: unknown[]; sample: string[][]; mapping: Record<string, string | null> }>('import.preview', {
      kind: 'units',
      fileName: 'Units.XLSX',
      dataBase64: xlsx,
      sheet: 'Units',
    });
    const fromCsv = await t.ok<{ validCount: number; problems: unknown[]; sample: string[][]; mapping: Record<string, string | null> }>('import.preview', {
      kind: 'units',
      fileName: 'units.csv',
      dataBase64: b64(csv([UNIT_HEADERS, ...UNIT_ROWS])),
    });
    expect(fromXlsx.sheets).toEqual(['Notes', 'Units']);
    expect(fromXlsx.sample).toEqual(fromCsv.sample);
    expect({ ...fromXlsx, sheets: [], sheet: null }).toEqual({ ...fromCsv, sheets: [], sheet: null });
    expect(await runImport(t, { kind: 'units', fileName: 'Units.xlsx', dataBase64: xlsx, sheet: 'Units', mapping: fromXlsx.mapping, mode: 'all' })).toMatchObject({ created: 3 });
    expect(await runImport(t, { kind: 'units', fileName: 'units.csv', dataBase64: b64(csv([UNIT_HEADERS, ...UNIT_ROWS])), mapping: fromCsv.mapping, mode: 'all' })).toMatchObject({
      created: 0,
      alreadyThere: 3,
    });
  });

  it('a manager may import cases but not units or staff; a support worker neither', async () => {
    await addStaff(t, 'mo', 'manager');
    await addStaff(t, 'sue', 'support_worker');
    await signInAs(t, 'mo');
    const units = await t.router.call('import.preview', { kind: 'units', fileName: 'u.csv', dataBase64: b64(csv([UNIT_HEADERS, ...UNIT_ROWS])) });
    expect(units).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const cases = await t.router.call('import.preview', { kind: 'cases', fileName: 'c.csv', dataBase64: b64('Ref,Received,Source,Name\nA,2026-10-01,police,Ann') });
    expect(cases).toMatchObject({ ok: true, value: { validCount: 1 } });
    await signInAs(t, 'sue');
    expect(await t.router.call('import.preview', { kind: 'cases', fileName: 'c.csv', dataBase64: b64('Ref\nA') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses files that are not CSV or XLSX, or have too many rows', async () => {
    expect(await t.router.call('import.preview', { kind: 'staff', fileName: 'a.pdf', dataBase64: b64('x') })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.router.call('import.preview', { kind: 'staff', fileName: 'a.xlsx', dataBase64: b64('not a zip') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('not a readable Excel') },
    });
    const big = `Name,Sex,Role\n${'A,female,volunteer\n'.repeat(50_001)}`;
    expect(await t.router.call('import.preview', { kind: 'staff', fileName: 'a.csv', dataBase64: b64(big) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('at most 50,000') } });
  });

  it('imports 50,000 staff rows in one transaction, reporting progress', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `S${i},Person ${i},${i % 2 ? 'female' : 'male'},sessional worker,07700 ${String(i).padStart(6, '0')}`);
    const file = { kind: 'staff', fileName: 'staff.csv', dataBase64: b64(`Staff id,Name,Sex,Role,Phone\n${rows.join('\n')}`) };
    const p = await t.ok<{ rowCount: number; validCount: number; problemCount: number; mapping: Record<string, string | null> }>('import.preview', file);
    expect(p).toMatchObject({ rowCount: 50_000, validCount: 50_000, problemCount: 0 });
    const seen: number[] = [];
    const s = await runImport(t, { ...file, mapping: p.mapping, mode: 'all' }, seen);
    expect(s).toMatchObject({ state: 'done', total: 50_000, processed: 50_000, created: 50_000 });
    // The screen saw it part-way: the work yields between chunks.
    expect(seen.some((n) => n > 0 && n < 50_000)).toBe(true);
    expect(count(t, 'rota_staff')).toBe(50_000);
    expect(count(t, 'import_keys')).toBe(50_000);
  }, 400_000);
});

describe('an import has the database to itself while it writes', () => {
  let t: T;
  beforeEach(async () => {
    t = await setUpWorkspace();
  });
  afterEach(() => t.cleanup());

  const staffFile = (n: number) => ({
    kind: 'staff',
    fileName: 'staff.csv',
    dataBase64: b64(`Staff id,Name,Sex,Role,Phone\n${Array.from({ length: n }, (_, i) => `S${i},Person ${i},female,sessional worker,07700 ${String(i).padStart(6, '0')}`).join('\n')}`),
  });
  /** Starts an import of n staff rows, with the mapping the preview suggests; returns its id. */
  const start = async (n: number) => {
    const file = staffFile(n);
    const { mapping } = await t.ok<{ mapping: Record<string, string | null> }>('import.preview', file);
    return (await t.ok<{ jobId: string }>('import.run', { ...file, mapping, mode: 'all' })).jobId;
  };

  it('a change saved during the import waits for it, then lands on its own (not inside the import)', async () => {
    const jobId = await start(3_000);
    // Issued while the import is between two chunks, with its transaction open.
    const saving = t.router.call('settings.update', { orgPhone: '01234 567890' });
    const progress = await t.ok<Status>('import.status', { jobId });
    expect(progress.state).toBe('running');
    const saved = await saving;
    expect(saved.ok).toBe(true);
    // By the time the change was saved, the import had finished and committed.
    expect((await t.ok<Status>('import.status', { jobId })).state).toBe('done');
    expect(db(t).inTransaction).toBe(false);
    expect(count(t, 'rota_staff')).toBe(3_000);
    expect(await t.ok('settings.get', {})).toMatchObject({ orgPhone: '01234 567890' });
  });

  it('locking stops the import: nothing of it is kept, and the lock is recorded', async () => {
    const jobId = await start(3_000);
    await t.ok('session.lock', {});
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    const s = await t.ok<Status>('import.status', { jobId }).catch(() => null);
    // The job list lives with the handlers; whether it still answers or not, nothing was kept.
    if (s) expect(s.state).toBe('failed');
    expect(count(t, 'rota_staff')).toBe(0);
    expect(count(t, 'import_keys')).toBe(0);
    const actions = db(t).prepare('SELECT action FROM audit_log ORDER BY id').pluck().all();
    expect(actions).toContain('lock');
    expect(actions).not.toContain('import.run');
    // And the gate is free again: a second import runs to the end.
    expect((await waitFor(t, await start(10))).state).toBe('done');
  });
});
