import type { ContactFact, EpisodeFact, PersonFact, PlanFact, ReferralFact, RiskFact } from '../../../../shared/reports/facts';
import type { ScorePoint } from '../../../../shared/support/outcomes';
import { OutcomeArea, type AssessmentStageCode, type OutcomeAreaCode } from '../../../../shared/support/vocab.support';
import { listParser } from '../../../db/repos/reports/report-facts.repo';
import { SCORE_BITS } from '../../../db/repos/reports/household-facts.repo';
import { londonDateOf } from '../london-dates';
import type { HouseholdRecordRows } from '../../../db/repos/reports/household-facts.repo';
import { CellColumn, tableOf, type Cell, type Column, type Table } from './row-codec';

/*
 * The reports' records as fact objects, built from tables in the column order of
 * household-facts.repo.ts (the rows SQLite returns, or the same decoded from the snapshot): one
 * builder for both, so a report counts the same whichever way its records came. Instants become
 * London dates here, once.
 */

/*
 * A store of ten years holds about half a million objects, all of which survive until the store
 * is dropped, and making them was mostly the garbage collector's time (copying survivors): so a
 * referral's episode and first attempt, and a risk assessment's date, are fields of the fact
 * itself rather than of a wrapper. The reports read them as the plain facts (the extra fields
 * are not part of ReportFacts' types), and nothing sends facts out of the main process.
 */

/** A referral with what only some figures read about it. */
export interface ReferralRecord extends ReferralFact {
  /** Its episode of support, when accepted. */
  readonly episode: EpisodeFact | null;
  /** Its first contact attempt, or null. */
  readonly firstAttemptAt: string | null;
}

/** A risk assessment, with the date it counts from. */
export interface RiskRecord extends RiskFact {
  /** The London date of the assessment (a period ending on or after it sees it). */
  readonly on: string;
  readonly id: number;
}

/** A support plan's areas with a need and every one of their scores. */
export interface PlanRecord {
  fact: PlanFact;
  /** The latest assessment's date ('' with none): a period ending on or after it sees every score. */
  lastOn: string;
}

/** The records of some households (or all), as built from one set of tables. */
export interface HouseholdRecords {
  referrals: ReferralRecord[];
  people: PersonFact[];
  risks: RiskRecord[];
  contacts: ContactFact[];
  plans: PlanRecord[];
}

/**
 * The six tables of household-facts.repo.ts, in HouseholdRecordRows's order, with instants the
 * figures read only as London dates made into those dates (withLondonDates): a decoded snapshot
 * then shares one string per date, and nothing is converted as it loads.
 * - referrals: decided_at (8) and waiting_left_at (22) as dates, and the date received added (25);
 * - risks: assessed_at (1) as a date (a household's assessments stay in the order read).
 */
export interface RecordTables {
  referrals: Table;
  people: Table;
  risks: Table;
  contacts: Table;
  planAreas: Table;
  assessments: Table;
}

type Str = string;
type Int = number;

/** Rows as read, as RecordTables (the instants the figures count by date, as London dates). */
export function withLondonDates(rows: HouseholdRecordRows): RecordTables {
  const dates = (column: Column) => {
    const out: Cell[] = new Array(column.length);
    for (let i = 0; i < column.length; i++) {
      const v = column.at(i) as string | null;
      out[i] = v === null ? null : londonDateOf(v);
    }
    return new CellColumn(out);
  };
  const referrals = tableOf(rows.referrals, 25);
  referrals.columns[8] = dates(referrals.columns[8]!);
  referrals.columns[22] = dates(referrals.columns[22]!);
  referrals.columns.push(dates(referrals.columns[2]!));
  const risks = tableOf(rows.risks, 6);
  risks.columns[1] = dates(risks.columns[1]!);
  return {
    referrals,
    people: tableOf(rows.people, 13),
    risks,
    contacts: tableOf(rows.contacts, 7),
    planAreas: tableOf(rows.planAreas, 4),
    assessments: tableOf(rows.assessments, 5),
  };
}

/** Each table's width (a decoded snapshot of another shape is not used). */
export const RECORD_WIDTHS: Record<keyof RecordTables, number> = { referrals: 26, people: 13, risks: 6, contacts: 7, planAreas: 4, assessments: 5 };

/** Builds the records of a set of households from their tables. */
export function buildRecords(t: RecordTables): HouseholdRecords {
  const list = listParser();
  return {
    referrals: buildReferrals(t.referrals, list),
    people: buildPeople(t.people, list),
    risks: buildRisks(t.risks, list),
    contacts: buildContacts(t.contacts),
    plans: buildPlans(t.planAreas, t.assessments),
  };
}

function buildReferrals(t: Table, list: (json: string | null) => string[]): ReferralRecord[] {
  const [id, household, receivedAt, source, status, acceptedTo, reason, unitTypesFull, decidedOn, requests, urgency, firstContactAt] = t.columns;
  const [exitId, exitedOn, planned, exitReason, destination, independence, stayId, moveOnStart, moveOnLatestEnd, moveOnEnded, leftWaitingListOn, firstAttemptAt, firstContactOn, receivedOn] =
    t.columns.slice(12);
  const out: ReferralRecord[] = new Array(t.length);
  for (let i = 0; i < t.length; i++) {
    const fact = {
      id: id!.at(i) as Int,
      householdId: household!.at(i) as Int,
      receivedAt: receivedAt!.at(i) as Str,
      receivedOn: receivedOn!.at(i) as Str,
      source: source!.at(i) as Str,
      status: status!.at(i) as Str,
      acceptedTo: acceptedTo!.at(i) as Str | null,
      reason: reason!.at(i) as Str | null,
      unitTypesFull: list(unitTypesFull!.at(i) as Str),
      decidedOn: decidedOn!.at(i) as Str | null,
      requests: list(requests!.at(i) as Str),
      urgency: urgency!.at(i) as Str,
      firstContactAt: firstContactAt!.at(i) as Str | null,
      episode: null as EpisodeFact | null,
      firstAttemptAt: firstAttemptAt!.at(i) as Str | null,
    };
    // An episode is an accepted referral (accepted means decided: the decision is its start).
    if (fact.status === 'accepted' && fact.decidedOn !== null && fact.acceptedTo !== null) {
      const exit = exitId!.at(i) as Int | null;
      const start = moveOnStart!.at(i) as Str | null;
      fact.episode = {
        referralId: fact.id,
        householdId: fact.householdId,
        receivedOn: fact.receivedOn,
        acceptedOn: fact.decidedOn,
        acceptedTo: fact.acceptedTo,
        urgency: fact.urgency,
        firstContactOn: firstContactOn!.at(i) as Str | null,
        exit:
          exit === null
            ? null
            : {
                id: exit,
                exitedOn: exitedOn!.at(i) as Str,
                planned: planned!.at(i) === 1,
                reason: exitReason!.at(i) as Str,
                destination: destination!.at(i) as Str,
                independence: independence!.at(i) as Str,
                stayId: stayId!.at(i) as Int | null,
              },
        moveOn: start ? { startOn: start, latestEndOn: moveOnLatestEnd!.at(i) as Str, endedOn: moveOnEnded!.at(i) as Str | null } : null,
        leftWaitingListOn: leftWaitingListOn!.at(i) as Str | null,
      };
    }
    out[i] = fact;
  }
  return out;
}

function buildPeople(t: Table, list: (json: string | null) => string[]): PersonFact[] {
  const [id, household, kind, dob, ageYears, ageOn, sex, gender, ethnicity, disability, sexuality, specialist, withAdult] = t.columns;
  const out: PersonFact[] = new Array(t.length);
  for (let i = 0; i < t.length; i++) {
    out[i] = {
      id: id!.at(i) as Int,
      householdId: household!.at(i) as Int,
      kind: kind!.at(i) as PersonFact['kind'],
      dateOfBirth: dob!.at(i) as Str | null,
      ageYears: ageYears!.at(i) as Int | null,
      ageRecordedOn: ageOn!.at(i) as Str | null,
      sex: sex!.at(i) as Str,
      genderIdentity: gender!.at(i) as Str,
      ethnicity: ethnicity!.at(i) as Str,
      disability: disability!.at(i) as Str,
      sexuality: sexuality!.at(i) as Str,
      specialist: list(specialist!.at(i) as Str),
      withAdult: withAdult!.at(i) === 1,
    };
  }
  return out;
}

function buildRisks(t: Table, list: (json: string | null) => string[]): RiskRecord[] {
  const [household, on, id, level, primary, secondary] = t.columns;
  const out: RiskRecord[] = new Array(t.length);
  for (let i = 0; i < t.length; i++) {
    out[i] = {
      householdId: household!.at(i) as Int,
      level: level!.at(i) as Str,
      primaryNeed: primary!.at(i) as Str | null,
      secondaryNeeds: list(secondary!.at(i) as Str),
      on: on!.at(i) as Str,
      id: id!.at(i) as Int,
    };
  }
  return out;
}

function buildContacts(t: Table): ContactFact[] {
  const [id, household, referral, on, minutes, timeKind, supportType] = t.columns;
  const out: ContactFact[] = new Array(t.length);
  for (let i = 0; i < t.length; i++) {
    out[i] = {
      id: id!.at(i) as Int,
      householdId: household!.at(i) as Int,
      referralId: referral!.at(i) as Int,
      on: on!.at(i) as Str,
      minutes: minutes!.at(i) as Int,
      timeKind: timeKind!.at(i) as ContactFact['timeKind'],
      supportType: supportType!.at(i) as Str,
    };
  }
  return out;
}

function buildPlans(areas: Table, assessments: Table): PlanRecord[] {
  // Each plan's areas of need with their position in a packed row, so an assessment is unpacked
  // for those areas only (a plan has three or four of the seven).
  const plans = new Map<number, { record: PlanRecord; slots: { shift: number; scores: ScorePoint[] }[] }>();
  const [planId, referralId, householdId, area] = areas.columns;
  for (let i = 0; i < areas.length; i++) {
    const id = planId!.at(i) as Int;
    let p = plans.get(id);
    if (!p) plans.set(id, (p = { record: { fact: { id, referralId: referralId!.at(i) as Int, householdId: householdId!.at(i) as Int, areas: {} }, lastOn: '' }, slots: [] }));
    const code = area!.at(i) as OutcomeAreaCode;
    const scores: ScorePoint[] = [];
    p.record.fact.areas[code] = { hasNeed: true, scores };
    p.slots.push({ shift: OutcomeArea.codes.indexOf(code) * SCORE_BITS, scores });
  }
  const [aPlan, aId, aStage, aOn, aScores] = assessments.columns;
  const mask = 2 ** SCORE_BITS - 1;
  for (let i = 0; i < assessments.length; i++) {
    const plan = plans.get(aPlan!.at(i) as Int);
    // A plan with no area of need has nothing to progress (and is not loaded).
    if (!plan) continue;
    const on = aOn!.at(i) as Str;
    const seq = aId!.at(i) as Int;
    const stage = aStage!.at(i) as AssessmentStageCode;
    // SQLite's total() is a real; the packed scores fit in 21 bits.
    const packed = (aScores!.at(i) as number) | 0;
    if (on > plan.record.lastOn) plan.record.lastOn = on;
    for (const slot of plan.slots) {
      const score = (packed >>> slot.shift) & mask;
      if (score !== 0) slot.scores.push({ on, stage, score, seq });
    }
  }
  return [...plans.values()].map((p) => p.record);
}
