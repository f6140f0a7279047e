import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * Staff records on the real database: they hang off the rota's staff directory (accounts and
 * people without them), the course list is editable, DBS checks are due every three years, and
 * specialist FTE reaches the annual return.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-03-09T10:00:00Z' });
});
afterEach(() => t.cleanup());

async function person(name: string, role = 'support_worker', userId: number | null = null): Promise<number> {
  return (await t.ok<{ id: number }>('rota.staff.add', { userId, name, sex: 'female', role, contractedHours: 37.5 })).id;
}

type Matrix = { courses: { id: number; name: string; mandatory: boolean }[]; rows: { staffId: number; name: string; cells: { courseId: number; status: string; expiresOn: string | null }[]; dbs: { status: string; dueOn: string | null }; fteToday: number }[] };

describe('staff records', () => {
  it('builds the training matrix from the staff directory, with expiry from the course’s renewal period', async () => {
    const sophie = await person('Sophie Turner');
    const grace = await person('Grace Whitfield', 'sessional_worker');
    const m0 = await t.ok<Matrix>('staffRecords.matrix', {});
    const da = m0.courses.find((c) => c.name === 'Domestic abuse training')!;
    expect(da.mandatory).toBe(true);
    expect(m0.courses.map((c) => c.name)).toEqual(expect.arrayContaining(['Trauma-informed practice', 'Safeguarding adults and children', 'Prevent', 'Modern slavery']));
    const added = await t.ok<{ expiresOn: string }>('staffRecords.training.add', { staffId: sophie, courseId: da.id, attendedOn: '2023-04-20', provider: 'Women’s Aid' });
    expect(added.expiresOn).toBe('2026-04-20');
    const m = await t.ok<Matrix>('staffRecords.matrix', {});
    const cell = (staffId: number) => m.rows.find((r) => r.staffId === staffId)!.cells.find((c) => c.courseId === da.id)!;
    expect(cell(sophie)).toMatchObject({ status: 'due', expiresOn: '2026-04-20' });
    expect(cell(grace)).toMatchObject({ status: 'missing' });
  });

  it('lists DBS checks due for renewal three years on, overdue ones and people never checked', async () => {
    const a = await person('Anna Able');
    const b = await person('Bea Brown');
    await person('Cara Cole');
    await t.ok('staffRecords.dbs.add', { staffId: a, checkedOn: '2023-03-01', level: 'enhanced_barred', certificateRef: '001234567890' });
    const r = await t.ok<{ renewalDueOn: string }>('staffRecords.dbs.add', { staffId: b, checkedOn: '2023-04-10' });
    expect(r.renewalDueOn).toBe('2026-04-10');
    const due = await t.ok<{ name: string; what: string; item: string; status: string; dueOn: string | null }[]>('staffRecords.due');
    const dbs = due.filter((d) => d.what === 'dbs').map((d) => [d.name, d.status, d.dueOn]);
    expect(dbs).toEqual([
      ['Anna Able', 'expired', '2026-03-01'],
      ['Cara Cole', 'missing', null],
      ['Bea Brown', 'due', '2026-04-10'],
    ]);
    // Mandatory courses nobody has done are listed too.
    expect(due.filter((d) => d.what === 'training' && d.name === 'Anna Able').map((d) => d.item)).toEqual(['Domestic abuse training', 'Safeguarding adults and children']);
  });

  it('keeps the course list editable: a new course, a course made mandatory', async () => {
    const id = (await t.ok<{ id: number }>('staffRecords.courses.save', { name: 'Stalking awareness', mandatory: false, renewalMonths: null })).id;
    await t.ok('staffRecords.courses.save', { id, name: 'Stalking awareness', mandatory: true, renewalMonths: 24 });
    expect(await t.router.call('staffRecords.courses.save', { name: 'stalking AWARENESS', mandatory: false, renewalMonths: null })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const m = await t.ok<Matrix>('staffRecords.matrix', {});
    expect(m.courses.find((c) => c.id === id)).toMatchObject({ mandatory: true });
  });

  it('records FTE in specialist roles, never more than full time, and gives the annual return its specialist FTE', async () => {
    const a = await person('Anna Able');
    const b = await person('Bea Brown', 'night_worker');
    await t.ok('staffRecords.fte.save', { staffId: a, role: 'safe_accommodation_support', fte: 0.5, fromOn: '2024-01-01' });
    await t.ok('staffRecords.fte.save', { staffId: a, role: 'sanctuary', fte: 0.5, fromOn: '2024-01-01' });
    expect(await t.router.call('staffRecords.fte.save', { staffId: a, role: 'idva', fte: 0.1, fromOn: '2025-06-01' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Bea joined half-way through the 2025–26 year (1 October: 182 of 365 days).
    await t.ok('staffRecords.fte.save', { staffId: b, role: 'night_support', fte: 1, fromOn: '2025-10-01' });
    const s = await t.ok<{ total: number; byRole: { role: string; fte: number }[] }>('staffRecords.fte.summary', { from: '2025-04-01', to: '2026-03-31' });
    expect(s.total).toBe(1.5);
    expect(s.byRole).toEqual([
      { role: 'safe_accommodation_support', fte: 0.5 },
      { role: 'sanctuary', fte: 0.5 },
      { role: 'night_support', fte: 0.5 },
    ]);
    const r = await t.ok<{ tables: { id: string; rows: { cells: { value: number | null }[] }[] }[] }>('reports.run', { report: 'annual-return', period: { kind: 'financial_year', year: 2025 } });
    expect(r.tables.find((x) => x.id === 'staff')!.rows[0]!.cells[0]!.value).toBe(1.5);
  });

  it('hangs every record off the staff directory: an unknown person is refused', async () => {
    expect(await t.router.call('staffRecords.dbs.add', { staffId: 999, checkedOn: '2025-01-01' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(() => t.ws.unlocked!.open.db.prepare("INSERT INTO dbs_checks (staff_id, checked_on, level, update_service, created_at) VALUES (999, '2025-01-01', 'enhanced', 0, 'x')").run()).toThrow(/FOREIGN KEY/);
  });
});
