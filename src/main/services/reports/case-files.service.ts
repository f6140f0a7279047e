import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { UnitType } from '../../../shared/allocation/vocab.allocation';
import { nightsBetween } from '../../../shared/allocation/nights';
import { Ethnicity, GenderIdentity, NotSupportedReason, AcceptedTo, ReferralSource, Sex, SpecialistCharacteristic, SupportNeed, YesNoUnknown } from '../../../shared/cases/vocab';
import { AppError } from '../../../shared/errors';
import type { AnonymisedCase, CaseFileExportInputSchema, NoteReleaseInputSchema, ReviewNote } from '../../../shared/reports/case-files.schema';
import { AGE_BAND_LABELS, ageAt, bandOf } from '../../../shared/reports/compute/ages';
import { supportedEpisodes } from '../../../shared/reports/compute/quarterly.compute';
import type { ReportPeriod } from '../../../shared/reports/periods';
import type { ReportFile } from '../../../shared/reports/schemas';
import { AssessmentStage, EventKind, ExitDestination, ExitReason, Independence, OutcomeArea, SupportType } from '../../../shared/support/vocab.support';
import {
  caseEpisodes,
  episodeContacts,
  episodeEvents,
  episodeExit,
  episodeNotes,
  episodePlan,
  householdPeople,
  householdStays,
  latestRisk,
  noteText,
  releaseDecisions,
  type NoteRow,
} from '../../db/repos/reports/case-files.repo';
import { parseList } from '../../db/repos/reports/report-facts.repo';
import type { Sqlite } from '../../db/connection';
import type { PdfPrinter } from '../pdf/pdf-printer';
import { audit, requireDb, type Workspace } from '../workspace';
import { encryptedZip } from './export/encrypted-zip';
import { caseFilesHtml } from './export/case-files-html';
import { londonDateOf } from './london-dates';
import { loadReportFacts } from './report-facts';

/*
 * Anonymised case files for a commissioner's audit. A manager picks a sample of episodes supported
 * in a period, reviews each note and releases the ones that may go (releases are recorded in the
 * audit log with a hash of the text, so a release lapses if the note is later changed, and every
 * decision is attributable). The export then holds, per case: a pseudonym (random for each export,
 * never the case reference, so two exports cannot be joined), age bands instead of dates of birth,
 * months instead of dates, categories instead of names, addresses, phone numbers or referrers —
 * and the released notes only.
 */

const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Episodes supported in a period, for choosing a sample. */
export function caseFileCandidates(ws: Workspace, period: ReportPeriod) {
  const db = requireDb(ws);
  const facts = loadReportFacts(db, period.from, period.to, ws.deps.clock.now());
  const eps = supportedEpisodes(facts);
  const refs = new Map(caseEpisodes(db, eps.map((e) => e.ep.referralId)).map((r) => [r.referral_id, r]));
  audit(ws, { action: 'report.casefiles.list', entity: 'report', entityId: 'case-files', detail: `${period.from} to ${period.to}: ${eps.length} episodes` });
  return eps
    .map((e) => ({ e, r: refs.get(e.ep.referralId) }))
    .filter((x) => x.r)
    .map(({ e, r }) => ({ referralId: e.ep.referralId, householdReference: r!.household_reference, referralReference: r!.referral_reference, supportStart: e.span.start, exitedOn: e.ep.exit?.exitedOn ?? null }))
    .sort((a, b) => a.referralReference.localeCompare(b.referralReference));
}

function releasedSet(db: Sqlite, notes: readonly NoteRow[]): Set<string> {
  const out = new Set<string>();
  for (const kind of ['contact', 'event', 'exit', 'assessment'] as const) {
    const of = notes.filter((n) => n.kind === kind);
    if (of.length === 0) continue;
    const decisions = releaseDecisions(
      db,
      kind,
      of.map((n) => n.id),
    );
    for (const n of of) {
      const d = decisions.get(n.id);
      if (d?.action === 'report.note.release' && d.detail === `sha256:${hash(n.text)}`) out.add(`${kind}:${n.id}`);
    }
  }
  return out;
}

/** The notes of the chosen episodes, for a manager to review. */
export function notesForReview(ws: Workspace, referralIds: readonly number[]): ReviewNote[] {
  const db = requireDb(ws);
  const refs = new Map(caseEpisodes(db, referralIds).map((r) => [r.referral_id, r.referral_reference]));
  const notes = episodeNotes(db, [...refs.keys()]);
  const released = releasedSet(db, notes);
  audit(ws, { action: 'report.casefiles.review', entity: 'report', entityId: 'case-files', detail: `${notes.length} notes of ${refs.size} episodes` });
  return notes.map((n) => ({ kind: n.kind, id: n.id, referralReference: refs.get(n.referral_id) ?? '', date: n.date, what: n.what.replace(/_/g, ' '), text: n.text, released: released.has(`${n.kind}:${n.id}`) }));
}

/** Releases or withdraws one note (recorded in the audit log with the text's hash). */
export function releaseNote(ws: Workspace, input: z.output<typeof NoteReleaseInputSchema>): { released: boolean } {
  const db = requireDb(ws);
  const text = noteText(db, input.kind, input.id);
  if (text === null) throw new AppError('NOT_FOUND', 'That note does not exist.');
  audit(ws, { action: input.release ? 'report.note.release' : 'report.note.withdraw', entity: `note.${input.kind}`, entityId: input.id, detail: `sha256:${hash(text)}` });
  return { released: input.release };
}

const month = (date: string) => date.slice(0, 7);
const label = (labels: Record<string, string>, code: string | null) => (code === null ? 'Not recorded' : (labels[code] ?? code));

/** A pseudonym: random for each export, so it is stable within the export and joins nothing. */
export function pseudonym(): string {
  return `CASE-${randomBytes(4).toString('hex').toUpperCase()}`;
}

function anonymise(db: Sqlite, r: ReturnType<typeof caseEpisodes>[number], name: string, released: Set<string>, notes: NoteRow[]): AnonymisedCase {
  const receivedOn = londonDateOf(r.received_at);
  const risk = latestRisk(db, r.household_id);
  const plan = episodePlan(db, r.referral_id);
  const contacts = episodeContacts(db, r.referral_id);
  const exit = episodeExit(db, r.referral_id);
  const byType: Record<string, number> = {};
  let paid = 0;
  let unpaid = 0;
  for (const c of contacts) {
    if (c.timeKind === 'paid') paid += c.minutes;
    else unpaid += c.minutes;
    const key = label(SupportType.labels, c.supportType);
    byType[key] = Math.round(((byType[key] ?? 0) + c.minutes / 60) * 100) / 100;
  }
  return {
    pseudonym: name,
    referral: { month: month(receivedOn), source: label(ReferralSource.labels, r.source), decision: r.accepted_to ? `Accepted: ${label(AcceptedTo.labels, r.accepted_to)}` : label(NotSupportedReason.labels, null) },
    people: householdPeople(db, r.household_id)
      .filter((p) => p.kind === 'adult' || p.withAdult === 1)
      .map((p) => ({
        role: p.kind === 'adult' ? 'Adult victim' : 'Child',
        ageBandOnReferral: AGE_BAND_LABELS[bandOf(ageAt(p, receivedOn))]!,
        sex: label(Sex.labels, p.sex),
        gender: label(GenderIdentity.labels, p.genderIdentity),
        ethnicity: label(Ethnicity.labels, p.ethnicity),
        disability: label(YesNoUnknown.labels, p.disability),
        specialist: parseList(p.specialist).map((s) => label(SpecialistCharacteristic.labels, s)),
      })),
    risk: risk ? { level: risk.level, primaryNeed: risk.primaryNeed ? label(SupportNeed.labels, risk.primaryNeed) : null, secondaryNeeds: parseList(risk.secondaryNeeds).map((n) => label(SupportNeed.labels, n)) } : null,
    accommodation: householdStays(db, r.household_id, receivedOn)
      .filter((s) => !exit || s.start <= exit.exitedOn)
      .map((s) => ({ unitType: label(UnitType.labels, s.type), fromMonth: month(s.start), toMonth: s.end ? month(s.end) : null, nights: s.end ? nightsBetween(s.start, s.end) : null })),
    plan: plan.areas.map((a) => ({
      area: label(OutcomeArea.labels, a.area),
      hasNeed: a.hasNeed === 1,
      scores: plan.scores.filter((s) => s.area === a.area).map((s) => ({ stage: label(AssessmentStage.labels, s.stage), month: month(s.on), score: s.score })),
    })),
    support: { contacts: contacts.length, paidHours: Math.round((paid / 60) * 100) / 100, unpaidHours: Math.round((unpaid / 60) * 100) / 100, byType },
    events: episodeEvents(db, r.referral_id).map((e) => ({ kind: label(EventKind.labels, e.kind), month: month(e.on) })),
    exit: exit
      ? { month: month(exit.exitedOn), planned: exit.planned === 1, reason: label(ExitReason.labels, exit.reason), destination: label(ExitDestination.labels, exit.destination), achievingIndependence: label(Independence.labels, exit.independence) }
      : null,
    releasedNotes: notes.filter((n) => n.referral_id === r.referral_id && released.has(`${n.kind}:${n.id}`)).map((n) => ({ what: n.what.replace(/_/g, ' '), month: month(n.date), text: n.text })),
  };
}

/** Builds the anonymised case files (no audit: the caller records the export). */
export function anonymisedCases(db: Sqlite, referralIds: readonly number[]): AnonymisedCase[] {
  const eps = caseEpisodes(db, referralIds);
  if (eps.length !== new Set(referralIds).size) throw new AppError('NOT_FOUND', 'One of the chosen cases has no accepted referral.');
  const notes = episodeNotes(
    db,
    eps.map((e) => e.referral_id),
  );
  const released = releasedSet(db, notes);
  // Shuffled, so the order of the file does not follow the order of the references either.
  const order = eps.map((e) => ({ e, k: randomBytes(4).readUInt32BE(0) })).sort((a, b) => a.k - b.k);
  return order.map(({ e }) => anonymise(db, e, pseudonym(), released, notes));
}

/** Exports the anonymised case files of the chosen episodes. */
export async function exportCaseFiles(ws: Workspace, input: z.output<typeof CaseFileExportInputSchema>, printer: () => PdfPrinter): Promise<ReportFile> {
  const db = requireDb(ws);
  const cases = anonymisedCases(db, input.referralIds);
  const today = londonDateOf(ws.deps.clock.now().toISOString());
  const body = input.format === 'json' ? Buffer.from(JSON.stringify({ produced: today, cases }, null, 2) + '\n', 'utf8') : await printer()(caseFilesHtml(cases, today), { footer: 'Anonymised case files for audit' });
  let fileName = `anonymised-case-files_${today}.${input.format}`;
  let mimeType = input.format === 'json' ? 'application/json' : 'application/pdf';
  let bytes = body;
  if (input.zipPassword) {
    bytes = await encryptedZip(fileName, body, input.zipPassword);
    fileName += '.zip';
    mimeType = 'application/zip';
  }
  audit(ws, { action: 'report.casefiles.export', entity: 'report', entityId: 'case-files', detail: `${cases.length} cases, ${input.format}${input.zipPassword ? ' in encrypted zip' : ''}` });
  return { fileName, mimeType, content: bytes.toString('base64'), encoding: 'base64', summary: `${cases.length} anonymised case files` };
}
