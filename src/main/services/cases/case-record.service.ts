import type { z } from 'zod';
import { contactDueBy, displayNameOf, searchKey } from '../../../shared/cases/display';
import { maracReasons, type RiskLevelCode } from '../../../shared/cases/risk-rules';
import type { CaseListQuerySchema, CaseListSchema, CaseRecord } from '../../../shared/cases/schemas/case-record';
import { WorkerPreference } from '../../../shared/cases/vocab';
import { addDays, londonDate, londonDayStart } from '../../../shared/time/london';
import { listCases, likeLiteral } from '../../db/repos/cases/case-list.repo';
import { caseAccessList } from '../../db/repos/cases/households.repo';
import { jsonArray, jsonObject } from '../../db/repos/cases/json-columns';
import { peopleOf, toPerson } from '../../db/repos/cases/people.repo';
import { courtOrdersOf, perpetratorsOf } from '../../db/repos/cases/perpetrators.repo';
import { contactAttemptsOf, referralsOf } from '../../db/repos/cases/referrals.repo';
import { assessmentsOf, incidentsOf, maracOf } from '../../db/repos/cases/risk.repo';
import { getUser } from '../../db/repos/users.repo';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { maySeeCase, maySeeRestrictedFields, openCase } from './case-access';
import { TIMELINE_SOURCES } from './timeline-sources';
import { buildTimeline } from './timeline';
import { riskFlags } from './risk.service';

/** Reads what a person typed into the search box: a reference, a date of birth, or a name. */
export function interpretSearch(text: string): { text: string | null; reference: string | null; dateOfBirth: string | null } {
  const t = text.trim();
  if (!t) return { text: null, reference: null, dateOfBirth: null };
  if (/^c-?\d/i.test(t)) return { text: null, reference: t.toUpperCase().replace(/^C(\d)/, 'C-$1'), dateOfBirth: null };
  const iso = t.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const uk = t.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/);
  if (iso) return { text: null, reference: null, dateOfBirth: t };
  if (uk) return { text: null, reference: null, dateOfBirth: `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` };
  return { text: likeLiteral(searchKey(t)), reference: null, dateOfBirth: null };
}

/**
 * The case list. Restricted cases the caller may not open show only their reference, and are
 * listed only with no search or filter, or when searched by their exact reference (see the
 * repository): a search by name, date of birth, risk level and so on never matches them.
 */
export function listCaseSummaries(ws: Workspace, q: z.output<typeof CaseListQuerySchema>): z.output<typeof CaseListSchema> {
  const db = requireDb(ws);
  const { total, rows } = listCases(db, {
    viewerId: requireSession(ws).userId,
    ...interpretSearch(q.search),
    status: q.status,
    riskLevel: q.riskLevel,
    workerId: q.workerId,
    receivedFromIso: q.receivedFrom ? londonDayStart(q.receivedFrom).toISOString() : null,
    receivedToIso: q.receivedTo ? londonDayStart(addDays(q.receivedTo, 1)).toISOString() : null,
    limit: q.limit,
    offset: q.offset,
  });
  return {
    total,
    items: rows.map((r) => {
      const hidden = !maySeeCase(ws, { id: r.household_id, restricted: r.restricted });
      return {
        referralId: r.referral_id,
        householdId: r.household_id,
        reference: r.reference,
        displayName: hidden ? 'Restricted case' : displayNameOf(r),
        dateOfBirth: hidden ? null : r.date_of_birth,
        status: hidden ? 'restricted' : r.status,
        riskLevel: hidden ? null : r.risk_level,
        receivedAt: r.received_at,
        decidedAt: hidden ? null : r.decided_at,
        workerName: hidden ? null : r.worker_name,
        children: hidden ? 0 : r.children,
        restricted: r.restricted === 1,
        hidden,
      };
    }),
  };
}

/** Opens a case record (audited), with everything about the household. */
export function getCaseRecord(ws: Workspace, householdId: number): CaseRecord {
  const db = requireDb(ws);
  const h = openCase(ws, householdId);
  audit(ws, { action: 'case.view', entity: 'household', entityId: h.id });
  const showRestricted = maySeeRestrictedFields(ws, h);
  const today = londonDate(ws.deps.clock.now());
  const people = peopleOf(db, h.id).map((row) => {
    const p = toPerson(row);
    return showRestricted ? p : { ...p, school: null, schoolHidden: p.kind === 'child' };
  });
  const perpetrators = perpetratorsOf(db, h.id).map((p) => ({
    id: p.id,
    nameOrDescription: p.name_or_description,
    sex: p.sex,
    relationship: p.relationship,
    knownRisks: p.known_risks,
    avoidAreas: jsonArray(p.avoid_areas),
    courtOrders: courtOrdersOf(db, p.id).map((o) => ({
      id: o.id,
      kind: o.kind as never,
      madeOn: o.made_on,
      expiresOn: o.expires_on,
      notes: o.notes,
      expired: o.expires_on !== null && o.expires_on < today,
    })),
  }));
  const episodes = referralsOf(db, h.id).map((r) => ({
    id: r.id,
    reference: r.reference,
    episodeNo: r.episode_no,
    receivedAt: r.received_at,
    source: r.source,
    referrerName: r.referrer_name,
    referrerContact: r.referrer_contact,
    channel: r.channel,
    safeContactMethod: r.safe_contact_method,
    safeContactDetails: r.safe_contact_details,
    safeTimes: r.safe_times,
    noVoicemail: r.no_voicemail === 1,
    immediateSafety: r.immediate_safety,
    immediateSafetyNotes: r.immediate_safety_notes,
    requests: jsonArray(r.requests),
    urgency: r.urgency,
    notes: r.notes,
    status: r.status,
    acceptedTo: r.accepted_to,
    notSupportedReason: r.not_supported_reason,
    unitTypesFull: jsonArray(r.unit_types_full),
    decisionNote: r.decision_note,
    decidedBy: r.decided_by ? (getUser(db, r.decided_by)?.displayName ?? null) : null,
    decidedAt: r.decided_at,
    firstContactAt: r.first_contact_at,
    contactDueBy: contactDueBy(r.received_at),
    contactAttempts: contactAttemptsOf(db, r.id).map((a) => ({ id: a.id, at: a.at, method: a.method as never, outcome: a.outcome as never, notes: a.notes, byName: a.by_name })),
    createdBy: r.created_by ? (getUser(db, r.created_by)?.displayName ?? null) : null,
  }));
  const assessments = assessmentsOf(db, h.id).map((a) => {
    const score = { yes: a.yes_count, no: 0, notKnown: 0, notAsked: 0, visibleHigh: a.visible_high === 1 };
    return {
      id: a.id,
      assessedAt: a.assessed_at,
      assessedBy: a.assessed_by_name,
      checklistId: a.checklist_id,
      answers: jsonObject<Record<string, 'yes' | 'no' | 'not_known' | 'not_asked'>>(a.answers, {}),
      yesCount: a.yes_count,
      visibleHigh: a.visible_high === 1,
      suggestedLevel: a.suggested_level,
      level: a.level,
      byJudgement: a.by_judgement === 1,
      reason: a.reason,
      escalation: a.escalation === 1,
      repeatMarac: a.repeat_marac === 1,
      maracReasons: maracReasons({ score, level: a.level, escalation: a.escalation === 1, repeat: a.repeat_marac === 1 }),
      holistic: jsonObject<Record<string, { level: string; notes: string }>>(a.holistic, {}),
      primaryNeed: a.primary_need,
      secondaryNeeds: jsonArray(a.secondary_needs),
    };
  });
  const marac = maracOf(db, h.id);
  const latest = assessments[0];
  const flags = riskFlags(ws, h.id);
  /*
   * A MARAC referral is due for what was raised since the last one. The latest assessment's
   * criteria count until a referral is recorded after it. Repeat MARAC comes from the incidents
   * themselves (one after the last referral, within 12 months): an incident added after a
   * referral raises the prompt with no new assessment, and it stands until a referral is made on
   * or after that incident.
   */
  const assessmentOpen = latest !== undefined && !marac.some((m) => m.created_at >= latest.assessedAt);
  const maracDue = maracReasons({
    score: { yes: latest?.yesCount ?? 0, no: 0, notKnown: 0, notAsked: 0, visibleHigh: assessmentOpen && latest.visibleHigh },
    level: assessmentOpen ? latest.level : 'standard',
    escalation: assessmentOpen && flags.escalation,
    repeat: flags.repeat,
  });
  const adult = people.find((p) => p.kind === 'adult');
  const childrenWith = people.filter((p) => p.kind === 'child' && p.withAdult).length;
  const alerts: CaseRecord['alerts'] = [];
  if (h.risk_level === 'high') alerts.push({ kind: 'high-risk', text: 'High risk', severity: 'danger' });
  if (maracDue.length) alerts.push({ kind: 'marac-due', text: `MARAC referral due: ${maracDue.join('; ')}`, severity: 'danger' });
  if (childrenWith) alerts.push({ kind: 'children', text: `${childrenWith} child${childrenWith === 1 ? '' : 'ren'} with them`, severity: 'info' });
  if (adult?.interpreterNeeded === 'yes') alerts.push({ kind: 'interpreter', text: `Interpreter needed${adult.language ? ` (${adult.language})` : ''}`, severity: 'warning' });
  if (adult && (adult.preferredWorker === 'female' || adult.preferredWorker === 'male')) {
    alerts.push({ kind: 'worker-sex', text: `Would like ${WorkerPreference.labels[adult.preferredWorker].toLowerCase()}`, severity: 'warning' });
  }
  if (episodes[0]?.noVoicemail) alerts.push({ kind: 'no-voicemail', text: 'Do not leave voicemail', severity: 'warning' });
  const soon = addDays(today, 30);
  for (const p of perpetrators) for (const o of p.courtOrders) {
    if (o.expiresOn && o.expiresOn >= today && o.expiresOn <= soon) alerts.push({ kind: 'order-expiring', text: `A court order expires on ${o.expiresOn}`, severity: 'warning' });
  }
  const worker = h.worker_id ? getUser(db, h.worker_id) : null;
  return {
    householdId: h.id,
    reference: h.reference,
    restricted: h.restricted === 1,
    allowedUserIds: caseAccessList(db, h.id),
    worker: worker ? { id: worker.id, name: worker.displayName } : null,
    riskLevel: h.risk_level as RiskLevelCode | null,
    alerts,
    people,
    perpetrators,
    episodes,
    assessments,
    incidents: incidentsOf(db, h.id).map((i) => ({ id: i.id, occurredOn: i.occurred_on, notes: i.notes })),
    maracReferrals: marac.map((m) => ({ id: m.id, referredOn: m.referred_on, meetingOn: m.meeting_on, actions: m.actions })),
    maracDue,
    timeline: buildTimeline(db, h.id, TIMELINE_SOURCES),
  };
}
