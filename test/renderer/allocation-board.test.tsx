// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Board, Candidate, Match } from '../../src/shared/allocation/schemas/board.schema';
import { AllocationBoard } from '../../src/renderer/src/features/allocation/board/AllocationBoard';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * The board as a view: names follow discreet mode everywhere (bars, picker, panel), reasons are
 * part of each unit's accessible description, and roles that cannot change the timeline see no
 * buttons for it. Behaviour across the boundary is covered end to end (test/e2e/allocation.spec.ts).
 */

const unit = (id: number, code: string, tonight: Board['units'][number]['tonight'], o: Partial<Board['units'][number]> = {}): Board['units'][number] => ({
  id,
  code,
  name: '',
  type: 'refuge',
  singleSex: 'women_only',
  bedrooms: 1,
  maxOccupants: 3,
  maxChildren: 2,
  oldestBoy: 12,
  wheelchair: false,
  stepFree: false,
  floor: 0,
  pets: false,
  locality: 'Northgate',
  postcodeDistrict: 'HB3',
  openedOn: '2024-01-01',
  closedOn: null,
  tonight,
  ...o,
});

const BOARD: Board = {
  now: '2026-11-21T03:00:00.000Z',
  today: '2026-11-21',
  from: '2026-11-21',
  to: '2026-12-19',
  weeks: 4,
  freeTonight: 1,
  totalUnits: 2,
  units: [unit(1, 'R01', 'free'), unit(2, 'R02', 'occupied')],
  entries: [
    {
      kind: 'stay',
      id: 9,
      unitId: 2,
      start: '2026-11-10',
      end: null,
      expectedEnd: '2026-12-04',
      householdId: 50,
      referralId: 60,
      displayName: 'Dee Resident',
      reference: 'C-000050',
      restricted: false,
      reason: null,
      note: '',
      expiresAt: null,
      createdBy: 'Mo Manager',
      overridden: false,
    },
  ],
};
const CANDIDATES: Candidate[] = [
  { referralId: 70, householdId: 71, reference: 'C-000071/1', displayName: 'Amira Haddad', restricted: false, status: 'waiting', riskLevel: 'high', priority: 120, since: '2026-11-20T10:00:00Z', summary: 'Woman, boy 14', holds: [] },
];
const MATCH: Match = {
  householdId: 71,
  startDate: '2026-11-21',
  endDate: null,
  people: 2,
  summary: 'Woman, boy 14',
  units: [
    { unitId: 1, rank: 1, suitable: false, available: true, heldForHousehold: false, reasons: [{ code: 'boy_too_old', text: 'a boy aged 14 is older than this unit accepts (12)', availability: false }], cautions: [], sparePlaces: 1, inPreferredArea: false },
    { unitId: 2, rank: 2, suitable: false, available: false, heldForHousehold: false, reasons: [{ code: 'occupied', text: 'occupied (no end date)', availability: true }], cautions: [], sparePlaces: 1, inPreferredArea: false },
  ],
};

function bridge() {
  return installFakeBridge({ 'allocation.board': () => ok(BOARD), 'allocation.candidates': () => ok(CANDIDATES), 'allocation.match': () => ok(MATCH) });
}

describe('the allocation board', () => {
  it('shows free tonight and each unit’s state, with residents’ names', async () => {
    bridge();
    renderSignedIn(<AllocationBoard />, sessionFor('manager'));
    expect(await screen.findByText('Free tonight: 1 of 2')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dee Resident' })).toBeTruthy();
    expect(screen.getByText('leaves 4 Dec')).toBeTruthy();
  });

  it('in discreet mode shows initials only, in bars and in the household picker', async () => {
    bridge();
    const { container } = renderSignedIn(<AllocationBoard />, sessionFor('manager', { discreet: true }));
    expect(await screen.findByRole('button', { name: 'D.R.' })).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: 'Household needing a unit' }));
    expect(await screen.findByRole('option', { name: /^A\.H\. — C-000071\/1/ })).toBeTruthy();
    expect(container.ownerDocument.body.innerHTML).not.toMatch(/Dee Resident|Amira/);
  });

  it('marks each unit for the chosen household, with the reasons in its accessible description', async () => {
    bridge();
    renderSignedIn(<AllocationBoard />, sessionFor('manager'));
    fireEvent.click(await screen.findByRole('combobox', { name: 'Household needing a unit' }));
    fireEvent.click(await screen.findByRole('option', { name: /Amira Haddad/ }));
    const r01 = await screen.findByRole('button', { name: /R01/, description: /A boy aged 14 is older than this unit accepts \(12\)/ });
    expect(within(r01).getByText('Not suitable')).toBeTruthy();
    expect(screen.getByText('No unit suits them for tonight.')).toBeTruthy();
  });

  it('gives a support worker the unit’s details but no actions that change the timeline', async () => {
    bridge();
    renderSignedIn(<AllocationBoard />, sessionFor('support_worker'));
    fireEvent.click(await screen.findByRole('button', { name: /^R02/ }));
    const panel = await screen.findByRole('dialog', { name: /^R02/ });
    expect(within(panel).getByText('Managers hold units, record arrivals and take units out of service.')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: /Move|End stay|Take out of service/ })).toBeNull();
    await waitFor(() => expect(within(panel).getByText(/Expected to leave 4 Dec 2026/)).toBeTruthy());
  });
});
