// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Board, Candidate, Match } from '../../src/shared/allocation/schemas/board.schema';
import { AllocationBoard } from '../../src/renderer/src/features/allocation/board/AllocationBoard';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * The board as a view: names follow discreet mode everywhere (bars, picker, panel), reasons are
 * part of each unit's accessible description and show on hover, the turn-away dialog starts with
 * the unit types that were full ticked, and roles that cannot change the timeline see no
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

describe('the reasons on hover', () => {
  it('shows why a unit does not suit the household when the pointer rests on it, and hides them when it leaves', async () => {
    bridge();
    const user = userEvent.setup();
    renderSignedIn(<AllocationBoard />, sessionFor('manager'));
    await user.click(await screen.findByRole('combobox', { name: 'Household needing a unit' }));
    await user.click(await screen.findByRole('option', { name: /Amira Haddad/ }));
    const r01 = await screen.findByRole('button', { name: /^R01/, description: /older than this unit accepts/ });
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.hover(r01);
    const tip = await screen.findByRole('tooltip');
    expect(within(tip).getByText('R01 does not suit Amira Haddad')).toBeTruthy();
    expect(within(tip).getByRole('listitem').textContent).toBe('A boy aged 14 is older than this unit accepts (12)');
    await user.unhover(r01);
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    // The occupied unit gives its own reason.
    await user.hover(screen.getByRole('button', { name: /^R02/ }));
    await waitFor(() => expect(within(screen.getByRole('tooltip')).getByRole('listitem').textContent).toBe('Occupied (no end date)'));
  });
});

describe('the turn-away dialog', () => {
  const TONIGHTS: Board = {
    ...BOARD,
    freeTonight: 2,
    totalUnits: 4,
    units: [
      unit(1, 'R01', 'free'),
      unit(2, 'R02', 'occupied'),
      unit(3, 'D01', 'occupied', { type: 'dispersed', singleSex: 'none', bedrooms: 2, maxOccupants: 2 }),
      unit(4, 'S01', 'free', { type: 'safe_place', singleSex: 'none', maxOccupants: 2 }),
    ],
  };
  const CALLER: Candidate = { ...CANDIDATES[0]!, referralId: 80, householdId: 81, reference: 'C-000081/1', displayName: 'Nadia Caller', status: 'undecided', priority: 0 };
  const verdict = (unitId: number, rank: number, reasons: Match['units'][number]['reasons']): Match['units'][number] => ({
    unitId,
    rank,
    suitable: reasons.length === 0,
    available: !reasons.some((r) => r.availability),
    heldForHousehold: false,
    reasons,
    cautions: [],
    sparePlaces: 0,
    inPreferredArea: false,
  });
  const BOY = { code: 'boy_too_old', text: 'a boy aged 14 is older than this unit accepts (12)', availability: false };
  const OCCUPIED = { code: 'occupied', text: 'occupied (no end date)', availability: true };
  const TOO_SMALL = { code: 'too_many_people', text: '3 people, the unit takes 2', availability: false };

  function caller(units: Match['units']) {
    return installFakeBridge({
      'allocation.board': () => ok(TONIGHTS),
      'allocation.candidates': () => ok([CALLER]),
      'allocation.match': () => ok({ ...MATCH, householdId: 81, people: 3, units }),
      'allocation.turnAway': (input) => ok({ referralId: (input as { referralId: number }).referralId, status: 'not_supported' }),
    });
  }

  async function openTurnAway() {
    const user = userEvent.setup();
    renderSignedIn(<AllocationBoard />, sessionFor('manager'));
    await user.click(await screen.findByRole('combobox', { name: 'Household needing a unit' }));
    await user.click(await screen.findByRole('option', { name: /Nadia Caller/ }));
    await user.click(await screen.findByRole('button', { name: 'No suitable unit: record turn-away' }));
    const dialog = await screen.findByRole('dialog', { name: 'No suitable unit: record a turn-away' });
    const ticked = () =>
      within(dialog)
        .getAllByRole('checkbox')
        .filter((c) => (c as HTMLInputElement).checked)
        .map((c) => c.getAttribute('value'));
    return { user, dialog, ticked };
  }

  it('ticks the unit types with nothing suitable tonight, and suggests capacity when units that would suit them are full', async () => {
    // The safe place would do; the flat and one refuge room would suit but are occupied; the other room turns the boy away.
    caller([verdict(4, 1, []), verdict(3, 2, [OCCUPIED]), verdict(2, 3, [OCCUPIED]), verdict(1, 4, [BOY])]);
    const { dialog, ticked } = await openTurnAway();
    // Only types the service has and that have nothing suitable: no specialist, second-stage or other units exist.
    expect(ticked()).toEqual(['refuge', 'dispersed']);
    expect((within(dialog).getByRole('radio', { name: /^No capacity/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('ticks every type when no unit suits, suggests "no suitable unit", and sends what the manager leaves ticked', async () => {
    const fake = caller([verdict(2, 1, [BOY, OCCUPIED]), verdict(1, 2, [BOY]), verdict(3, 3, [TOO_SMALL, OCCUPIED]), verdict(4, 4, [TOO_SMALL])]);
    const { user, dialog, ticked } = await openTurnAway();
    expect(ticked()).toEqual(['refuge', 'dispersed', 'safe_place']);
    expect((within(dialog).getByRole('radio', { name: /^No suitable unit/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Dispersed' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record turn-away' }));
    await waitFor(() => expect(fake.called('allocation.turnAway')).toBe(1));
    expect(fake.calls.find((c) => c.channel === 'allocation.turnAway')!.input).toEqual({ referralId: 80, reason: 'no_suitable_unit', unitTypesFull: ['refuge', 'safe_place'], note: '' });
  });
});
