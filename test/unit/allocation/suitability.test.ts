import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessUnit, fitReasons, type HouseholdFacts, type PeriodFacts, type UnitFacts } from '../../../src/shared/allocation/suitability';
import { child, household, period, refugeRoom, TONIGHT, unit } from './fixtures';

/*
 * Every suitability rule, one behaviour per test, with the exact words the manager reads; then
 * properties that must hold for any household and unit.
 */

const texts = (h: HouseholdFacts, u: UnitFacts, periods: PeriodFacts[] = [], req = TONIGHT) => assessUnit(h, u, periods, req).reasons.map((r) => r.text);

describe('the setting’s sex', () => {
  it('a women-only setting does not suit a man', () => {
    expect(texts(household({ adultSex: 'male' }), refugeRoom())).toEqual(['women-only setting']);
  });
  it('a men-only setting does not suit a woman', () => {
    expect(texts(household(), unit({ singleSex: 'men_only' }))).toEqual(['men-only setting']);
  });
  it('a self-contained unit with no designation suits either', () => {
    expect(texts(household({ adultSex: 'male' }), unit())).toEqual([]);
    expect(texts(household(), unit())).toEqual([]);
  });
  it('asks the manager to check when the adult’s sex is not recorded, without refusing', () => {
    const a = assessUnit(household({ adultSex: 'not_known' }), refugeRoom(), [], TONIGHT);
    expect(a.suitable).toBe(true);
    expect(a.cautions).toEqual(['the adult’s sex is not recorded: this is a women-only setting']);
  });
});

describe('boys’ ages', () => {
  it('a boy older than the unit accepts, with his age on the first night', () => {
    expect(texts(household({ children: [child('male', '2011-03-01')] }), refugeRoom())).toEqual(['a boy aged 15 is older than this unit accepts (12)']);
  });
  it('a boy exactly at the limit is accepted; his thirteenth birthday during the expected stay is a caution', () => {
    const a = assessUnit(household({ children: [child('male', '2014-01-10')] }), refugeRoom(), [], TONIGHT);
    expect(a.suitable).toBe(true);
    expect(a.cautions).toEqual(['a boy turns 13 on 10 Jan 2027, during the expected stay (this unit accepts boys up to 12)']);
  });
  it('a birthday after the expected end is no caution', () => {
    const a = assessUnit(household({ children: [child('male', '2014-01-10')] }), refugeRoom(), [], { ...TONIGHT, end: '2026-12-20' });
    expect(a.cautions).toEqual([]);
  });
  it('girls of any age are accepted', () => {
    expect(texts(household({ children: [child('female', '2009-01-01')] }), refugeRoom())).toEqual([]);
  });
  it('each boy over the limit is a reason of his own', () => {
    expect(texts(household({ children: [child('male', '2011-03-01'), child('male', '2010-03-01')] }), refugeRoom())).toEqual([
      'a boy aged 15 is older than this unit accepts (12)',
      'a boy aged 16 is older than this unit accepts (12)',
    ]);
  });
  it('a unit taking boys of any age never refuses for age', () => {
    expect(texts(household({ children: [child('male', '2009-01-01')] }), unit())).toEqual([]);
  });
  it('an age recorded earlier counts up by whole years, and may already be a year more', () => {
    const boy = child('male', null, 12, '2026-01-15');
    const a = assessUnit(household({ children: [boy] }), refugeRoom(), [], TONIGHT);
    expect(a.suitable).toBe(true);
    expect(a.cautions).toEqual(['a boy recorded as 12 may be 13 by now: check his date of birth (this unit accepts boys up to 12)']);
    expect(texts(household({ children: [child('male', null, 12, '2025-11-01')] }), refugeRoom())).toEqual(['a boy aged 13 is older than this unit accepts (12)']);
  });
  it('a boy with no age recorded is a caution, as is an older child whose sex is not recorded', () => {
    const a = assessUnit(household({ children: [child('male', null), child('not_known', '2011-01-01')] }), refugeRoom(), [], TONIGHT);
    expect(a.suitable).toBe(true);
    expect(a.cautions).toEqual(['a boy’s age is not recorded: this unit accepts boys up to 12', 'a child aged 15 whose sex is not recorded: this unit accepts boys up to 12']);
  });
});

describe('size', () => {
  it('too many people: "6 people, the unit takes 4"', () => {
    const kids = Array.from({ length: 5 }, () => child('female', '2018-01-01'));
    expect(texts(household({ children: kids }), unit({ maxChildren: 3 }))).toEqual(['6 people, the unit takes 4', '5 children, the unit takes 3']);
  });
  it('too many children though the people fit', () => {
    expect(texts(household({ children: [child('female', '2018-01-01'), child('female', '2019-01-01')] }), unit({ maxOccupants: 4, maxChildren: 1 }))).toEqual([
      '2 children, the unit takes 1',
    ]);
  });
  it('a unit for a woman alone takes no children', () => {
    expect(texts(household({ children: [child('female', '2018-01-01')] }), unit({ maxOccupants: 1, maxChildren: 0 }))).toEqual([
      '2 people, the unit takes 1',
      'the unit takes no children',
    ]);
  });
  it('children living elsewhere do not count (the caller passes only those moving in)', () => {
    expect(texts(household(), unit({ maxOccupants: 1, maxChildren: 0 }))).toEqual([]);
  });
});

describe('access, pets and areas', () => {
  it('needs wheelchair access (and so step-free access)', () => {
    expect(texts(household({ needs: { wheelchair: true } }), unit())).toEqual(['needs wheelchair access', 'needs step-free access']);
    expect(texts(household({ needs: { wheelchair: true } }), unit({ wheelchair: true, stepFree: true }))).toEqual([]);
  });
  it('needs step-free access', () => {
    expect(texts(household({ needs: { stepFree: true } }), unit())).toEqual(['needs step-free access']);
    expect(texts(household({ needs: { stepFree: true } }), unit({ stepFree: true }))).toEqual([]);
  });
  it('a highest floor they can manage', () => {
    expect(texts(household({ needs: { maxFloor: 0 } }), unit({ floor: 1 }))).toEqual(['needs a ground-floor unit (this one is on floor 1)']);
    expect(texts(household({ needs: { maxFloor: 1 } }), unit({ floor: 3 }))).toEqual(['needs floor 1 or lower (this one is on floor 3)']);
    expect(texts(household({ needs: { maxFloor: 1 } }), unit({ floor: 1 }))).toEqual([]);
  });
  it('a pet where pets are not allowed', () => {
    expect(texts(household({ needs: { pets: true } }), unit())).toEqual(['has a pet; the unit does not allow pets']);
    expect(texts(household({ needs: { pets: true } }), unit({ pets: true }))).toEqual([]);
  });
  it('an area the household must avoid: the perpetrator’s areas and their own', () => {
    expect(texts(household({ perpetratorAreas: ['LS6'] }), refugeRoom())).toEqual(['the unit is in an area the household must avoid (LS6)']);
    expect(texts(household({ needs: { avoidAreas: ['headingley'] } }), refugeRoom())).toEqual(['the unit is in an area the household must avoid (headingley)']);
    expect(texts(household({ perpetratorAreas: ['LS7', 'Chapeltown'] }), refugeRoom())).toEqual([]);
  });
});

describe('availability', () => {
  it('out of service, with the reason and dates', () => {
    expect(texts(household(), unit(), [period('out_of_service', '2026-11-18', '2026-11-25', { reason: 'repair' })])).toEqual(['out of service (repair) until 25 Nov 2026']);
    expect(texts(household(), unit(), [period('out_of_service', '2026-12-01', null, { reason: 'closed' })])).toEqual(['out of service (closed) from 1 Dec 2026 (no end date)']);
  });
  it('occupied', () => {
    expect(texts(household(), unit(), [period('stay', '2026-10-01', null)])).toEqual(['occupied (no end date)']);
    expect(texts(household(), unit(), [period('stay', '2026-12-01', '2027-01-01')])).toEqual(['occupied from 1 Dec 2026 until 1 Jan 2027']);
  });
  it('held for another household, with when the hold lapses (London time)', () => {
    expect(texts(household(), unit(), [period('hold', '2026-11-20', null, { expiresAt: '2026-11-20T22:00:00.000Z' })])).toEqual([
      'held for another household; the hold lapses 20 Nov 2026, 22:00',
    ]);
  });
  it('the household’s own hold is no obstacle, and is reported', () => {
    const a = assessUnit(household(), unit(), [period('hold', '2026-11-20', null, { householdId: 100 })], TONIGHT);
    expect(a).toMatchObject({ suitable: true, heldForHousehold: true, reasons: [] });
  });
  it('periods outside the nights asked do not count: leaving on the morning of the first night', () => {
    expect(texts(household(), unit(), [period('stay', '2026-11-01', '2026-11-20')], { ...TONIGHT, end: '2026-11-27' })).toEqual([]);
    expect(texts(household(), unit(), [period('stay', '2026-11-27', null)], { ...TONIGHT, end: '2026-11-27' })).toEqual([]);
  });
  it('availability reasons are never overridable; fit reasons are', () => {
    const a = assessUnit(household({ adultSex: 'male' }), refugeRoom(), [period('stay', '2026-11-01', null)], TONIGHT);
    expect(a.available).toBe(false);
    expect(a.reasons.map((r) => [r.code, r.availability])).toEqual([
      ['setting_women_only', false],
      ['occupied', true],
    ]);
    expect(fitReasons(a).map((r) => r.code)).toEqual(['setting_women_only']);
  });
});

it('gives every reason at once, not just the first', () => {
  const h = household({
    adultSex: 'male',
    children: [child('male', '2010-01-01'), child('female', '2015-01-01'), child('female', '2016-01-01')],
    perpetratorAreas: ['LS6'],
    needs: { wheelchair: true, pets: true, maxFloor: 0 },
  });
  const a = assessUnit(h, refugeRoom({ floor: 1 }), [period('out_of_service', '2026-11-19', '2026-11-21', { reason: 'cleaning' })], TONIGHT);
  expect(a.reasons.map((r) => r.code)).toEqual([
    'setting_women_only',
    'boy_too_old',
    'too_many_people',
    'too_many_children',
    'wheelchair',
    'step_free',
    'floor',
    'pets',
    'avoid_area',
    'out_of_service',
  ]);
});

// ---- properties ----

const dateArb = fc.integer({ min: 0, max: 20 * 365 }).map((d) => new Date(Date.UTC(2005, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const childArb = fc.record({
  sex: fc.constantFrom('female', 'male', 'not_known', 'prefer_not_to_say'),
  dateOfBirth: fc.option(dateArb, { nil: null }),
  ageYears: fc.option(fc.integer({ min: 0, max: 17 }), { nil: null }),
  ageRecordedOn: fc.option(dateArb, { nil: null }),
});
const householdArb = fc.record({
  adultSex: fc.constantFrom('female', 'male', 'not_known', 'prefer_not_to_say'),
  children: fc.array(childArb, { maxLength: 6 }),
  perpetratorAreas: fc.array(fc.constantFrom('LS6', 'LS9', 'Armley', 'B12', 'LS'), { maxLength: 2 }),
  needs: fc.record({
    wheelchair: fc.boolean(),
    stepFree: fc.boolean(),
    maxFloor: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    pets: fc.boolean(),
    avoidAreas: fc.array(fc.constantFrom('Headingley', 'LS12', 'Harehills'), { maxLength: 2 }),
    preferredAreas: fc.constant([] as string[]),
    notes: fc.constant(''),
  }),
});
const unitArb = fc
  .record({
    maxOccupants: fc.integer({ min: 1, max: 8 }),
    extraChildren: fc.integer({ min: 0, max: 7 }),
    singleSex: fc.constantFrom('women_only', 'men_only', 'none'),
    oldestBoy: fc.option(fc.integer({ min: 0, max: 17 }), { nil: null }),
    wheelchair: fc.boolean(),
    stepFree: fc.boolean(),
    floor: fc.integer({ min: -1, max: 5 }),
    pets: fc.boolean(),
    locality: fc.constantFrom('Armley', 'Headingley', 'Harehills', 'Leeds city centre'),
    postcodeDistrict: fc.constantFrom('LS12', 'LS6', 'LS9', 'B12', ''),
  })
  .map(
    (u): UnitFacts =>
      unit({
        ...u,
        singleSex: u.singleSex as UnitFacts['singleSex'],
        maxChildren: Math.min(u.extraChildren, u.maxOccupants - 1),
        stepFree: u.stepFree || u.wheelchair,
      }),
  );
const requestArb = fc.tuple(dateArb, fc.option(fc.integer({ min: 1, max: 400 }), { nil: null })).map(([start, nights]) => ({
  start,
  end: nights === null ? null : new Date(Date.parse(start) + nights * 86_400_000).toISOString().slice(0, 10),
  householdId: 100,
}));
const periodArb = fc.tuple(fc.constantFrom('stay', 'hold', 'out_of_service' as const), dateArb, fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }), fc.constantFrom(100, 200)).map(
  ([kind, start, nights, hh]): PeriodFacts =>
    period(kind as PeriodFacts['kind'], start, nights === null ? null : new Date(Date.parse(start) + nights * 86_400_000).toISOString().slice(0, 10), {
      householdId: kind === 'out_of_service' ? null : hh,
      reason: kind === 'out_of_service' ? 'repair' : null,
    }),
);

describe('properties', () => {
  it('suitable exactly when there is no reason; available exactly when no reason is about availability', () => {
    fc.assert(
      fc.property(householdArb, unitArb, fc.array(periodArb, { maxLength: 4 }), requestArb, (h, u, ps, req) => {
        const a = assessUnit(h, u, ps, req);
        expect(a.suitable).toBe(a.reasons.length === 0);
        expect(a.available).toBe(a.reasons.every((r) => !r.availability));
        for (const r of a.reasons) expect(r.text.length).toBeGreaterThan(5);
      }),
    );
  });

  it('an availability reason appears exactly when another household’s period or any out-of-service period shares a night', () => {
    fc.assert(
      fc.property(householdArb, unitArb, fc.array(periodArb, { maxLength: 4 }), requestArb, (h, u, ps, req) => {
        const clash = ps.filter((p) => !(p.kind === 'hold' && p.householdId === req.householdId)).filter((p) => p.start < (req.end ?? '9999-12-31') && req.start < (p.end ?? '9999-12-31'));
        expect(assessUnit(h, u, ps, req).reasons.filter((r) => r.availability)).toHaveLength(clash.length);
      }),
    );
  });

  it('a larger household never makes an unsuitable unit suitable', () => {
    fc.assert(
      fc.property(householdArb, childArb, unitArb, requestArb, (h, extra, u, req) => {
        const before = assessUnit(h, u, [], req).suitable;
        const after = assessUnit({ ...h, children: [...h.children, extra] }, u, [], req).suitable;
        if (!before) expect(after).toBe(false);
      }),
    );
  });

  it('a unit that takes more people and children, and boys of any age, never has a size or age reason', () => {
    fc.assert(
      fc.property(householdArb, unitArb, requestArb, (h, u, req) => {
        const big = { ...u, maxOccupants: 30, maxChildren: 20, oldestBoy: null };
        const codes = assessUnit(h, big, [], req).reasons.map((r) => r.code);
        expect(codes).not.toContain('too_many_people');
        expect(codes).not.toContain('too_many_children');
        expect(codes).not.toContain('boy_too_old');
      }),
    );
  });

  it('a household with no needs, no children and a woman adult suits any free women-only or undesignated unit outside her avoided areas', () => {
    fc.assert(
      fc.property(unitArb, requestArb, (u, req) => {
        fc.pre(u.singleSex !== 'men_only');
        expect(assessUnit(household(), u, [], req).suitable).toBe(true);
      }),
    );
  });
});
