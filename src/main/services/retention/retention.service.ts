import { AppError } from '../../../shared/errors';
import {
  dueReason,
  retentionCutoffs,
  type RetentionPreview,
  type RetentionPurgeResult,
  type RetentionSchedule,
} from '../../../shared/retention/schedule';
import type { Sqlite } from '../../db/connection';
import { householdFacts } from '../../db/repos/retention/household-graph.repo';
import { auditDueThroughId, countAuditThrough, pruneAuditThrough } from '../../db/repos/retention/audit-prune.repo';
import { readRetentionSchedule, writeRetentionSchedule } from '../../db/repos/retention/retention-settings.repo';
import { maySeeCase } from '../cases/case-access';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { deleteHouseholds, vacuumAfterPurge } from './household-purge';

/** The retention schedule. */
export function getRetentionSchedule(ws: Workspace): RetentionSchedule {
  return readRetentionSchedule(requireDb(ws));
}

/** Changes the retention schedule (administrators); the audit entry names the keys changed. */
export function updateRetentionSchedule(ws: Workspace, patch: Partial<RetentionSchedule>): RetentionSchedule {
  const db = requireDb(ws);
  const keys = (Object.keys(patch) as (keyof RetentionSchedule)[]).filter((k) => patch[k] !== undefined);
  if (keys.length === 0) throw new AppError('INVALID_INPUT', 'Nothing to change.');
  db.transaction(() => {
    writeRetentionSchedule(db, { ...readRetentionSchedule(db), ...patch });
    audit(ws, { action: 'retention.schedule.update', entity: 'settings', detail: keys.sort().join(', ') });
  })();
  return readRetentionSchedule(db);
}

interface DueSet {
  schedule: RetentionSchedule;
  cutoffs: ReturnType<typeof retentionCutoffs>;
  cases: { householdId: number; reference: string; restricted: boolean; reason: 'closed_case' | 'unsuccessful_referral'; lastContactAt: string }[];
  auditThroughId: number | null;
}

function dueNow(ws: Workspace, db: Sqlite): DueSet {
  const schedule = readRetentionSchedule(db);
  const cutoffs = retentionCutoffs(ws.deps.clock.now(), schedule);
  const cases: DueSet['cases'] = [];
  for (const h of householdFacts(db)) {
    const reason = dueReason(h, cutoffs);
    if (reason) cases.push({ householdId: h.id, reference: h.reference, restricted: h.restricted === 1, reason, lastContactAt: h.lastContactAt! });
  }
  return { schedule, cutoffs, cases, auditThroughId: auditDueThroughId(db, cutoffs.audit) };
}

/**
 * What is due for deletion now: references and counts, never names. A restricted case the
 * reviewer is not named on is listed without its reference (it is still counted and purged:
 * retention applies to every record the organisation holds).
 */
export function previewRetention(ws: Workspace): RetentionPreview {
  const db = requireDb(ws);
  const due = dueNow(ws, db);
  const auditEntries = due.auditThroughId === null ? 0 : countAuditThrough(db, due.auditThroughId);
  const counts = {
    closedCases: due.cases.filter((c) => c.reason === 'closed_case').length,
    unsuccessfulReferrals: due.cases.filter((c) => c.reason === 'unsuccessful_referral').length,
    auditEntries,
  };
  audit(ws, { action: 'retention.preview', entity: 'retention', detail: JSON.stringify(counts) });
  return {
    schedule: due.schedule,
    cutoffs: due.cutoffs,
    cases: due.cases.map((c) => ({ ...c, reference: maySeeCase(ws, { id: c.householdId, restricted: c.restricted ? 1 : 0 }) ? c.reference : null })),
    counts,
    auditThroughId: due.auditThroughId,
  };
}

/**
 * Deletes exactly the approved households and audit run, in one transaction: each approved
 * household must still be due (a case reopened since the preview stops the whole purge), and
 * households that became due since the preview are left for the next one. The audit entry records
 * counts only. The database is vacuumed after commit.
 */
export function purgeRetention(ws: Workspace, input: { householdIds: readonly number[]; auditThroughId: number | null }): RetentionPurgeResult {
  const db = requireDb(ws);
  const session = requireSession(ws);
  const approved = [...new Set(input.householdIds)];
  const result = db.transaction(() => {
    const due = dueNow(ws, db);
    const dueIds = new Map(due.cases.map((c) => [c.householdId, c.reason]));
    const stale = approved.filter((id) => !dueIds.has(id));
    if (stale.length > 0) {
      throw new AppError('CONFLICT', `${stale.length} of the approved cases ${stale.length === 1 ? 'is' : 'are'} no longer due (reopened or changed since the preview). Preview again.`);
    }
    if (input.auditThroughId !== null && (due.auditThroughId === null || input.auditThroughId > due.auditThroughId)) {
      throw new AppError('CONFLICT', 'The audit entries approved are no longer all due. Preview again.');
    }
    const rows = approved.length > 0 ? deleteHouseholds(db, approved) : {};
    const auditEntries = input.auditThroughId === null ? 0 : countAuditThrough(db, input.auditThroughId);
    const detail = {
      households: approved.length,
      closedCases: approved.filter((id) => dueIds.get(id) === 'closed_case').length,
      unsuccessfulReferrals: approved.filter((id) => dueIds.get(id) === 'unsuccessful_referral').length,
      auditEntries,
      rows,
    };
    audit(ws, { action: 'retention.purge', entity: 'retention', detail: JSON.stringify(detail) });
    if (input.auditThroughId !== null && auditEntries > 0) {
      pruneAuditThrough(db, input.auditThroughId, nowIso(ws), { userId: session.userId, username: session.username });
    }
    return { households: approved.length, rows, auditEntries };
  })();
  return { ...result, vacuumed: vacuumAfterPurge(db) };
}
