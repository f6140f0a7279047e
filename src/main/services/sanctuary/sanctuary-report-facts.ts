import type { SanctuaryCaseFact, SanctuaryFacts } from '../../../shared/reports/sanctuary.facts';
import { dateOf, dayOf, dayStart, iso, londonDayOf } from '../../../shared/rota/zone';
import type { Sqlite } from '../../db/connection';
import { listOverrides } from '../../db/repos/sanctuary/calendar.repo';
import { measuresOfCaseIds, sanctuaryCasesUpTo, supportOfEpisodes } from '../../db/repos/sanctuary/report.repo';
import { supportHourlyPence } from './rates.service';

/*
 * Loads what the sanctuary outputs read for a period [from, to] (London dates, both included):
 * the report registry's EXTRA_FACTS.sanctuary. No session: the CLI and the benchmark use it too.
 */

function londonOn(instant: string): string {
  return dateOf(londonDayOf(Date.parse(instant)));
}

/** The sanctuary facts of a period. */
export function loadSanctuaryFacts(db: Sqlite, from: string, to: string): SanctuaryFacts {
  const toIso = iso(dayStart(dayOf(to) + 1));
  const rows = sanctuaryCasesUpTo(db, from, toIso);
  const measures = measuresOfCaseIds(
    db,
    rows.map((r) => r.id),
  );
  const support = supportOfEpisodes(
    db,
    rows.map((r) => r.referral_id),
    from,
    to,
  );
  const measuresOf = new Map<number, typeof measures>();
  for (const m of measures) {
    const list = measuresOf.get(m.case_id);
    if (list) list.push(m);
    else measuresOf.set(m.case_id, [m]);
  }
  const cases: SanctuaryCaseFact[] = rows.map((r) => {
    const accepted = r.status === 'accepted' && r.accepted_to === 'sanctuary';
    const notAccepted = r.status === 'not_supported' || r.status === 'closed' || (r.status === 'accepted' && r.accepted_to !== 'sanctuary');
    const given = support.get(r.referral_id);
    return {
      caseId: r.id,
      referralId: r.referral_id,
      householdId: r.household_id,
      receivedOn: londonOn(r.received_at),
      source: r.source,
      tenure: r.tenure,
      decision: accepted ? 'accepted' : notAccepted ? 'not_accepted' : null,
      decidedOn: r.decided_at ? londonOn(r.decided_at) : null,
      notAcceptedReason: notAccepted ? (r.not_accepted_reason ?? 'other') : null,
      closedOn: r.closed_on,
      riskStartedOn: r.risk_started_on,
      needsAssessedOn: r.needs_assessed_on,
      planAgreedOn: r.plan_agreed_on,
      measures: (measuresOf.get(r.id) ?? []).map((m) => ({
          id: m.id,
          kind: m.kind,
          level: m.level,
          status: m.status,
          requestedOn: m.requested_on,
          approvalOn: m.approval_on,
          fittedOn: m.fitted_on,
          costPence: m.cost_pence,
          refusedOn: m.refused_on,
          refusalReason: m.refusal_reason,
        })),
      paidMinutes: given?.paidMinutes ?? 0,
      supportTypes: given?.types ?? [],
    };
  });
  return { cases, calendar: listOverrides(db).map((o) => ({ date: o.date, kind: o.kind, name: o.name })), supportHourlyPence: supportHourlyPence(db) };
}
