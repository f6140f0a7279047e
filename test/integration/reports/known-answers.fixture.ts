import { addUnit } from '../../helpers/allocation';
import { checklistAnswers } from '../../helpers/cases';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * The known-answer dataset: nine households over the financial year 2025–26, written through the
 * real router and services on a real encrypted database, the clock moved to each date as staff
 * would have recorded it. The expected figures in known-answers.test.ts are worked out by hand
 * from this list. Boundary cases are marked ◆.
 *
 * Units (opened 2020): R1 refuge (women only), D1 and D2 dispersed, S1 second-stage.
 *
 * H1 Anna  adult, b. 1995-06-15 (29 on arrival), woman, White British, not disabled, heterosexual.
 *          Referred 2025-03-01 (police), contacted after 1 h, accepted. Arrived D1 2025-03-10.
 *          General support 30 min paid 2025-04-10. Planned exit 2025-05-01 (moved on, own
 *          tenancy, achieving independence). ◆ Her stay crosses the year end: nights in both
 *          2024–25 and 2025–26; it ended in 2025–26 after 52 nights (1 to 3 months).
 * H2 Bea   adult, b. 1988-09-01 (36 on arrival), woman, Asian Pakistani, with her daughter
 *     Cal  child, b. 2010-02-01, Asian Pakistani. ◆ Cal is 15 on arrival and turns 16 on
 *          2026-02-01, during the stay: counted as 11 to 15. ◆ A child and an adult in one household.
 *          Referred 2025-06-02 (self, nowhere safe: "homeless"), accepted; risk: primary need mental
 *          health, secondary alcohol. Arrived R1 2025-06-10; moved to S1 2025-09-01 (one stay, two
 *          unit types). Contacts: advocacy 60 min paid and children's support 30 min unpaid
 *          (2025-06-12), general 120 min paid (2026-01-15). Plan: needs in mental health and
 *          confidence; entry 2025-06-12 (2, 3), review 2025-09-12 (3, 3). Safeguarding concern about
 *          the child 2025-08-01; MARAC referral 2025-08-02. Still staying at the year end.
 * H3 Cara  adult, b. 1984-01-10 (41 on arrival), woman, Black African, disabled, bisexual, LGBT+ and
 *          disabled specialist characteristics. ◆ Two stays in the year, counted once:
 *          episode 1 referred 2025-04-05 (IDVA), arrived D2 2025-04-07, unplanned exit 2025-05-20
 *          (abandoned; 43 nights). Episode 2 referred 2025-07-01 (housing; temporary
 *          accommodation), risk: primary drugs, secondary ex-offending and sex work; arrived D2
 *          2025-07-03; housing-related support 45 min paid 2025-07-10; plan need in settled
 *          accommodation, entry score 1; HRBP referral 2025-08-15. ◆ Planned exit on 2026-03-31,
 *          the last day of the quarter and of the year: moved to another refuge, partly achieving
 *          independence, exit score 4 (271 nights, 6 to 12 months).
 * H4 Dee   adult, nothing else recorded. Referred 2025-10-01 (health) for community support only,
 *          at home with the perpetrator; accepted; general support 90 min paid 2025-10-02. Not in
 *          safe accommodation.
 * H5 Eve   referred 2025-11-01, turned away: no capacity (refuge full).
 * H6 Fay   referred 2025-12-01, turned away: no suitable unit (refuge and dispersed full).
 * H7 Gia   referred 2026-01-10 10:00; first contact attempt 72 h later (no answer); not supported
 *          2026-01-13: unable to contact.
 * H9 Hana  ◆ referred 2026-03-31 22:30 UTC = 23:30 on 31 March in London: in 2025–26. No contact.
 * H8 Ida   ◆ referred 2026-03-31 23:30 UTC = 00:30 on 1 April in London: in 2026–27, not 2025–26.
 * D1 was out of service for repair 2026-02-01 to 2026-02-11 (10 nights).
 * Every referral except H7, H8 and H9 had a successful contact 1 hour after it arrived.
 * Reports are run on 2026-04-20.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;

/** The ids the tests need. */
export interface KnownAnswerData {
  t: T;
  households: Record<string, number>;
}

const OVERRIDE = { justification: 'Known-answer test placement, checked by hand.' };

async function at(t: T, date: string, time = '10:00'): Promise<void> {
  t.clock.set(`${date}T${time}:00Z`);
}

async function referral(t: T, date: string, input: Record<string, unknown>, contact = true): Promise<{ referralId: number; householdId: number }> {
  await at(t, date, '12:00');
  const r = await t.ok<{ referralId: number; householdId: number }>('referrals.create', { receivedAt: `${date}T10:00:00Z`, ...input });
  if (contact) await t.ok('referrals.logContact', { referralId: r.referralId, at: `${date}T11:00:00Z`, method: 'phone_call', outcome: 'spoke' });
  return r;
}

async function adult(t: T, householdId: number, profile: Record<string, unknown>): Promise<void> {
  await t.ok('cases.updateAdult', { householdId, profile: { sex: 'female', genderIdentity: 'woman', ...profile } });
}

async function accept(t: T, referralId: number, acceptedTo = 'waiting_unit'): Promise<void> {
  await t.ok('referrals.decide', { referralId, outcome: 'accepted', acceptedTo });
}

async function arrive(t: T, date: string, unitId: number, householdId: number): Promise<number> {
  await at(t, date);
  return (await t.ok<{ id: number }>('allocation.arrive', { unitId, householdId, startDate: date, override: OVERRIDE })).id;
}

async function contact(t: T, date: string, householdId: number, minutes: number, supportType: string, timeKind: 'paid' | 'unpaid' = 'paid'): Promise<void> {
  await at(t, date);
  await t.ok('support.contacts.add', { householdId, contactOn: date, minutes, timeKind, workerName: 'Test Worker', supportType, notes: `Contact on ${date}` });
}

async function exit(t: T, date: string, householdId: number, e: Record<string, unknown>): Promise<void> {
  await at(t, date);
  await t.ok('exits.record', { householdId, exitedOn: date, ...e });
}

function areas(needs: string[]) {
  return ['confidence', 'income_debt', 'mental_health', 'meaningful_time', 'settled_accommodation', 'harm_from_others', 'social_capital'].map((area) => ({ area, hasNeed: needs.includes(area), goals: '' }));
}

/** Builds the dataset. The caller cleans up `t`. */
export async function buildKnownAnswerData(): Promise<KnownAnswerData> {
  const t = await setUpWorkspace({ start: '2025-02-01T10:00:00Z' });
  const R1 = await addUnit(t, { code: 'R1', type: 'refuge', singleSex: 'women_only', bedrooms: 2, maxOccupants: 3, maxChildren: 2, oldestBoy: 12 });
  const D1 = await addUnit(t, { code: 'D1' });
  const D2 = await addUnit(t, { code: 'D2' });
  const S1 = await addUnit(t, { code: 'S1', type: 'second_stage', singleSex: 'none' });

  // H1 Anna
  const h1 = await referral(t, '2025-03-01', { source: 'police', name: 'Anna Ash', requests: ['refuge'] });
  await adult(t, h1.householdId, { name: 'Anna Ash', dateOfBirth: '1995-06-15', ethnicity: 'white_british', disability: 'no', sexuality: 'heterosexual' });
  await accept(t, h1.referralId);
  await arrive(t, '2025-03-10', D1, h1.householdId);

  // H3 Cara, episode 1
  const h3 = await referral(t, '2025-04-05', { source: 'idva', name: 'Cara Cole', requests: ['dispersed'] });
  await adult(t, h3.householdId, { name: 'Cara Cole', dateOfBirth: '1984-01-10', ethnicity: 'black_african', disability: 'yes', sexuality: 'bisexual', specialist: ['lgbt', 'disabled'] });
  await accept(t, h3.referralId);
  await arrive(t, '2025-04-07', D2, h3.householdId);

  await contact(t, '2025-04-10', h1.householdId, 30, 'general');
  await exit(t, '2025-05-01', h1.householdId, { planned: true, reason: 'moved_on_planned', destination: 'own_tenancy', achievingIndependence: 'yes' });
  await exit(t, '2025-05-20', h3.householdId, { planned: false, reason: 'abandoned', destination: 'unknown', achievingIndependence: 'no' });

  // H2 Bea and Cal
  const h2 = await referral(t, '2025-06-02', { source: 'self', name: 'Bea Bell', urgency: 'emergency' });
  await adult(t, h2.householdId, { name: 'Bea Bell', dateOfBirth: '1988-09-01', ethnicity: 'asian_pakistani' });
  await t.ok('cases.saveChild', { householdId: h2.householdId, childId: null, profile: { nameOrInitials: 'Cal Bell', dateOfBirth: '2010-02-01', sex: 'female', ethnicity: 'asian_pakistani' } });
  await t.ok('risk.assess', { referralId: h2.referralId, answers: checklistAnswers(5), primaryNeed: 'mental_health', secondaryNeeds: ['alcohol'] });
  await accept(t, h2.referralId);
  await arrive(t, '2025-06-10', R1, h2.householdId);
  await contact(t, '2025-06-12', h2.householdId, 60, 'advocacy');
  await contact(t, '2025-06-12', h2.householdId, 30, 'childrens_support', 'unpaid');
  await t.ok('support.plan.save', { householdId: h2.householdId, areas: areas(['mental_health', 'confidence']), agreedOn: '2025-06-12' });
  await t.ok('support.plan.scores', { householdId: h2.householdId, stage: 'entry', assessedOn: '2025-06-12', scores: { mental_health: 2, confidence: 3 } });

  // H3 Cara, episode 2
  const h3b = await referral(t, '2025-07-01', { source: 'housing', name: 'Cara Cole', urgency: 'temporary', linkHouseholdId: h3.householdId, requests: ['dispersed'] });
  await t.ok('risk.assess', { referralId: h3b.referralId, answers: checklistAnswers(3), primaryNeed: 'drugs', secondaryNeeds: ['ex_offending', 'sex_work'] });
  await accept(t, h3b.referralId);
  await arrive(t, '2025-07-03', D2, h3.householdId);
  await contact(t, '2025-07-10', h3.householdId, 45, 'housing_related');
  await t.ok('support.plan.save', { householdId: h3.householdId, areas: areas(['settled_accommodation']), agreedOn: '2025-07-10' });
  await t.ok('support.plan.scores', { householdId: h3.householdId, stage: 'entry', assessedOn: '2025-07-10', scores: { settled_accommodation: 1 } });

  await at(t, '2025-08-01');
  await t.ok('support.events.save', { householdId: h2.householdId, kind: 'safeguarding', eventOn: '2025-08-01', about: 'child', raisedWith: 'childrens_social_care' });
  await at(t, '2025-08-02');
  await t.ok('risk.saveMarac', { householdId: h2.householdId, referredOn: '2025-08-02' });
  await at(t, '2025-08-15');
  await t.ok('support.events.save', { householdId: h3.householdId, kind: 'hrbp', eventOn: '2025-08-15' });

  await at(t, '2025-09-01');
  const stayH2 = (t.ws.unlocked!.open.db.prepare("SELECT id FROM unit_stays WHERE household_id = ? AND status = 'active'").get(h2.householdId) as { id: number }).id;
  await t.ok('allocation.move', { stayId: stayH2, toUnitId: S1, date: '2025-09-01', reason: 'Moving on to second-stage', override: OVERRIDE });
  await at(t, '2025-09-12');
  await t.ok('support.plan.scores', { householdId: h2.householdId, stage: 'review', assessedOn: '2025-09-12', scores: { mental_health: 3, confidence: 3 } });

  // H4 Dee: community support only
  const h4 = await referral(t, '2025-10-01', { source: 'health', name: 'Dee Dunn', urgency: 'unsafe_home', requests: ['community'] });
  await accept(t, h4.referralId, 'community_support');
  await contact(t, '2025-10-02', h4.householdId, 90, 'general');

  // H5, H6: turn-aways
  const h5 = await referral(t, '2025-11-01', { source: 'police', name: 'Eve East', requests: ['refuge'] });
  await t.ok('allocation.turnAway', { referralId: h5.referralId, reason: 'capacity', unitTypesFull: ['refuge'] });
  const h6 = await referral(t, '2025-12-01', { source: 'other_service', name: 'Fay Ford', requests: ['refuge'] });
  await t.ok('allocation.turnAway', { referralId: h6.referralId, reason: 'no_suitable_unit', unitTypesFull: ['refuge', 'dispersed'] });

  // H7 Gia: contacted late, then unable to contact
  const h7 = await referral(t, '2026-01-10', { source: 'helpline', name: 'Gia Gray', requests: ['refuge'] }, false);
  await at(t, '2026-01-13', '10:30');
  await t.ok('referrals.logContact', { referralId: h7.referralId, at: '2026-01-13T10:00:00Z', method: 'phone_call', outcome: 'no_answer' });
  await t.ok('referrals.decide', { referralId: h7.referralId, outcome: 'not_supported', reason: 'unable_to_contact' });

  await contact(t, '2026-01-15', h2.householdId, 120, 'general');
  await at(t, '2026-02-01');
  await t.ok('allocation.outOfService', { unitId: D1, reason: 'repair', startDate: '2026-02-01', endDate: '2026-02-11' });

  await exit(t, '2026-03-31', h3.householdId, {
    planned: true,
    reason: 'moved_other_safe_accommodation',
    destination: 'other_refuge',
    achievingIndependence: 'partly',
    finalScores: { settled_accommodation: 4 },
    notes: 'Moved to a refuge in another county.',
  });

  await at(t, '2026-03-31', '22:45');
  const h9 = await t.ok<{ householdId: number }>('referrals.create', { receivedAt: '2026-03-31T22:30:00Z', source: 'helpline', name: 'Hana Hill', requests: ['refuge'] });
  await at(t, '2026-03-31', '23:45');
  const h8 = await t.ok<{ householdId: number }>('referrals.create', { receivedAt: '2026-03-31T23:30:00Z', source: 'helpline', name: 'Ida Isle', requests: ['refuge'] });

  await at(t, '2026-04-20');
  return {
    t,
    households: { h1: h1.householdId, h2: h2.householdId, h3: h3.householdId, h4: h4.householdId, h5: h5.householdId, h6: h6.householdId, h7: h7.householdId, h8: h8.householdId, h9: h9.householdId },
  };
}
