import type { z } from 'zod';
import { nightStatus } from '../../../shared/allocation/availability';
import { OPEN_END, plusDays } from '../../../shared/allocation/nights';
import { rankUnits } from '../../../shared/allocation/ranking';
import type { Board, BoardEntry, BoardQuerySchema, BoardUnit, Candidate, Match, MatchQuerySchema } from '../../../shared/allocation/schemas/board.schema';
import { householdSummary } from '../../../shared/allocation/summary';
import { peopleCount } from '../../../shared/allocation/suitability';
import type { Sqlite } from '../../db/connection';
import { holdsOfHouseholds, householdLabels, staffNames, undecidedAccommodationReferrals } from '../../db/repos/allocation/board-lookups.repo';
import { listUnits, unitsOpenBetween, type UnitRow } from '../../db/repos/allocation/units.repo';
import { getHousehold } from '../../db/repos/cases/households.repo';
import { maySeeCase, openCase } from '../cases/case-access';
import { waitingList } from '../cases/referrals.service';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { today } from './booking';
import { householdFacts, householdFactsMany } from './household-facts';
import { periodsByUnit, timelineRows, unitFacts, type TimelineRows } from './unit-facts';

/*
 * The night-time board: every unit's timeline from a date for 1–12 weeks, what each unit is doing
 * tonight, the households needing a unit, and every unit marked for one of them.
 */

function boardUnit(u: UnitRow, tonight: BoardUnit['tonight']): BoardUnit {
  const f = unitFacts(u);
  return { ...f, name: u.name, tonight };
}

function boardEntries(db: Sqlite, ws: Workspace, rows: TimelineRows, from: string, to: string): BoardEntry[] {
  const inWindow = (start: string, end: string | null) => start < to && (end ?? OPEN_END) > from;
  const stays = rows.stays.filter((s) => inWindow(s.start_date, s.end_date));
  const holds = rows.holds.filter((h) => inWindow(h.start_date, h.end_date));
  const labels = householdLabels(db, [...stays.map((s) => s.household_id), ...holds.map((h) => h.household_id)], requireSession(ws).userId);
  const staff = staffNames(db);
  const who = (householdId: number) => {
    const l = labels.get(householdId);
    return { displayName: l && !l.hidden ? l.displayName : null, reference: l?.reference ?? null, restricted: l?.hidden ?? false };
  };
  // A stay's or hold's note is free text about the household (why it moved, who is coming), so it
  // is withheld with the name from a reader not named on a restricted case.
  const noteOf = (householdId: number, note: string) => (labels.get(householdId)?.hidden ? '' : note);
  const entries: BoardEntry[] = [];
  for (const s of stays) {
    entries.push({
      kind: 'stay',
      id: s.id,
      unitId: s.unit_id,
      start: s.start_date,
      end: s.end_date,
      expectedEnd: s.end_date === null ? s.expected_end_date : null,
      householdId: s.household_id,
      referralId: s.referral_id,
      ...who(s.household_id),
      reason: null,
      note: noteOf(s.household_id, s.note),
      expiresAt: null,
      createdBy: s.created_by === null ? null : (staff.get(s.created_by) ?? null),
      overridden: s.override_justification !== null,
    });
  }
  for (const h of holds) {
    entries.push({
      kind: 'hold',
      id: h.id,
      unitId: h.unit_id,
      start: h.start_date,
      end: h.end_date,
      expectedEnd: null,
      householdId: h.household_id,
      referralId: h.referral_id,
      ...who(h.household_id),
      reason: null,
      note: noteOf(h.household_id, h.note),
      expiresAt: h.expires_at,
      createdBy: h.created_by === null ? null : (staff.get(h.created_by) ?? null),
      overridden: h.override_justification !== null,
    });
  }
  for (const o of rows.outOfService.filter((p) => inWindow(p.start_date, p.end_date))) {
    entries.push({
      kind: 'out_of_service',
      id: o.id,
      unitId: o.unit_id,
      start: o.start_date,
      end: o.end_date,
      expectedEnd: null,
      householdId: null,
      referralId: null,
      displayName: null,
      reference: null,
      restricted: false,
      reason: o.reason,
      note: o.note,
      expiresAt: null,
      createdBy: o.created_by === null ? null : (staff.get(o.created_by) ?? null),
      overridden: false,
    });
  }
  return entries;
}

/** The board for a window: units, their bars, and "free tonight: N of M". */
export function buildBoard(ws: Workspace, q: z.output<typeof BoardQuerySchema>): Board {
  const db = requireDb(ws);
  const now = ws.deps.clock.now().toISOString();
  const day = today(ws);
  const from = q.from ?? day;
  const to = plusDays(from, q.weeks * 7);
  // Read tonight as well, when the window does not include it.
  const readFrom = day < from ? day : from;
  const readTo = plusDays(day, 1) > to ? plusDays(day, 1) : to;
  const rows = timelineRows(db, readFrom, readTo, now);
  const byUnit = periodsByUnit(rows);
  const units = unitsOpenBetween(db, readFrom, readTo).map((u) => boardUnit(u, nightStatus(unitFacts(u), byUnit.get(u.id) ?? [], day)));
  const open = units.filter((u) => u.tonight !== 'closed');
  return {
    now,
    today: day,
    from,
    to,
    weeks: q.weeks,
    freeTonight: open.filter((u) => u.tonight === 'free').length,
    totalUnits: open.length,
    units: units.filter((u) => u.openedOn < to && (u.closedOn ?? OPEN_END) > from),
    entries: boardEntries(db, ws, rows, from, to),
  };
}

/** Households needing a unit: the waiting list (by priority), then undecided referrals asking for one. */
export function allocationCandidates(ws: Workspace): Candidate[] {
  const db = requireDb(ws);
  const day = today(ws);
  const now = ws.deps.clock.now().toISOString();
  const list = waitingList(ws);
  const undecidedRows = undecidedAccommodationReferrals(db);
  const facts = householdFactsMany(db, [...list.map((w) => w.householdId), ...undecidedRows.map((r) => r.household_id)]);
  const summaryOf = (householdId: number, visible: boolean) => (visible ? householdSummary(facts.get(householdId)!, day) : '');
  const waiting: Candidate[] = list.map((w) => ({
    referralId: w.referralId,
    householdId: w.householdId,
    reference: w.reference,
    displayName: w.displayName,
    restricted: w.restricted,
    status: 'waiting',
    riskLevel: w.riskLevel,
    priority: w.priority,
    since: w.waitingSince,
    summary: summaryOf(w.householdId, !w.restricted),
    holds: [],
  }));
  const seen = new Set(waiting.map((w) => w.householdId));
  const undecided: Candidate[] = [];
  const labels = householdLabels(db, undecidedRows.map((r) => r.household_id), requireSession(ws).userId);
  for (const r of undecidedRows) {
    if (seen.has(r.household_id)) continue;
    seen.add(r.household_id);
    const h = getHousehold(db, r.household_id)!;
    const visible = maySeeCase(ws, h);
    const label = labels.get(h.id);
    undecided.push({
      referralId: r.id,
      householdId: h.id,
      reference: r.reference,
      displayName: visible ? (label?.displayName ?? 'Unknown') : 'Restricted case',
      restricted: !visible,
      status: 'undecided',
      riskLevel: h.risk_level,
      priority: null,
      since: r.received_at,
      summary: summaryOf(h.id, visible),
      holds: [],
    });
  }
  const all = [...waiting, ...undecided];
  const holds = holdsOfHouseholds(db, all.map((c) => c.householdId), now);
  for (const c of all) c.holds = holds.filter((h) => h.household_id === c.householdId).map((h) => ({ holdId: h.id, unitId: h.unit_id }));
  return all;
}

/** Every unit open on the first night, marked suitable or not for the household, ranked. */
export function matchHousehold(ws: Workspace, q: z.output<typeof MatchQuerySchema>): Match {
  openCase(ws, q.householdId);
  const db = requireDb(ws);
  const now = ws.deps.clock.now().toISOString();
  const start = q.startDate ?? today(ws);
  const facts = householdFacts(db, q.householdId);
  const units = listUnits(db, start).map(unitFacts);
  const byUnit = periodsByUnit(timelineRows(db, start, q.endDate ?? OPEN_END, now));
  const ranked = rankUnits(facts, units, byUnit, { start, end: q.endDate, householdId: q.householdId });
  audit(ws, { action: 'allocation.match', entity: 'household', entityId: q.householdId, detail: `${ranked.filter((r) => r.suitable).length} of ${ranked.length} units suitable` });
  return {
    householdId: q.householdId,
    startDate: start,
    endDate: q.endDate,
    people: peopleCount(facts),
    summary: householdSummary(facts, start),
    units: ranked.map((r) => ({
      unitId: r.unitId,
      rank: r.rank,
      suitable: r.suitable,
      available: r.available,
      heldForHousehold: r.heldForHousehold,
      reasons: r.reasons,
      cautions: r.cautions,
      sparePlaces: r.sparePlaces,
      inPreferredArea: r.inPreferredArea,
    })),
  };
}
