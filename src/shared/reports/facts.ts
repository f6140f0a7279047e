import type { ScorePoint } from '../support/outcomes';
import type { OutcomeAreaCode } from '../support/vocab.support';

/*
 * The records a report reads, as the main process loads them for a period (explicit SQL in
 * src/main/db/repos/reports). Every figure is then computed from these by pure functions, so the
 * counting rules live in one place, the known-answer tests can check them, and the drill-down
 * lists exactly the records a figure counted. Dates are London dates (YYYY-MM-DD); instants are
 * UTC ISO strings.
 */

/** A person in a household (people removed as recorded in error are not loaded). */
export interface PersonFact {
  id: number;
  householdId: number;
  kind: 'adult' | 'child';
  dateOfBirth: string | null;
  ageYears: number | null;
  ageRecordedOn: string | null;
  sex: string;
  genderIdentity: string;
  ethnicity: string;
  disability: string;
  sexuality: string;
  specialist: string[];
  /** A child who lives with the adult (one who does not is not counted as staying or supported). */
  withAdult: boolean;
}

/** A referral. */
export interface ReferralFact {
  id: number;
  householdId: number;
  receivedAt: string;
  receivedOn: string;
  source: string;
  status: string;
  acceptedTo: string | null;
  reason: string | null;
  unitTypesFull: string[];
  decidedOn: string | null;
  requests: string[];
  urgency: string;
  /** The first successful contact. */
  firstContactAt: string | null;
}

/** A stay in a unit (cancelled stays are not loaded). */
export interface StayFact {
  id: number;
  householdId: number;
  unitId: number;
  start: string;
  end: string | null;
  movedFromStayId: number | null;
}

/** A unit. */
export interface UnitFact {
  id: number;
  type: string;
  openedOn: string;
  closedOn: string | null;
}

/** An out-of-service period (cancelled ones are not loaded). */
export interface OutOfServiceFact {
  unitId: number;
  start: string;
  end: string | null;
  reason: string;
}

/** A household's latest risk assessment on or before the period's end. */
export interface RiskFact {
  householdId: number;
  level: string;
  primaryNeed: string | null;
  secondaryNeeds: string[];
}

/** A support contact. */
export interface ContactFact {
  id: number;
  householdId: number;
  referralId: number;
  on: string;
  minutes: number;
  timeKind: 'paid' | 'unpaid';
  supportType: string;
}

/** An exit (the end of an episode of support). */
export interface ExitFact {
  id: number;
  exitedOn: string;
  planned: boolean;
  reason: string;
  destination: string;
  independence: string;
  stayId: number | null;
}

/** An episode of support: an accepted referral, with what ends it. */
export interface EpisodeFact {
  referralId: number;
  householdId: number;
  receivedOn: string;
  acceptedOn: string;
  acceptedTo: string;
  urgency: string;
  /** The episode's first logged support contact, at any date. */
  firstContactOn: string | null;
  exit: ExitFact | null;
  moveOn: { startOn: string; latestEndOn: string; endedOn: string | null } | null;
  /**
   * The day the household was taken off the waiting list without arriving (referred on, found
   * somewhere else), else null: with no exit recorded, support ended that day.
   */
  leftWaitingListOn: string | null;
}

/** A support plan's areas with a need and their scores (areas without a need, and scores after the period's end, are not loaded). */
export interface PlanFact {
  id: number;
  referralId: number;
  householdId: number;
  areas: Partial<Record<OutcomeAreaCode, { hasNeed: boolean; scores: ScorePoint[] }>>;
}

/** An event logged on a support record, in the period. */
export interface EventFact {
  id: number;
  householdId: number;
  kind: string;
  on: string;
  about: string | null;
}

/** A MARAC referral, in the period. */
export interface MaracFact {
  id: number;
  householdId: number;
  on: string;
}

/** Everything a report reads for a period. */
export interface ReportFacts {
  from: string;
  to: string;
  /** Today's London date (a figure about "not yet due" needs it). */
  today: string;
  /** Now, as an instant. */
  nowIso: string;
  /**
   * A household's people, the adult first (asked for one household at a time: a report reads
   * only the households it counts, and the records keep each household's people together, so
   * nothing is gathered or grouped per report).
   */
  peopleOfHousehold(householdId: number): readonly PersonFact[];
  /** Referrals received or decided in the period. */
  referrals: ReferralFact[];
  /** Stays that began on or before the period's last night (with the stays they moved from). */
  stays: StayFact[];
  units: UnitFact[];
  outOfService: OutOfServiceFact[];
  /** A household's latest risk assessment on or before the period's end, if any. */
  latestRiskOf(householdId: number): RiskFact | undefined;
  /**
   * The first contact attempt (of any outcome: the 48-hour rule is about attempting contact) of
   * each of these referrals, null when none (loaded on demand and kept: only the KPIs and the dashboards read it).
   */
  firstAttemptsOf(referralIds: Iterable<number>): ReadonlyMap<number, string | null>;
  /** Contacts dated in the period. */
  contacts: ContactFact[];
  /** Episodes accepted on or before the period's end whose support had not ended before it began. */
  episodes: EpisodeFact[];
  plans: PlanFact[];
  events: EventFact[];
  marac: MaracFact[];
  /** Specialist staff in full-time equivalents, or null while staff records do not hold it. */
  specialistFte: number | null;
  /** Records a report module loads for itself, by its `facts` key (EXTRA_FACTS in the main process). */
  extra?: Record<string, unknown>;
}
