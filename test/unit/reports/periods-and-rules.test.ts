import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt, bandOf, yearsBetween } from '../../../src/shared/reports/compute/ages';
import { stayBand } from '../../../src/shared/reports/compute/annual.compute';
import { endedStays, residences } from '../../../src/shared/reports/compute/residence';
import { supportBand } from '../../../src/shared/reports/compute/quarterly.compute';
import { financialYearOf, monthsOf, periodFromDates, quarterOf, resolvePeriod } from '../../../src/shared/reports/periods';
import { reportSheets, safeText } from '../../../src/shared/reports/export-sheets';
import type { ReportResult } from '../../../src/shared/reports/result.schema';

describe('reporting periods', () => {
  it('runs the financial year April to March and its quarters', () => {
    expect(resolvePeriod({ kind: 'financial_year', year: 2025 })).toMatchObject({ from: '2025-04-01', to: '2026-03-31', label: 'Financial year 2025–26' });
    expect(resolvePeriod({ kind: 'quarter', year: 2025, quarter: 1 })).toMatchObject({ from: '2025-04-01', to: '2025-06-30' });
    expect(resolvePeriod({ kind: 'quarter', year: 2025, quarter: 3 })).toMatchObject({ from: '2025-10-01', to: '2025-12-31' });
    expect(resolvePeriod({ kind: 'quarter', year: 2023, quarter: 4 })).toMatchObject({ from: '2024-01-01', to: '2024-03-31', label: 'Q4 2023–24 (January to March 2024)' });
    expect(financialYearOf('2026-03-31')).toBe(2025);
    expect(financialYearOf('2026-04-01')).toBe(2026);
    expect(quarterOf('2026-02-29'.replace('29', '28'))).toBe(4);
  });

  it('names a CLI range that is a whole year or quarter', () => {
    expect(periodFromDates('2025-04-01', '2026-03-31').kind).toBe('financial_year');
    expect(periodFromDates('2025-07-01', '2025-09-30').kind).toBe('quarter');
    expect(periodFromDates('2025-07-01', '2025-09-29').kind).toBe('custom');
  });

  it('splits a period into months, clipped at both ends', () => {
    expect(monthsOf('2025-03-15', '2025-05-02')).toEqual([
      { key: '2025-03', from: '2025-03-15', to: '2025-03-31' },
      { key: '2025-04', from: '2025-04-01', to: '2025-04-30' },
      { key: '2025-05', from: '2025-05-01', to: '2025-05-02' },
    ]);
  });
});

describe('counting rules', () => {
  it('bands age on a date from a date of birth, or from an age recorded earlier', () => {
    expect(bandOf(ageAt({ dateOfBirth: '2010-02-01', ageYears: null, ageRecordedOn: null }, '2026-01-31'))).toBe('11_15');
    expect(bandOf(ageAt({ dateOfBirth: '2010-02-01', ageYears: null, ageRecordedOn: null }, '2026-02-01'))).toBe('16_17');
    expect(ageAt({ dateOfBirth: null, ageYears: 30, ageRecordedOn: '2024-05-01' }, '2026-05-01')).toBe(32);
    expect(bandOf(ageAt({ dateOfBirth: null, ageYears: null, ageRecordedOn: null }, '2026-01-01'))).toBe('not_known');
  });

  it('counts whole years between two dates as the calendar does, 29 February included (property)', () => {
    const day = fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (from, to) => {
        // The birthday in the later year as a real date (29 February becomes 1 March in a common year).
        const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
        const [ty] = to.split('-').map(Number) as [number];
        const birthday = new Date(Date.UTC(ty, fm - 1, fd)).toISOString().slice(0, 10);
        expect(yearsBetween(from, to)).toBe(ty - fy - (birthday > to ? 1 : 0));
      }),
      { numRuns: 3000 },
    );
    expect(yearsBetween('2008-02-29', '2026-02-28')).toBe(17);
    expect(yearsBetween('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('follows a move as one stay and counts a household with two stays once', () => {
    const stays = [
      { id: 1, householdId: 7, unitId: 1, start: '2025-01-10', end: '2025-03-01', movedFromStayId: null },
      { id: 2, householdId: 7, unitId: 2, start: '2025-03-01', end: '2025-05-01', movedFromStayId: 1 },
      { id: 3, householdId: 7, unitId: 2, start: '2025-06-01', end: null, movedFromStayId: null },
    ];
    const units = [
      { id: 1, type: 'refuge', openedOn: '2020-01-01', closedOn: null },
      { id: 2, type: 'dispersed', openedOn: '2020-01-01', closedOn: null },
    ];
    const r = residences(stays, units, '2025-04-01', '2026-03-31');
    expect(r.size).toBe(1);
    expect(r.get(7)).toMatchObject({ arrival: '2025-01-10', types: new Set(['dispersed']) });
    expect(endedStays(stays, '2025-04-01', '2026-03-31')).toEqual([{ stayId: 2, householdId: 7, arrival: '2025-01-10', end: '2025-05-01', nights: 111 }]);
  });

  it('counts a stay that ends on the morning after the last day in that period', () => {
    const stays = [{ id: 1, householdId: 1, unitId: 1, start: '2026-01-01', end: '2026-04-01', movedFromStayId: null }];
    expect(endedStays(stays, '2026-01-01', '2026-03-31')).toHaveLength(1);
    expect(endedStays(stays, '2026-04-01', '2026-06-30')).toHaveLength(0);
  });

  it('bands lengths by calendar months', () => {
    expect(stayBand('2025-01-31', '2025-02-27')).toBe('under_1m');
    expect(stayBand('2025-01-31', '2025-02-28')).toBe('1_3m');
    expect(supportBand('2025-01-01', '2025-07-01')).toBe('up_to_6m');
    expect(supportBand('2025-01-01', '2025-07-02')).toBe('6_12m');
  });
});

describe('formula escaping in exports', () => {
  it('prefixes cells that start like a formula with an apostrophe', () => {
    for (const s of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(safeText(s)).toBe(`'${s}`);
    expect(safeText('<5')).toBe('<5');
    expect(safeText('Refuge')).toBe('Refuge');
  });

  it('escapes the organisation name and every text cell of every sheet', () => {
    const r: ReportResult = {
      name: 'x',
      title: 'X',
      description: '',
      period: { kind: 'custom', from: '2025-01-01', to: '2025-01-31', label: 'January' },
      organisation: '=cmd|"/c calc"!A1',
      generatedAt: '2025-02-01T00:00:00.000Z',
      tables: [],
      definitions: [],
      rules: [],
    };
    const cover = reportSheets(r, true)[0]!;
    expect(cover.rows[1]).toEqual(['\'=cmd|"/c calc"!A1']);
  });
});

describe('calendar-month arithmetic for bands', () => {
  it('agrees with addMonths for every start, end and length (property)', async () => {
    const fc = (await import('fast-check')).default;
    const { addMonths } = await import('../../../src/shared/support/support-dates');
    const { withinMonths } = await import('../../../src/shared/reports/compute/months');
    const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(date, date, fc.integer({ min: 0, max: 30 }), (start, end, n) => withinMonths(start, end, n) === end <= addMonths(start, n)));
  });
});
