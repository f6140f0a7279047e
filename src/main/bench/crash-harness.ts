import { spawn } from 'node:child_process';
import { openDatabase } from '../db/connection';
import { cipherIntegrity, sqliteIntegrity } from '../db/integrity';
import { checkPageAuthentication } from '../db/page-auth';
import { verifyAuditChain } from '../db/repos/audit.repo';
import { resolveEntry, type EntryPoint } from '../entry-points';
import { CRASH_ACTION, CRASH_COUNTER_KEY } from './crash-constants';

/** What the crash loop found. */
export interface CrashReport {
  kills: number;
  /** Kills after which the database opened, passed both checks and kept every promised write. */
  survived: number;
  /** Writes the children reported committed, in total. */
  committed: number;
  /** Kills that landed before the writer had opened the database (recovery, keying, pragmas). */
  duringOpen: number;
  /** One line per problem found (empty when every kill was survived). */
  failures: string[];
}

/** Options for the crash loop. */
export interface CrashOptions {
  dbPath: string;
  /** The data key (not taken over: the caller wipes it). */
  key: Buffer;
  kills: number;
  /** Each child is killed a random 0…maxDelayMs after it has opened the database… */
  maxDelayMs: number;
  /** …except one kill in `startupEvery`, which comes 0…2×maxDelayMs after it was started (default 5). */
  startupEvery?: number;
  /** Deterministic randomness for a reproducible run. */
  random?: () => number;
  entry?: EntryPoint;
  onKill?(i: number, report: CrashReport): void;
}

interface ChildRun {
  ids: number[];
  /** Whether it had opened the database when it was killed. */
  ready: boolean;
}

/**
 * Starts one writer, kills it with SIGKILL at a random moment, and returns the ids it promised.
 * `fromStart` counts the delay from the spawn instead of from the moment the database was open.
 */
function runOnce(entry: EntryPoint, dbPath: string, keyHex: string, delayMs: number, fromStart: boolean): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entry.execArgv, entry.file, dbPath], { stdio: ['pipe', 'pipe', 'pipe'] });
    const ids: number[] = [];
    let buffer = '';
    let ready = false;
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let i: number;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        if (line === 'ready') {
          ready = true;
          if (!fromStart) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        } else if (/^\d+$/.test(line)) ids.push(Number(line));
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      // A partial last line was never a promise: only whole lines count.
      if (signal === 'SIGKILL') resolve({ ids, ready });
      else {
        // The error's own line and its code, not Node's trailing banner.
        const why = stderr.split('\n').filter((l) => /Error|code:/.test(l)).slice(0, 3).join(' | ') || stderr.trim().slice(-300);
        reject(new Error(`the writer exited by itself (code ${code}${ready ? '' : ', before opening'}): ${why}`));
      }
    });
    child.stdin.end(`${keyHex}\n`);
    if (fromStart) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  });
}

/** Reopens after a kill and checks everything the crash test promises. Returns problems found. */
function check(dbPath: string, key: Buffer, promised: readonly number[]): string[] {
  const problems: string[] = [];
  const open = openDatabase(dbPath, Buffer.from(key));
  try {
    const db = open.db;
    const cipher = cipherIntegrity(db);
    if (!cipher.ok) problems.push(`cipher_integrity_check: ${cipher.problems.slice(0, 3).join('; ')}`);
    const integrity = sqliteIntegrity(db);
    if (!integrity.ok) problems.push(`integrity_check: ${integrity.problems.slice(0, 3).join('; ')}`);
    const present = new Set(db.prepare('SELECT id FROM audit_log WHERE action = ?').pluck().all(CRASH_ACTION) as number[]);
    const missing = promised.filter((id) => !present.has(id));
    if (missing.length) problems.push(`${missing.length} committed write(s) missing, e.g. id ${missing[0]}`);
    const chain = verifyAuditChain(db);
    if (!chain.ok) problems.push(chain.message);
    // The counter is written in the same transaction as the newest row: both or neither.
    const counter = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CRASH_COUNTER_KEY) as string | undefined;
    const newest = db.prepare('SELECT max(id) FROM audit_log WHERE action = ?').pluck().get(CRASH_ACTION) as number | null;
    if ((counter === undefined ? null : Number(JSON.parse(counter))) !== newest) problems.push(`torn transaction: counter ${counter} but newest row ${newest}`);
  } finally {
    open.close();
  }
  // This library ignores PRAGMA cipher_integrity_check, so every page's HMAC is checked directly
  // (after the close, which checkpoints the WAL into the file).
  const pages = checkPageAuthentication(dbPath, key);
  if (!pages.ok) problems.push(`page authentication: ${pages.problem}`);
  return problems;
}

/**
 * Kills a writer process with SIGKILL `kills` times at random moments and, after every kill,
 * reopens the database and checks: it opens with the key, every page's HMAC and integrity_check
 * pass, every id a writer reported committed is present, the audit chain is
 * intact and no transaction is half there.
 */
export async function crashLoop(opts: CrashOptions): Promise<CrashReport> {
  const entry = opts.entry ?? resolveEntry('crash-writer');
  const random = opts.random ?? Math.random;
  const keyHex = opts.key.toString('hex');
  const promised: number[] = [];
  const report: CrashReport = { kills: 0, survived: 0, committed: 0, duringOpen: 0, failures: [] };
  const startupEvery = opts.startupEvery ?? 5;
  for (let i = 0; i < opts.kills; i++) {
    const fromStart = i % startupEvery === startupEvery - 1;
    const run = await runOnce(entry, opts.dbPath, keyHex, Math.floor(random() * opts.maxDelayMs * (fromStart ? 2 : 1)), fromStart);
    promised.push(...run.ids);
    if (!run.ready) report.duringOpen++;
    report.kills++;
    report.committed = promised.length;
    let problems: string[];
    try {
      problems = check(opts.dbPath, opts.key, promised);
    } catch (e) {
      problems = [`reopen failed: ${e instanceof Error ? e.message : String(e)}`];
    }
    if (problems.length === 0) report.survived++;
    else report.failures.push(`kill ${i + 1}: ${problems.join('; ')}`);
    opts.onKill?.(i, report);
  }
  return report;
}
