import { describe, expect, it } from 'vitest';
import { caseTotalPence, fitBlockers, needsCouncilApproval, type FitCheck } from '../../../src/shared/sanctuary/rules';

/*
 * The council's written approval: any higher-level measure, or a case whose measures total more
 * than £100 (10,000 pence, strictly), must have it — dated on or before the fitting — before a
 * measure can be marked fitted. Fire checks and the landlord's permission are checked too.
 */

function check(over: Partial<FitCheck> & { level?: 'lower' | 'higher' } = {}): FitCheck {
  return {
    measure: { name: 'Lock change', level: over.level ?? 'lower', status: 'approved', needsFireCheck: false, altersProperty: true, ...over.measure },
    totalPence: 4500,
    approval: null,
    landlord: { permission: 'obtained', note: '' },
    fireCheck: null,
    fittedOn: '2026-03-10',
    ...over,
  };
}

describe('the £100 and higher-level approval rule', () => {
  it('needs no council approval for a lower-level measure on a case of £100 or less', () => {
    expect(needsCouncilApproval('lower', 10_000)).toBe(false);
    expect(fitBlockers(check({ totalPence: 10_000 }))).toEqual([]);
  });

  it('needs it once the case is over £100, even by a penny', () => {
    expect(needsCouncilApproval('lower', 10_001)).toBe(true);
    expect(fitBlockers(check({ totalPence: 10_001 }))).toEqual([expect.objectContaining({ code: 'council_approval', message: expect.stringContaining('£100.01') })]);
  });

  it('always needs it for a higher-level measure, however cheap', () => {
    expect(needsCouncilApproval('higher', 0)).toBe(true);
    expect(fitBlockers(check({ level: 'higher', measure: { name: 'CCTV', level: 'higher', status: 'requested', needsFireCheck: false, altersProperty: true }, totalPence: 500 }))).toEqual([
      expect.objectContaining({ code: 'council_approval', message: expect.stringContaining('CCTV is a higher-level measure') }),
    ]);
  });

  it('accepts an approval dated on or before the fitting, and refuses one dated after it', () => {
    const cctv = { name: 'CCTV', level: 'higher' as const, status: 'approved' as const, needsFireCheck: false, altersProperty: true };
    const approval = { approvedOn: '2026-03-10', reference: 'HC/123', amountPence: null, coveredTotalPence: 35_000 };
    expect(fitBlockers(check({ measure: cctv, totalPence: 39_500, approval }))).toEqual([]);
    expect(fitBlockers(check({ measure: cctv, totalPence: 39_500, approval: { ...approval, approvedOn: '2026-03-11' } }))).toEqual([expect.objectContaining({ code: 'council_approval' })]);
  });

  it('refuses when the measures an approval covers cost more than the amount approved', () => {
    const approval = { approvedOn: '2026-03-01', reference: 'HC/9', amountPence: 30_000, coveredTotalPence: 30_001 };
    expect(fitBlockers(check({ level: 'higher', measure: { name: 'CCTV', level: 'higher', status: 'approved', needsFireCheck: false, altersProperty: true }, totalPence: 30_001, approval }))).toEqual([
      expect.objectContaining({ code: 'approval_amount' }),
    ]);
  });

  it('totals a case at fitted cost once fitted, at the estimate before, and leaves refused measures out', () => {
    expect(
      caseTotalPence([
        { level: 'lower', status: 'fitted', estimatePence: 4500, costPence: 5200 },
        { level: 'lower', status: 'requested', estimatePence: 2000, costPence: null },
        { level: 'higher', status: 'refused', estimatePence: 35_000, costPence: null },
      ]),
    ).toBe(7200);
  });
});

describe('fire safety and the landlord', () => {
  const deadLock = { name: '5-lever dead lock', level: 'lower' as const, status: 'approved' as const, needsFireCheck: true, altersProperty: true };

  it('refuses a measure that can restrict escape without the fire and rescue service’s check', () => {
    expect(fitBlockers(check({ measure: deadLock }))).toEqual([expect.objectContaining({ code: 'fire_check' })]);
    expect(fitBlockers(check({ measure: deadLock, fireCheck: { completedOn: '2026-03-09', outcome: 'safe_with_conditions' } }))).toEqual([]);
    expect(fitBlockers(check({ measure: deadLock, fireCheck: { completedOn: '2026-03-09', outcome: 'unsafe' } }))).toEqual([expect.objectContaining({ code: 'fire_check' })]);
  });

  it('refuses a measure that alters a rented home until the landlord agrees, and for good when refused or not to be told', () => {
    expect(fitBlockers(check({ landlord: { permission: 'awaited', note: '' } }))).toEqual([expect.objectContaining({ code: 'landlord' })]);
    expect(fitBlockers(check({ landlord: { permission: 'not_to_be_told', note: 'Landlord is his cousin' } }))).toEqual([
      expect.objectContaining({ code: 'landlord', message: expect.stringContaining('Landlord is his cousin') }),
    ]);
    // A personal alarm does not alter the home.
    expect(fitBlockers(check({ measure: { name: 'Personal alarm', level: 'lower', status: 'requested', needsFireCheck: false, altersProperty: false }, landlord: { permission: 'refused', note: 'No changes' } }))).toEqual([]);
  });

  it('refuses a measure already fitted or refused', () => {
    expect(fitBlockers(check({ measure: { ...deadLock, needsFireCheck: false, status: 'fitted' } }))).toEqual([expect.objectContaining({ code: 'status' })]);
  });
});
