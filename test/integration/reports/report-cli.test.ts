import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportResult } from '../../../src/shared/reports/result.schema';
import { cli } from '../../helpers/cli';
import { addStaff } from '../../helpers/staff';
import { GOOD_PASSWORD } from '../../helpers/temp-workspace';
import { buildKnownAnswerData, type KnownAnswerData } from './known-answers.fixture';

/*
 * `waymark report` against the known-answer database, as an administrator would run it.
 */

let data: KnownAnswerData;
let db: string;
beforeAll(async () => {
  data = await buildKnownAnswerData();
  await addStaff(data.t, 'nora.night', 'night_worker');
  db = join(data.t.dir, 'waymark.db');
  data.t.ws.unlocked!.open.close();
  data.t.ws.unlocked = null;
  data.t.ws.session = null;
}, 120_000);
afterAll(() => data?.t.cleanup());

const base = (format: string, out: string) => ['report', 'annual-return', '--db', db, '--user', 'admin', '--from', '2025-04-01', '--to', '2026-03-31', '--format', format, '--out', join(data.t.dir, out)];

describe('waymark report', () => {
  it('writes the unsuppressed figures as JSON for internal checking', async () => {
    const r = await cli(base('json', 'a.json'), [GOOD_PASSWORD]);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(readFileSync(join(data.t.dir, 'a.json'), 'utf8')) as ReportResult;
    expect(json.period.label).toBe('Financial year 2025–26');
    expect(json.tables.find((t) => t.id === 'unable')!.rows[0]!.cells[0]!.value).toBe(2);
  });

  it('suppresses CSV unless --no-suppress is given', async () => {
    expect((await cli(base('csv', 'a.csv'), [GOOD_PASSWORD])).code).toBe(0);
    expect(readFileSync(join(data.t.dir, 'a.csv'), 'utf8')).toContain('Capacity constraints,<5');
    expect((await cli([...base('csv', 'b.csv'), '--no-suppress'], [GOOD_PASSWORD])).code).toBe(0);
    expect(readFileSync(join(data.t.dir, 'b.csv'), 'utf8')).toContain('Capacity constraints,2');
  });

  it('writes XLSX and PDF', async () => {
    expect((await cli(base('xlsx', 'a.xlsx'), [GOOD_PASSWORD])).code).toBe(0);
    expect(readFileSync(join(data.t.dir, 'a.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect((await cli(base('pdf', 'a.pdf'), [GOOD_PASSWORD])).code).toBe(0);
    const text = execFileSync('pdftotext', [join(data.t.dir, 'a.pdf'), '-']).toString();
    expect(text).toContain('Annual safe-accommodation return');
  }, 60_000);

  it('refuses a night worker, an unknown report and a bad date', async () => {
    const night = await cli(['report', 'kpi', '--db', db, '--user', 'nora.night', '--from', '2025-04-01', '--to', '2025-06-30', '--format', 'csv', '--out', join(data.t.dir, 'n.csv')], [GOOD_PASSWORD]);
    expect(night.code).toBe(1);
    expect(night.err).toMatch(/role does not allow/);
    expect((await cli(['report', 'sanctuary', '--db', db], [])).code).toBe(2);
    expect((await cli([...base('csv', 'x.csv').slice(0, 8), '2025-13-01', '--to', '2026-03-31', '--format', 'csv', '--out', 'x'], [])).code).toBe(2);
  });
});
