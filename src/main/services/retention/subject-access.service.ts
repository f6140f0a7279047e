import { AppError } from '../../../shared/errors';
import type { SubjectAccessExport } from '../../../shared/retention/subject-access';
import { collectHouseholdRows } from '../../db/repos/retention/household-graph.repo';
import { getMeta } from '../../db/repos/meta.repo';
import { openCase } from '../cases/case-access';
import type { PdfPrinter } from '../pdf/pdf-printer';
import { audit, nowIso, requireDb, type Workspace } from '../workspace';
import { deleteHouseholds, vacuumAfterPurge } from './household-purge';
import { subjectAccessHtml } from './subject-access-html';

/*
 * Subject access and erasure. A person's records are their household's: the same foreign-key
 * graph the retention purge deletes is the one exported, so the export holds every table a
 * feature adds, and "everything we hold" and "everything we erase" can never drift apart.
 * Restricted cases go through openCase: a manager not named on one is refused (and audited).
 */

/** The household of a person, opened with the usual case-access check. */
function personHousehold(ws: Workspace, personId: number): { householdId: number; reference: string; name: string; anonymous: boolean } {
  const db = requireDb(ws);
  const p = db.prepare('SELECT household_id, name, anonymous FROM people WHERE id = ?').get(personId) as { household_id: number; name: string; anonymous: number } | undefined;
  if (!p) throw new AppError('NOT_FOUND', 'That person does not exist.');
  const h = openCase(ws, p.household_id);
  return { householdId: h.id, reference: h.reference, name: p.name, anonymous: p.anonymous === 1 };
}

/** Every row of the household, table by table, in a stable order. */
function householdRecords(ws: Workspace, householdId: number): Record<string, Record<string, unknown>[]> {
  const db = requireDb(ws);
  const rows = collectHouseholdRows(db, [householdId]);
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const [table, ids] of rows) {
    // eslint-disable-next-line waymark/no-sql-interpolation -- a table name from the foreign-key graph (sqlite_schema), double-quoted; row ids are bound
    out[table] = db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}" WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid`).all(JSON.stringify(ids)) as Record<string, unknown>[];
  }
  return out;
}

/** Everything held about one person, as JSON and as a readable PDF; audited (no contents). */
export async function exportSubjectAccess(ws: Workspace, personId: number, printer: () => PdfPrinter): Promise<SubjectAccessExport> {
  const who = personHousehold(ws, personId);
  const records = householdRecords(ws, who.householdId);
  const generatedAt = nowIso(ws);
  const counts = Object.fromEntries(Object.entries(records).map(([t, r]) => [t, r.length]));
  const json = JSON.stringify({ generatedAt, subject: { personId, householdReference: who.reference }, records }, null, 2);
  const page = subjectAccessHtml({
    orgName: getMeta(requireDb(ws), 'org_name') ?? '',
    generatedAt,
    reference: who.reference,
    personLabel: who.anonymous || who.name === '' ? `person ${personId}` : who.name,
    records,
  });
  const pdf = await printer()(page, { footer: `Subject access export · case ${who.reference} · ${generatedAt.slice(0, 10)}` });
  audit(ws, { action: 'subjectAccess.export', entity: 'person', entityId: personId, detail: JSON.stringify({ rows: counts }) });
  const base = `subject-access-${who.reference}-${generatedAt.slice(0, 10)}`;
  return {
    json: { fileName: `${base}.json`, mimeType: 'application/json', content: json, encoding: 'utf-8' },
    pdf: { fileName: `${base}.pdf`, mimeType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' },
    counts,
  };
}

/** Erases one household on request: the retention purge's path, audited with counts and the reason. */
export function eraseOnRequest(ws: Workspace, input: { householdId: number; reason: string }): { rows: Record<string, number>; vacuumed: boolean } {
  const db = requireDb(ws);
  // Outside the transaction so a refusal's audit entry is kept.
  openCase(ws, input.householdId);
  const rows = db.transaction(() => {
    const counts = deleteHouseholds(db, [input.householdId]);
    audit(ws, { action: 'subjectAccess.erase', entity: 'household', entityId: input.householdId, detail: JSON.stringify({ reason: input.reason, rows: counts }) });
    return counts;
  })();
  return { rows, vacuumed: vacuumAfterPurge(db) };
}
