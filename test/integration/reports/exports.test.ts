import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlobReader, TextWriter, ZipReader, configure, type FileEntry } from '@zip.js/zip.js';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFile } from '../../../src/shared/reports/schemas';
import type { ReportResult } from '../../../src/shared/reports/result.schema';
import type { ReviewNote } from '../../../src/shared/reports/case-files.schema';
import { addStaff, signInAs } from '../../helpers/staff';
import { buildKnownAnswerData, type KnownAnswerData } from './known-answers.fixture';

/*
 * Exports read back by independent programs: the XLSX converted by LibreOffice to CSV (every
 * sheet) reads exactly as the CSV export; the PDF's text (pdftotext) holds every table heading;
 * the encrypted ZIP opens only with its password. Plus suppression in the files, roles, audit, and
 * anonymised case files.
 */

configure({ useWebWorkers: false });

let data: KnownAnswerData;
let dir: string;
beforeAll(async () => {
  data = await buildKnownAnswerData();
  dir = join(data.t.dir, 'out');
  mkdirSync(dir);
}, 120_000);
afterAll(() => data?.t.cleanup());

const FY25 = { kind: 'financial_year', year: 2025 } as const;

async function exportFile(input: Record<string, unknown>): Promise<{ file: ReportFile; bytes: Buffer; path: string }> {
  const file = await data.t.ok<ReportFile>('reports.export', { report: 'annual-return', period: FY25, ...input });
  const bytes = Buffer.from(file.content, 'base64');
  const path = join(dir, file.fileName);
  writeFileSync(path, bytes);
  return { file, bytes, path };
}

const parse = (csv: string): string[][] => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data.filter((r) => !(r.length === 1 && r[0] === ''));

function hasCommand(cmd: string): boolean {
  try {
    execFileSync('which', [cmd]);
    return true;
  } catch {
    return false;
  }
}

describe('report exports', () => {
  it('writes CSV with a BOM, suppression on and the rule stated, every table included', async () => {
    const { bytes } = await exportFile({ format: 'csv' });
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Small-number suppression: ON');
    const rows = parse(text);
    const unable = rows.findIndex((r) => r[0] === 'viii. Instances a household was unable to be supported');
    expect(unable).toBeGreaterThan(0);
    // Capacity 2 and unable to contact 1 are both hidden; the total 3 too.
    expect(rows.find((r, i) => i > unable && r[0] === 'Capacity constraints')![1]).toBe('<5');
    expect(rows.find((r, i) => i > unable && r[0] === 'All instances')![1]).toBe('<5');
  });

  it('shows every figure when a manager turns suppression off, and says so', async () => {
    const text = (await exportFile({ format: 'csv', suppress: false })).bytes.toString('utf8');
    expect(text).toContain('Small-number suppression: OFF');
    const rows = parse(text);
    const unable = rows.findIndex((r) => r[0] === 'viii. Instances a household was unable to be supported');
    expect(rows.find((r, i) => i > unable && r[0] === 'Capacity constraints')![1]).toBe('2');
  });

  it.skipIf(!hasCommand('soffice'))(
    'XLSX converted by LibreOffice to CSV reads exactly as the CSV export, sheet by sheet',
    async () => {
      const csv = parse((await exportFile({ format: 'csv' })).bytes.toString('utf8'));
      const { path } = await exportFile({ format: 'xlsx' });
      const lo = join(dir, 'lo');
      mkdirSync(lo, { recursive: true });
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', lo, path], {
        timeout: 120_000,
        stdio: 'ignore',
      });
      const sheets = readdirSync(lo)
        .filter((f) => f.endsWith('.csv'))
        .sort();
      expect(sheets.length).toBe(19); // about, 17 tables, definitions
      const fromLo = sheets.flatMap((f) => parse(readFileSync(join(lo, f), 'utf8')));
      expect(fromLo).toEqual(csv);
    },
    180_000,
  );

  it.skipIf(!hasCommand('pdftotext'))(
    'prints a PDF whose text holds every table heading, the suppression rule and charts',
    async () => {
      const { path } = await exportFile({ format: 'pdf' });
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
      const text = execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8').replace(/\s+/g, ' ');
      const r = await data.t.ok<ReportResult>('reports.run', { report: 'annual-return', period: FY25 });
      for (const t of r.tables) expect(text, t.title).toContain(t.title.replace(/\s+/g, ' '));
      expect(text).toContain('Small-number suppression: ON');
    },
    120_000,
  );

  it('puts an export in an AES-256 ZIP that opens only with its password', async () => {
    const { file, bytes } = await exportFile({ format: 'json', zipPassword: 'correct horse battery' });
    expect(file.fileName).toBe('annual-return_2025-04-01_2026-03-31.json.zip');
    const reader = new ZipReader(new BlobReader(new Blob([bytes])));
    const entry = (await reader.getEntries())[0] as FileEntry;
    expect(entry.encrypted).toBe(true);
    await expect(entry.getData(new TextWriter(), { password: 'wrong password here' })).rejects.toThrow();
    const json = JSON.parse(await entry.getData(new TextWriter(), { password: 'correct horse battery' })) as ReportResult;
    expect(json.tables.find((t) => t.id === 'unable')!.rows[0]!.cells[0]!.value).toBe(2);
    await reader.close();
    expect(readFileSync(join(dir, file.fileName)).includes(Buffer.from('Capacity constraints'))).toBe(false);
  });

  it('draws a chart as SVG with hidden figures still hidden', async () => {
    const file = await data.t.ok<ReportFile>('reports.chart', { report: 'annual-return', period: FY25, table: 'age', series: ['adult', 'child'], kind: 'stacked', title: 'Age on arrival', format: 'svg' });
    const svg = Buffer.from(file.content, 'base64').toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Age on arrival');
    expect(svg).toContain('&lt;5');
  });

  it('audits every export with its format and suppression setting, never the password', () => {
    const rows = data.t.ws.unlocked!.open.db.prepare("SELECT detail FROM audit_log WHERE action = 'report.export'").all() as { detail: string }[];
    expect(rows.map((r) => r.detail)).toEqual(expect.arrayContaining([expect.stringMatching(/^csv, 2025-04-01 to 2026-03-31, suppression on$/), expect.stringMatching(/suppression off$/), expect.stringMatching(/json in encrypted zip/)]));
    expect(rows.some((r) => r.detail.includes('correct horse'))).toBe(false);
  });

  it('refuses reports, drill-down and exports to a support worker, and audits the refusal', async () => {
    await addStaff(data.t, 'sam.worker', 'support_worker');
    await signInAs(data.t, 'sam.worker');
    for (const [channel, input] of [
      ['reports.run', { report: 'kpi', period: FY25 }],
      ['reports.drill', { report: 'kpi', period: FY25, figure: 'turn_aways.capacity.count' }],
      ['reports.export', { report: 'kpi', period: FY25, format: 'csv' }],
    ] as const) {
      const r = await data.t.router.call(channel, input);
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await signInAs(data.t, 'admin');
    const denied = data.t.ws.unlocked!.open.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'access.denied' AND entity_id LIKE 'reports.%'").get() as { n: number };
    expect(denied.n).toBe(3);
  });
});

describe('anonymised case files', () => {
  it('holds pseudonyms, age bands and months — no names, references, dates of birth or notes until a manager releases one', async () => {
    const candidates = await data.t.ok<{ referralId: number; referralReference: string; householdReference: string }[]>('reports.caseFiles.candidates', { period: FY25 });
    expect(candidates.length).toBe(5); // Anna, Cara ×2, Bea, Dee
    const ids = candidates.map((c) => c.referralId);
    const notes = await data.t.ok<ReviewNote[]>('reports.caseFiles.notes', { referralIds: ids });
    const exitNote = notes.find((n) => n.kind === 'exit')!;
    expect(exitNote.text).toBe('Moved to a refuge in another county.');
    expect(notes.every((n) => !n.released)).toBe(true);

    const before = await data.t.ok<ReportFile>('reports.caseFiles.export', { referralIds: ids, format: 'json' });
    const text = Buffer.from(before.content, 'base64').toString('utf8');
    for (const secret of ['Anna', 'Bea Bell', 'Cara', '1995-06-15', '2010-02-01', 'Moved to a refuge in another county', 'Contact on 2025', ...candidates.map((c) => c.referralReference), ...candidates.map((c) => c.householdReference)]) {
      expect(text, secret).not.toContain(secret);
    }
    const parsed = JSON.parse(text) as { cases: { pseudonym: string; people: { ageBandOnReferral: string }[]; releasedNotes: unknown[] }[] };
    expect(parsed.cases).toHaveLength(5);
    expect(new Set(parsed.cases.map((c) => c.pseudonym)).size).toBe(5);
    expect(parsed.cases.flatMap((c) => c.people.map((p) => p.ageBandOnReferral))).toContain('11 to 15');

    await data.t.ok('reports.caseFiles.release', { kind: 'exit', id: exitNote.id, release: true });
    const after = Buffer.from((await data.t.ok<ReportFile>('reports.caseFiles.export', { referralIds: ids, format: 'json' })).content, 'base64').toString('utf8');
    expect(after).toContain('Moved to a refuge in another county.');
    const again = JSON.parse(after) as { cases: { pseudonym: string }[] };
    // A new export has new pseudonyms: two exports cannot be joined.
    expect(again.cases.map((c) => c.pseudonym).some((p) => parsed.cases.some((c) => c.pseudonym === p))).toBe(false);

    await data.t.ok('reports.caseFiles.release', { kind: 'exit', id: exitNote.id, release: false });
    const withdrawn = Buffer.from((await data.t.ok<ReportFile>('reports.caseFiles.export', { referralIds: ids, format: 'json' })).content, 'base64').toString('utf8');
    expect(withdrawn).not.toContain('Moved to a refuge in another county.');
    const actions = (data.t.ws.unlocked!.open.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'report.%note%' OR action = 'report.casefiles.export'").all() as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(['report.casefiles.export', 'report.note.release', 'report.casefiles.export', 'report.note.withdraw', 'report.casefiles.export']);
  });
});
