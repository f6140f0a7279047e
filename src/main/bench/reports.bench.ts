import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { financialYearOf, resolvePeriod, type ReportPeriod } from '../../shared/reports/periods';
import { COMPUTABLE, type Computable } from '../../shared/reports/registry';
import { PAGE_CACHE_KIB, type Sqlite } from '../db/connection';
import { forgetReportFacts, londonDateOf } from '../services/reports/report-facts';
import { computeDashboards } from '../services/reports/dashboards.service';
import { computeReport } from '../services/reports/report.service';
import { copySnapshot } from '../services/backup/snapshot-copy';
import { requireDb } from '../services/workspace';
import { time, timePair, type Timing } from './measure';
import type { BenchContext, BenchResult } from './suite';

/*
 * Reports over the demo database: every report (and the dashboards' series) over the last
 * complete financial year and over everything the database holds (ten years at large scale),
 * each against a target of 200 ms. The same reports then run on an unencrypted copy of the same
 * data (sqlcipher_export into a plaintext database, opened with no key) to measure what
 * encryption costs (target: at most 1.25 × the plaintext time), the two runs alternating so the
 * machine's drift does not land on one side of the ratio.
 *
 * The reports keep a period's loaded records until a write is committed (report-facts.ts), so
 * each timed run here first forgets them: these are the times of a report opened afresh. The
 * "-again" rows time the same report once its records are kept, which is what a drill-down, an
 * export or the next report of the same period costs.
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
    ctx.log(`reports: plaintext copy for the encryption ratio`);
    const plain = plaintextCopy(db, join(ctx.dir, 'reports-plain.db'));
    try {
      for (const [label, period] of [
        ['one year', year],
        ['all years', all],
      ] as const) {
        for (const name of COMPUTABLE as readonly Computable[]) {
          ctx.log(`reports: ${name} over ${label}`);
          const { a: enc, b: pt } = await timePair(fresh(db, () => computeReport(db, name, period, now)), fresh(plain, () => computeReport(plain, name, period, now)), RUNS);
          results.push(row(`report-${name}-${label.replace(' ', '-')}`, `${name} over ${label} (${period.from} to ${period.to}), records read afresh; ${database}`, enc, pt));
          results.push(again(`report-${name}-${label.replace(' ', '-')}-again`, `${name} over ${label} again, its records kept from the last run (a drill-down, an export, the next report of the period)`, await time(() => computeReport(db, name, period, now), RUNS)));
        }
        // The dashboards screen draws charts from four reports computed on one set of records.
        ctx.log(`reports: the dashboards screen over ${label}`);
        const { a: enc, b: pt } = await timePair(fresh(db, () => computeDashboards(db, period, now)), fresh(plain, () => computeDashboards(plain, period, now)), RUNS);
        results.push(row(`report-dashboards-screen-${label.replace(' ', '-')}`, `every dashboard chart (the dashboard series, annual return, quarterly outputs and KPIs on one load of records) over ${label}, records read afresh; ${database}`, enc, pt));
        results.push(again(`report-dashboards-screen-${label.replace(' ', '-')}-again`, `every dashboard chart over ${label} again, its records kept`, await time(() => computeDashboards(db, period, now), RUNS)));
      }
    } finally {
      plain.close();
    }
  } finally {
    close();
  }
  return results;
}

/** A run that first forgets the records kept on the connection, so it reads them afresh. */
function fresh(db: Sqlite, run: () => unknown): () => unknown {
  return () => {
    forgetReportFacts(db);
    return run();
  };
}
