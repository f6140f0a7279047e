import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../src/shared/allocation/ages';
import { areaCovers } from '../../../src/shared/allocation/areas';
import { freeUntil, nightStatus } from '../../../src/shared/allocation/availability';
import { allocationFigures, median } from '../../../src/shared/allocation/figures';
import { rankUnits } from '../../../src/shared/allocation/ranking';
import { householdSummary } from '../../../src/shared/allocation/summary';
import type { PeriodFacts, UnitFacts } from '../../../src/shared/allocation/suitability';
import { vacanciesOn, vacancyText } from '../../../src/shared/allocation/vacancies';
import { child, household, period, refugeRoom, TONIGHT, unit } from './fixtures';

const rankedCodes = (units: UnitFacts[], h = household(), periods = new Map<number, PeriodFacts[]>()) =>
  rankUnits(h, units, periods, TONIGHT).map((r) => units.find((u) => u.id === r.unitId)!.code);

describe('ranking', () => {
  it('puts suitable units first, closest fit in size first', () => {
    const mum = household({ children: [child('female', '2018-01-01')] });
    const units = [unit({ id: 1, code: 'BIG', maxOccupants: 6, maxChildren: 5 }), unit({ id: 2, code: 'SNUG', maxOccupants: 2, maxChildren: 1 }), unit({ id: 3, code: 'MID', maxOccupants: 3, maxChildren: 2 })];
    expect(rankedCodes(units, mum)).toEqual(['SNUG', 'MID', 'BIG']);
  });

  it('breaks ties by spare child places, then bedrooms, then preferred area, then unneeded access, then code in natural order', () => {
    const h = household({ needs: { preferredAreas: ['Armley'] } });
    const units = [
      unit({ id: 1, code: 'D10', maxOccupants: 2, maxChildren: 1, bedrooms: 1 }),
      unit({ id: 2, code: 'D2', maxOccupants: 2, maxChildren: 1, bedrooms: 1 }),
      unit({ id: 3, code: 'D3', maxOccupants: 2, maxChildren: 0, bedrooms: 2 }),
      unit({ id: 4, code: 'D4', maxOccupants: 2, maxChildren: 1, bedrooms: 2 }),
      unit({ id: 5, code: 'D5', maxOccupants: 2, maxChildren: 1, bedrooms: 1, locality: 'Harehills', postcodeDistrict: 'LS9' }),
      unit({ id: 6, code: 'D1', maxOccupants: 2, maxChildren: 1, bedrooms: 1, wheelchair: true, stepFree: true }),
    ];
    // D3: fewest spare child places. Then the 1-bedroom units before D4 (2 bedrooms). Among those,
    // the preferred area (Armley) before Harehills (D5); within Armley, the wheelchair-accessible
    // D1 after D2 and D10; D2 before D10 (natural order).
    expect(rankedCodes(units, h)).toEqual(['D3', 'D2', 'D10', 'D1', 'D5', 'D4']);
  });

  it('puts a unit the household already holds first', () => {
    const units = [unit({ id: 1, code: 'A', maxOccupants: 2, maxChildren: 1 }), unit({ id: 2, code: 'B', maxOccupants: 5, maxChildren: 4 })];
    const periods = new Map([[2, [period('hold', '2026-11-20', null, { householdId: 100 })]]]);
    expect(rankedCodes(units, household(), periods)).toEqual(['B', 'A']);
  });

  it('after the suitable units: free but unsuitable ones (fewest reasons first), then unavailable ones', () => {
    const man = household({ adultSex: 'male', children: [child('male', '2011-01-01')] });
    const units = [
      refugeRoom({ id: 1, code: 'R-two-reasons' }),
      unit({ id: 2, code: 'D-taken' }),
      unit({ id: 3, code: 'D-free' }),
      unit({ id: 4, code: 'W-one-reason', singleSex: 'women_only' }),
    ];
    const periods = new Map([[2, [period('stay', '2026-11-01', null)]]]);
    const ranked = rankUnits(man, units, periods, TONIGHT);
    expect(ranked.map((r) => units.find((u) => u.id === r.unitId)!.code)).toEqual(['D-free', 'W-one-reason', 'R-two-reasons', 'D-taken']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('is a permutation of the units, independent of their input order, with every suitable unit before every unsuitable one', () => {
    const unitsArb = fc.uniqueArray(
      fc.record({ id: fc.integer({ min: 1, max: 500 }), maxOccupants: fc.integer({ min: 1, max: 6 }), bedrooms: fc.integer({ min: 0, max: 4 }), women: fc.boolean() }),
      { selector: (u) => u.id, maxLength: 12 },
    );
    fc.assert(
      fc.property(unitsArb, fc.integer({ min: 0, max: 4 }), (raw, kids) => {
        const units = raw.map((r) => unit({ id: r.id, code: `U${r.id}`, maxOccupants: r.maxOccupants, maxChildren: r.maxOccupants - 1, bedrooms: r.bedrooms, singleSex: r.women ? 'women_only' : 'none' }));
        const h = household({ adultSex: 'male', children: Array.from({ length: kids }, () => child('female', '2018-01-01')) });
        const a = rankUnits(h, units, new Map(), TONIGHT);
        const b = rankUnits(h, [...units].reverse(), new Map(), TONIGHT);
        expect(a.map((r) => r.unitId)).toEqual(b.map((r) => r.unitId));
        expect([...a.map((r) => r.unitId)].sort((x, y) => x - y)).toEqual(units.map((u) => u.id).sort((x, y) => x - y));
        const firstUnsuitable = a.findIndex((r) => !r.suitable);
        if (firstUnsuitable >= 0) expect(a.slice(firstUnsuitable).every((r) => !r.suitable)).toBe(true);
        const suitable = a.filter((r) => r.suitable);
        for (let i = 1; i < suitable.length; i++) expect(suitable[i]!.sparePlaces).toBeGreaterThanOrEqual(suitable[i - 1]!.sparePlaces);
      }),
    );
  });
});

describe('figures over a hand-made month (November 2026, 30 nights)', () => {
  // Three units. U1: a stay from 20 Oct leaving the morning of 5 Nov (4 nights in November), out of
  // service for a week (8–14 Nov, 7 nights), a stay from 20 Nov still open (11 nights). U2: a stay
  // 3–22 Nov (20 nights). U3: opened on 16 Nov (15 nights in the month), never occupied.
  const figures = allocationFigures({
    from: '2026-11-01',
    to: '2026-11-30',
    units: [
      { id: 1, openedOn: '2020-01-01', closedOn: null },
      { id: 2, openedOn: '2026-10-01', closedOn: null },
      { id: 3, openedOn: '2026-11-16', closedOn: null },
    ],
    outOfService: [{ unitId: 1, start: '2026-11-08', end: '2026-11-15', reason: 'repair' }],
    stays: [
      { id: 10, unitId: 1, start: '2026-10-20', end: '2026-11-05', movedFromStayId: null },
      { id: 11, unitId: 1, start: '2026-11-20', end: null, movedFromStayId: null },
      { id: 12, unitId: 2, start: '2026-11-03', end: '2026-11-23', movedFromStayId: null },
    ],
    turnAways: [
      { reason: 'capacity', unitTypesFull: ['refuge', 'dispersed'] },
      { reason: 'capacity', unitTypesFull: ['refuge'] },
      { reason: 'no_suitable_unit', unitTypesFull: [] },
    ],
  });

  it('counts unit-nights only while each unit is open, and excludes the out-of-service week', () => {
    expect(figures.nights).toBe(30);
    expect(figures.unitNights).toBe(30 + 30 + 15);
    expect(figures.outOfServiceNights).toBe(7);
    expect(figures.outOfServiceByReason).toEqual({ repair: 7 });
    expect(figures.inServiceNights).toBe(75 - 7);
  });

  it('occupancy = occupied unit-nights ÷ in-service unit-nights', () => {
    // U1: 1–4 Nov (4 nights) + 20–30 Nov (11 nights); U2: 3–22 Nov (20 nights).
    expect(figures.occupiedNights).toBe(4 + 11 + 20);
    expect(figures.voidNights).toBe(68 - 35);
    expect(figures.occupancy).toBeCloseTo(35 / 68, 10);
  });

  it('length of stay for stays that ended in the month (whole stays, including nights before it)', () => {
    expect(figures.staysEnded).toBe(2);
    expect(figures.averageStayNights).toBe((16 + 20) / 2);
    expect(figures.medianStayNights).toBe(18);
  });

  it('turn-aways by reason and the unit types recorded full', () => {
    expect(figures.turnAways).toBe(3);
    expect(figures.turnAwaysByReason).toEqual({ capacity: 2, no_suitable_unit: 1 });
    expect(figures.unitTypesFull).toEqual({ refuge: 2, dispersed: 1 });
  });

  it('joins a move into one stay, and reports no occupancy when nothing was in service', () => {
    const f = allocationFigures({
      from: '2026-11-01',
      to: '2026-11-30',
      units: [{ id: 1, openedOn: '2020-01-01', closedOn: null }, { id: 2, openedOn: '2020-01-01', closedOn: null }],
      outOfService: [],
      stays: [
        { id: 1, unitId: 1, start: '2026-10-01', end: '2026-11-10', movedFromStayId: null },
        { id: 2, unitId: 2, start: '2026-11-10', end: '2026-11-20', movedFromStayId: 1 },
      ],
      turnAways: [],
    });
    expect([f.staysEnded, f.averageStayNights]).toEqual([1, 50]);
    const empty = allocationFigures({ from: '2026-11-01', to: '2026-11-30', units: [], outOfService: [], stays: [], turnAways: [] });
    expect([empty.occupancy, empty.averageStayNights, empty.medianStayNights]).toEqual([null, null, null]);
  });

  it('median of an odd and an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('areas, ages and summaries', () => {
  const leeds6 = { locality: 'Headingley, Leeds', postcodeDistrict: 'LS6' };
  it('matches a postcode district, a full postcode’s district, a postcode area and a place name as whole words', () => {
    expect(areaCovers('LS6', leeds6)).toBe(true);
    expect(areaCovers('ls6 2ab', leeds6)).toBe(true);
    expect(areaCovers('LS', leeds6)).toBe(true);
    expect(areaCovers('headingley', leeds6)).toBe(true);
    expect(areaCovers('Leeds', leeds6)).toBe(true);
    expect(areaCovers('LS16', leeds6)).toBe(false);
    expect(areaCovers('LS16 1AA', leeds6)).toBe(false);
    expect(areaCovers('Head', leeds6)).toBe(false);
    expect(areaCovers('B', leeds6)).toBe(false);
  });
  it('ages by date of birth exactly, and by a recorded age as a range', () => {
    expect(ageOn({ dateOfBirth: '2012-11-21', ageYears: null, ageRecordedOn: null }, '2026-11-20')).toEqual({ min: 13, max: 13, exact: true });
    expect(ageOn({ dateOfBirth: '2012-11-20', ageYears: null, ageRecordedOn: null }, '2026-11-20')).toEqual({ min: 14, max: 14, exact: true });
    expect(ageOn({ dateOfBirth: '2012-02-29', ageYears: null, ageRecordedOn: null }, '2026-02-28')).toEqual({ min: 13, max: 13, exact: true });
    expect(ageOn({ dateOfBirth: null, ageYears: 9, ageRecordedOn: '2026-11-20' }, '2026-11-20')).toEqual({ min: 9, max: 9, exact: false });
    expect(ageOn({ dateOfBirth: null, ageYears: 9, ageRecordedOn: '2025-06-01' }, '2026-11-20')).toEqual({ min: 10, max: 11, exact: false });
    expect(ageOn({ dateOfBirth: null, ageYears: null, ageRecordedOn: null }, '2026-11-20')).toBeNull();
  });
  it('summarises a household oldest child first', () => {
    const h = household({ children: [child('female', '2019-01-01'), child('male', '2012-05-01'), child('not_known', null, 4, '2026-11-20'), child('male', null)] });
    expect(householdSummary(h, '2026-11-20')).toBe('Woman, boy 14, girl 7, child about 4, boy (age not recorded)');
    expect(householdSummary(household({ adultSex: 'not_known' }), '2026-11-20')).toBe('Adult (sex not recorded)');
  });
});

describe('night status and vacancies', () => {
  const life = { openedOn: '2020-01-01', closedOn: '2027-01-01' };
  it('reads a unit’s night: closed, out of service, occupied, held, free', () => {
    expect(nightStatus(life, [], '2027-01-01')).toBe('closed');
    expect(nightStatus(life, [period('out_of_service', '2026-11-20', '2026-11-21')], '2026-11-20')).toBe('out_of_service');
    expect(nightStatus(life, [period('hold', '2026-11-20', null), period('stay', '2026-11-01', '2026-11-21')], '2026-11-20')).toBe('occupied');
    expect(nightStatus(life, [period('hold', '2026-11-20', null)], '2026-11-20')).toBe('held');
    expect(nightStatus(life, [period('stay', '2026-11-01', '2026-11-20')], '2026-11-20')).toBe('free');
  });
  it('free until the next booking or the unit closing', () => {
    expect(freeUntil(life, [period('hold', '2026-12-01', null), period('stay', '2026-11-25', '2026-11-28')], '2026-11-20')).toBe('2026-11-25');
    expect(freeUntil(life, [], '2026-11-20')).toBe('2027-01-01');
    expect(freeUntil({ openedOn: '2020-01-01', closedOn: null }, [], '2026-11-20')).toBeNull();
  });
  it('lists free units in natural code order and writes them as plain text without any place', () => {
    const units = [
      { ...refugeRoom({ id: 1, code: 'R10' }), ...life },
      { ...refugeRoom({ id: 2, code: 'R2' }), ...life },
      { ...unit({ id: 3, code: 'D1', wheelchair: true, stepFree: true, pets: true }), ...life, closedOn: null },
    ];
    const v = vacanciesOn(units, new Map([[1, [period('stay', '2026-11-01', null)]]]), '2026-11-20');
    expect(v.map((x) => x.code)).toEqual(['D1', 'R2']);
    const text = vacancyText('2026-11-20', v);
    expect(text.split('\n')).toEqual([
      'Vacancies for the night of 20 Nov 2026: 2',
      'Type: Dispersed; Setting: Not single-sex; Bedrooms: 2; Most people: 4; Most children: 3; Boys accepted: Boys of any age; Access: Wheelchair accessible, ground floor; Pets: Pets allowed; Free until: Open',
      'Type: Refuge; Setting: Women only; Bedrooms: 1; Most people: 3; Most children: 2; Boys accepted: Boys up to 12; Access: Not step-free, ground floor; Pets: No pets; Free until: 1 Jan 2027',
    ]);
    expect(text).not.toMatch(/Headingley|Armley|LS6|LS12/);
  });
});
