import { buildResult } from '../../../shared/reports/compute/build-result';
import { Tally } from '../../../shared/reports/compute/tally';
import type { ReportDef } from '../../../shared/reports/definition';
import type { ReportFacts } from '../../../shared/reports/facts';
import type { ReportPeriod } from '../../../shared/reports/periods';
import { REPORTS, type Computable } from '../../../shared/reports/registry';
import type { ReportResult } from '../../../shared/reports/result.schema';
import type { Sqlite } from '../../db/connection';
import { getMeta } from '../../db/repos/meta.repo';
import { audit, requireDb, type Workspace } from '../workspace';
import { EXTRA_FACTS, keptCounts, loadReportFacts } from './report-facts';

/*
 * Runs a report for a period: load the period's records, fill a Tally with the report's pure
 * computation, build the tables. The same path serves the screens, the exports, the drill-down,
 * the CLI and the benchmark, so they can never disagree.
 */

/** A report's counts kept with its period's records, and the instants (ms) between which they hold. */
interface KeptTally {
  tally: Tally;
  from: number;
  until: number;
}

/** A computed report with what the drill-down needs. */
export interface ComputedReport {
  def: ReportDef;
  tally: Tally;
  result: ReportResult;
}

/** Computes a report on a connection (no session needed: the CLI and the benchmark use this). */
export function computeReport(db: Sqlite, name: Computable, period: ReportPeriod, now: Date, facts?: ReportFacts): ComputedReport {
  const mod = REPORTS[name];
  const def = mod.def(period);
  const f = facts ?? loadReportFacts(db, period.from, period.to, now);
  // The same report on the same records again (a drill-down, an export, the dashboards after the
  // report itself) reuses its counts when they did not read the time, or read it and stand
  // until a later instant than now (the KPIs' 48-hour figures, until a "not yet due" deadline).
  const kept = keptCounts(f);
  // The instant the computation sees (read before counting the computation's reads of the time).
  const nowMs = Date.parse(f.nowIso);
  const held = kept?.counts.get(name) as KeptTally | undefined;
  let tally = held && nowMs >= held.from && nowMs <= held.until ? held.tally : undefined;
  if (!tally) {
    // A report that reads more than the standard facts (the sanctuary outputs) loads its own, once,
    // onto the same facts object (not a copy: copying would read every lazily loaded group).
    if (mod.facts && f.extra?.[mod.facts] === undefined) {
      f.extra ??= {};
      f.extra[mod.facts] = EXTRA_FACTS[mod.facts]!(db, period.from, period.to, now);
    }
    const timeReads = kept?.timeReads() ?? 0;
    tally = new Tally();
    mod.compute(f, tally);
    if (kept) {
      const timeless = kept.timeReads() === timeReads;
      // Counts that read the time hold from this instant (an earlier one could turn "no contact"
      // back into "not yet due") to the one they declared; without a declaration, not at all.
      const until = timeless ? Infinity : tally.validUntil;
      if (until === undefined) kept.counts.delete(name);
      else kept.counts.set(name, { tally, from: timeless ? -Infinity : nowMs, until } satisfies KeptTally);
    }
  }
  const result = buildResult(def, tally, { period, organisation: getMeta(db, 'org_name') ?? '', generatedAt: now.toISOString() });
  return { def, tally, result };
}

/** A report for the signed-in manager (audited: who looked at which figures for which period). */
export function runReport(ws: Workspace, name: Computable, period: ReportPeriod): ReportResult {
  const db = requireDb(ws);
  const computed = computeReport(db, name, period, ws.deps.clock.now());
  audit(ws, { action: 'report.view', entity: 'report', entityId: name, detail: `${period.from} to ${period.to}` });
  return computed.result;
}
