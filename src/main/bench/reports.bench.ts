import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { financialYearOf, resolvePeriod, type ReportPeriod } from '../../shared/reports/periods';
import { COMPUTABLE, type Computable } from '../../shared/reports/registry';
import { PAGE_CACHE_KIB, type Sqlite } from '../db/connection';
import { forgetReportFacts } from '../services/reports/report-facts';
import { currentFactStore, REBUILD_AFTER } from '../services/reports/fact-store/fact-store';
import { londonDateOf } from '../services/reports/london-dates';
import { computeDashboards } from '../services/reports/dashboards.service';
import { computeReport } from '../services/reports/report.service';
import { copySnapshot } from '../services/backup/snapshot-copy';
import { requireDb } from '../services/workspace';
import { time, timePair, type Timed, type Timing } from './measure';
import type { BenchContext, BenchResult } from './suite';

/*
 * Reports over the demo database: every report (and the dashboards' series) over the last
 * complete financial year and over everything the database holds (ten years at large scale),
 * each against a target of 200 ms. The same reports then run on an unencrypted copy of the same
 * data (sqlcipher_export into a plaintext database, opened with no key) to measure what
 * encryption costs (target: at most 1.25 × the plaintext time), the two runs alternating so the
 * machine's drift does not land on one side of the ratio.
 *
 * The reports read every household's records from a snapshot kept in the database and patched
 * from its change log (fact-store.ts), and keep a period's records until a write is committed
 * (report-facts.ts). Each main row is the first report after a manager signs in: the period's
 * records forgotten and the store read from the snapshot beforehand, untimed, as the sign-in
 * warm-up does (reports-warm-up.ts). The "-cold" rows forget the store too and time reading it
 * (a report asked for before the warm-up ran, or from the CLI); report-store-from-snapshot times
 * that read alone, with its own encryption ratio, since that is where the encrypted pages are
 * read. The "-after-save" rows time a report after one household's record was written (the
 * store patches that household in); the "-again" rows the same report with nothing written
 * since (a drill-down, an export, the next report of the period). report-store-rebuild is the
 * occasional full read of the tables that writes a new snapshot.
 */

const RUNS = 7;

/**
 * A plaintext copy of the open encrypted database: same schema, indexes and rows, no key. This
 * library has no sqlcipher_export(), so the backups' snapshot copy (the same approach) writes into
 * a database attached with an empty key, which SQLite3 Multiple Ciphers leaves unencrypted.
 */
export function plaintextCopy(db: Sqlite, path: string): Sqlite {
  // ATTACH opens with the connection's flags, which do not include "create".
  closeSync(openSync(path, 'wx', 0o600));
  db.pragma('foreign_keys = OFF');
  db.unsafeMode(true);
  db.prepare('ATTACH DATABASE ? AS bk KEY ?').run(path, '');
  try {
    copySnapshot(db, () => ({}), () => {});
  } finally {
    db.prepare('DETACH DATABASE bk').run();
    db.unsafeMode(false);
    db.pragma('foreign_keys = ON');
  }
  const plain = new Database(path);
  // The same page cache as the app's connection, so the ratio measures decryption alone.
  plain.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  if (plain.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get() === undefined) throw new Error('plaintext copy is empty');
  const n = (plain.prepare('SELECT count(*) AS n FROM referrals').get() as { n: number }).n;
  if (n !== (db.prepare('SELECT count(*) AS n FROM referrals').get() as { n: number }).n) throw new Error('plaintext copy is incomplete');
  return plain;
}

/** The report benchmarks. */
export async function benchReports(ctx: BenchContext): Promise<BenchResult[]> {
  const demo = await ctx.demo();
  const { ws, close } = await demo.open();
  const results: BenchResult[] = [];
  try {
    const db = requireDb(ws);
    const now = new Date();
    const today = londonDateOf(now.toISOString());
    const first = (db.prepare('SELECT min(received_at) AS at FROM referrals').get() as { at: string | null }).at;
    const year = resolvePeriod({ kind: 'financial_year', year: financialYearOf(today) - 1 });
    const all: ReportPeriod = { kind: 'custom', from: first ? londonDateOf(first) : year.from, to: today, label: 'everything' };
    const row = (name: string, description: string, enc: Timing, pt: Timing): BenchResult => ({
      name,
      description,
      target: 'median < 200 ms; encrypted ÷ plaintext ≤ 1.25',
      timing: enc,
      figures: { plaintextMedianMs: pt.medianMs, encryptedOverPlaintext: Math.round((enc.medianMs / pt.medianMs) * 100) / 100 },
    });
    const again = (name: string, description: string, timing: Timing): BenchResult => ({ name, description, target: 'median < 200 ms', timing });
    const counts = db.prepare('SELECT (SELECT count(*) FROM referrals) AS referrals, (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM unit_stays) AS stays, (SELECT count(*) FROM support_contacts) AS contacts').get() as Record<string, number>;
    const database = `${counts.referrals} referrals, ${counts.people} people, ${counts.stays} stays, ${counts.contacts} contacts in the database`;
    // The reports' snapshot (fact-store.ts) as the app keeps it: the rebuild is timed once here
    // (what the first report costs on a new database, after an erasure, or once REBUILD_AFTER
    // households have changed), then written for the runs below and copied with the plaintext.
    ctx.log('reports: rebuilding the reports snapshot');
    db.exec('DELETE FROM report_snapshot');
    forgetReportFacts(db);
    const rebuild = await time(() => {
      db.exec('DELETE FROM report_snapshot');
      forgetReportFacts(db);
      return currentFactStore(db, now);
    }, 3);
    results.push({
      name: 'report-store-rebuild',
      description: `every household's report records read from the tables and the snapshot rewritten (a new database, after an erasure, or after ${REBUILD_AFTER} households changed); ${database}`,
      target: 'none (rare; the reports below read the snapshot)',
      timing: rebuild,
    });
    ctx.log(`reports: plaintext copy for the encryption ratio`);
    const plain = plaintextCopy(db, join(ctx.dir, 'reports-plain.db'));
    // The copy's change log holds every row copied in (its triggers fired), so its first report rebuilds.
    currentFactStore(plain, now);
    const fromSnapshot = (d: Sqlite) => fresh(d, () => currentFactStore(d, now));
    const snap = await timePair(fromSnapshot(db), fromSnapshot(plain), RUNS);
    results.push(row('report-store-from-snapshot', `every household's report records read from the snapshot (what the sign-in warm-up does); ${database}`, snap.a, snap.b));
    // A save between reports, as a worker recording a contact while the manager reads: one
    // household's person written (the triggers log it), so the next report patches that household in.
    const people = db.prepare('SELECT id FROM people ORDER BY id').pluck().all() as number[];
    const touch = db.prepare('UPDATE people SET ethnicity = ethnicity WHERE id = ?');
    let touched = 0;
    const afterSave = (run: () => unknown) => () => {
      touch.run(people[(touched++ * 7919) % people.length]!);
      return run();
    };
    try {
      for (const [label, period] of [
        ['one year', year],
        ['all years', all],
      ] as const) {
        for (const name of COMPUTABLE as readonly Computable[]) {
          ctx.log(`reports: ${name} over ${label}`);
          const { a: enc, b: pt } = await timePair(signedIn(db, now, () => computeReport(db, name, period, now)), signedIn(plain, now, () => computeReport(plain, name, period, now)), RUNS);
          results.push(row(`report-${name}-${label.replace(' ', '-')}`, `${name} over ${label} (${period.from} to ${period.to}), the first after a manager signs in (the store read at sign-in); ${database}`, enc, pt));
          const cold = await timePair(fresh(db, () => computeReport(db, name, period, now)), fresh(plain, () => computeReport(plain, name, period, now)), RUNS);
          results.push(row(`report-${name}-${label.replace(' ', '-')}-cold`, `${name} over ${label}, the store read from the snapshot in the time (before the sign-in warm-up ran, or from the CLI)`, cold.a, cold.b));
          results.push(again(`report-${name}-${label.replace(' ', '-')}-again`, `${name} over ${label} again, its records kept from the last run (a drill-down, an export, the next report of the period)`, await time(() => computeReport(db, name, period, now), RUNS)));
          results.push(again(`report-${name}-${label.replace(' ', '-')}-after-save`, `${name} over ${label} after one household's record was saved (that household read afresh)`, await time(afterSave(() => computeReport(db, name, period, now)), RUNS)));
        }
        // The dashboards screen draws charts from four reports computed on one set of records.
        ctx.log(`reports: the dashboards screen over ${label}`);
        const { a: enc, b: pt } = await timePair(signedIn(db, now, () => computeDashboards(db, period, now)), signedIn(plain, now, () => computeDashboards(plain, period, now)), RUNS);
        results.push(row(`report-dashboards-screen-${label.replace(' ', '-')}`, `every dashboard chart (the dashboard series, annual return, quarterly outputs and KPIs on one load of records) over ${label}, the first after a manager signs in; ${database}`, enc, pt));
        const cold = await timePair(fresh(db, () => computeDashboards(db, period, now)), fresh(plain, () => computeDashboards(plain, period, now)), RUNS);
        results.push(row(`report-dashboards-screen-${label.replace(' ', '-')}-cold`, `every dashboard chart over ${label}, the store read from the snapshot in the time`, cold.a, cold.b));
        results.push(again(`report-dashboards-screen-${label.replace(' ', '-')}-again`, `every dashboard chart over ${label} again, its records kept`, await time(() => computeDashboards(db, period, now), RUNS)));
        results.push(again(`report-dashboards-screen-${label.replace(' ', '-')}-after-save`, `every dashboard chart over ${label} after one household's record was saved`, await time(afterSave(() => computeDashboards(db, period, now)), RUNS)));
      }
    } finally {
      plain.close();
    }
  } finally {
    close();
  }
  return results;
}

/**
 * A run as the first report after a manager signs in: the period's records forgotten, and the
 * store read from the snapshot beforehand, untimed, as the sign-in warm-up does.
 */
function signedIn(db: Sqlite, now: Date, run: () => unknown): Timed {
  return {
    before: () => {
      forgetReportFacts(db);
      currentFactStore(db, now, { rebuild: false });
    },
    run,
  };
}

/**
 * A run that first forgets what the connection keeps (the period's records and the reports
 * store), as a new session has nothing: the store is read from the snapshot, as at the first
 * report after signing in.
 */
function fresh(db: Sqlite, run: () => unknown): () => unknown {
  return () => {
    forgetReportFacts(db);
    return run();
  };
}
