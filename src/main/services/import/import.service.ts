import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { suggestMapping } from '../../../shared/import/mapping';
import { IMPORT_MAX_PROBLEMS_SHOWN, type ImportFileSchema, type ImportPreview, type ImportRunInputSchema, type ImportStatus } from '../../../shared/import/schemas.import';
import { fieldInfo, type ImportKind } from '../../../shared/import/targets';
import { validateRows, type Validation } from '../../../shared/import/validate';
import { londonDate } from '../../../shared/time/london';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { existingKeys, importOne } from './import-targets';
import { parseImportFile, type ParsedTable } from './parse-file';

/*
 * Moving in from a spreadsheet. Roles: units and staff are set up by an administrator (the whole
 * register or directory at once is a set-up job, not day-to-day work); open cases by a manager
 * or an administrator (they hold the caseload). Every row is checked before anything is written;
 * the writing happens in one transaction, in chunks, yielding to the event loop between chunks
 * so the window stays responsive and the screen can poll the progress.
 */

/** Rows written between two yields to the event loop. */
const CHUNK = 500;
/** Finished imports kept for their status to be read. */
const KEEP_FINISHED = 10;

/** The imports started in this workspace, by id (owned by the handlers, passed in). */
export type ImportJobs = Map<string, ImportStatus>;

/** A fresh registry of imports. */
export function createImportJobs(): ImportJobs {
  return new Map();
}

function requireImportRole(ws: Workspace, kind: ImportKind): void {
  const role = requireSession(ws).role;
  if (role === 'administrator') return;
  if (kind === 'cases' && role === 'manager') return;
  throw new AppError('FORBIDDEN', kind === 'cases' ? 'Only a manager or an administrator can import cases.' : `Only an administrator can import ${kind}.`);
}

interface Checked {
  table: ParsedTable;
  mapping: Record<string, string | null>;
  validation: Validation;
  existing: Set<string>;
}

async function check(ws: Workspace, input: z.output<typeof ImportFileSchema>): Promise<Checked> {
  requireImportRole(ws, input.kind);
  const table = await parseImportFile(input.fileName, input.dataBase64, input.sheet);
  const mapping = input.mapping ?? suggestMapping(input.kind, table.headers);
  const validation = validateRows(input.kind, table.headers, table.rows, mapping, { today: londonDate(ws.deps.clock.now()) });
  return { table, mapping, validation, existing: existingKeys(ws, input.kind) };
}

/** Reads the file and checks every row; writes nothing. */
export async function previewImport(ws: Workspace, input: z.output<typeof ImportFileSchema>): Promise<ImportPreview> {
  const { table, mapping, validation: v, existing } = await check(ws, input);
  return {
    sheets: table.sheets,
    sheet: table.sheet,
    headers: table.headers,
    fields: fieldInfo(input.kind),
    mapping,
    sample: table.rows.slice(0, 20),
    rowCount: v.rowCount,
    validCount: v.valid.length,
    alreadyImported: v.valid.filter((r) => existing.has(r.key)).length,
    mappingProblems: v.mappingProblems,
    problems: v.problems.slice(0, IMPORT_MAX_PROBLEMS_SHOWN),
    problemCount: v.problems.length,
    rowsWithProblems: new Set(v.problems.map((p) => p.row)).size,
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Starts an import and returns its id at once; the screen polls `importStatus`. In "all" mode a
 * file with any problem is refused before anything is written; in "valid only" mode the rows
 * with problems are left out and listed. Rows already imported are recognised by their key
 * and left as they are.
 */
export async function startImport(ws: Workspace, jobs: ImportJobs, input: z.output<typeof ImportRunInputSchema>): Promise<{ jobId: string }> {
  const running = () => [...jobs.values()].some((j) => j.state === 'running');
  if (running()) throw new AppError('CONFLICT', 'An import is already running: wait for it to finish.');
  const { validation: v, existing } = await check(ws, input);
  // Asked again: another import may have started while this file was being read.
  if (running() || ws.gate.busy) throw new AppError('CONFLICT', 'An import is already running: wait for it to finish.');
  if (v.mappingProblems.length) throw new AppError('INVALID_INPUT', v.mappingProblems[0]!, { mapping: v.mappingProblems.join(' ') });
  const badRows = new Set(v.problems.map((p) => p.row)).size;
  if (input.mode === 'all' && badRows > 0) {
    throw new AppError('CONFLICT', `${badRows} ${badRows === 1 ? 'row has' : 'rows have'} problems, so nothing was imported. Fix them, or choose to import only the valid rows.`);
  }
  if (v.valid.length === 0 && badRows === 0) throw new AppError('INVALID_INPUT', 'The file has no rows to import.');
  const jobId = randomUUID();
  const job: ImportStatus = {
    jobId,
    kind: input.kind,
    state: 'running',
    processed: 0,
    total: v.valid.length,
    created: 0,
    alreadyThere: 0,
    skipped: badRows,
    problems: v.problems.slice(0, IMPORT_MAX_PROBLEMS_SHOWN),
    message: null,
  };
  for (const [id, j] of [...jobs].filter(([, j]) => j.state !== 'running').slice(0, Math.max(0, jobs.size - KEEP_FINISHED + 1))) if (j) jobs.delete(id);
  jobs.set(jobId, job);
  void runImport(ws, job, v, existing, input.mode, input.fileName);
  return { jobId };
}

async function runImport(ws: Workspace, job: ImportStatus, v: Validation, existing: Set<string>, mode: 'all' | 'valid_only', fileName: string): Promise<void> {
  const db = requireDb(ws);
  const userId = requireSession(ws).userId;
  // The gate keeps other calls out while the transaction is open across event-loop turns (they
  // would otherwise join it); the router lets through only progress reads and locking, and a
  // lock or sign-out stops the import.
  const release = ws.gate.hold();
  try {
    db.exec('BEGIN IMMEDIATE');
    for (let i = 0; i < v.valid.length; i += CHUNK) {
      if (ws.session?.userId !== userId || ws.unlocked?.open.db !== db) throw new AppError('NOT_SIGNED_IN', 'Waymark was locked during the import, so nothing was imported. Sign in and import again.');
      for (const r of v.valid.slice(i, i + CHUNK)) {
        if (existing.has(r.key)) job.alreadyThere++;
        else {
          try {
            // In valid-only mode a savepoint per row, so a row the service refuses is left out alone.
            if (mode === 'all') importOne(ws, job.kind, r);
            else db.transaction(() => importOne(ws, job.kind, r))();
            existing.add(r.key);
            job.created++;
          } catch (e) {
            if (mode === 'all' || !(e instanceof AppError)) throw e;
            job.skipped++;
            if (job.problems.length < IMPORT_MAX_PROBLEMS_SHOWN) job.problems.push({ row: r.row, field: '', message: e.message });
          }
        }
        job.processed++;
      }
      await nextTurn();
    }
    audit(ws, {
      action: 'import.run',
      entity: 'import',
      entityId: job.kind,
      detail: `${fileName}: ${job.created} added, ${job.alreadyThere} already there, ${job.skipped} left out (${mode === 'all' ? 'all rows' : 'valid rows only'})`,
    });
    db.exec('COMMIT');
    job.state = 'done';
  } catch (e) {
    if (db.open && db.inTransaction) db.exec('ROLLBACK');
    job.state = 'failed';
    job.created = 0;
    job.message = e instanceof AppError ? `Nothing was imported: ${e.message}` : 'Nothing was imported: something went wrong while writing. The database is unchanged.';
    if (!(e instanceof AppError)) console.error('import failed', e);
  } finally {
    release();
  }
}

/** How an import is going. */
export function importStatus(ws: Workspace, jobs: ImportJobs, jobId: string): ImportStatus {
  requireSession(ws);
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', 'That import is not known (the app may have restarted).');
  return job;
}
