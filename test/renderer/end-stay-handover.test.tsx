// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/shared/allocation/schemas/board.schema';
import type { CaseRecord } from '../../src/shared/cases/schemas/case-record';
import { AllocationBoard } from '../../src/renderer/src/features/allocation/board/AllocationBoard';
import { CasesScreen } from '../../src/renderer/src/features/cases/CasesScreen';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * Ending a stay on the allocation board hands over to the exit step: the manager is offered the
 * household's case record opened on its exit form. A view test with a fake bridge; ending the
 * stay itself is tested against the real router (test/integration/allocation).
 */

const BOARD: Board = {
  now: '2026-11-21T03:00:00.000Z',
  today: '2026-11-21',
  from: '2026-11-21',
  to: '2026-12-19',
  weeks: 4,
  freeTonight: 0,
  totalUnits: 1,
  units: [
    {
      id: 2,
      code: 'R02',
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
      tonight: 'occupied',
    },
  ],
  entries: [
    {
      kind: 'stay',
      id: 9,
      unitId: 2,
      start: '2026-11-10',
      end: null,
      expectedEnd: null,
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

const RECORD: CaseRecord = {
  householdId: 50,
  reference: 'C-000050',
  restricted: false,
  allowedUserIds: [],
  worker: null,
  riskLevel: 'medium',
  alerts: [],
  people: [],
  perpetrators: [],
  episodes: [],
  assessments: [],
  incidents: [],
  maracReferrals: [],
  maracDue: [],
  timeline: [],
};

function bridge() {
  return installFakeBridge({
    'allocation.board': () => ok(BOARD),
    'allocation.candidates': () => ok([]),
    'allocation.endStay': () => ok({ done: true }),
    'cases.list': () => ok({ total: 0, items: [] }),
    'cases.get': () => ok(RECORD),
  });
}

async function endTheStay(endDate: string) {
  fireEvent.click(await screen.findByRole('button', { name: /^R02/ }));
  const panel = await screen.findByRole('dialog', { name: /^R02/ });
  fireEvent.click(within(panel).getByRole('button', { name: 'End stay' }));
  const dialog = await screen.findByRole('dialog', { name: 'End the stay' });
  fireEvent.change(within(dialog).getByLabelText(/Leaving morning/), { target: { value: endDate } });
  fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: 'Moved to her sister’s' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'End stay' }));
}

describe('ending a stay hands over to the exit step', () => {
  it('offers the household’s case record opened on its exit form', async () => {
    const fake = bridge();
    renderSignedIn(
      <>
        <AllocationBoard />
        <CasesScreen />
      </>,
      sessionFor('manager'),
    );
    await endTheStay('2026-11-21');
    const ended = await screen.findByRole('dialog', { name: 'The stay has ended' });
    expect(within(ended).getByRole('status').textContent).toContain('The stay ends on the morning of');
    fireEvent.click(within(ended).getByRole('button', { name: 'Record the exit on the case' }));

    expect(await screen.findByRole('heading', { level: 1, name: /^Case record/ })).toBeTruthy();
    expect(fake.calls.filter((c) => c.channel === 'cases.get').map((c) => c.input)).toEqual([{ householdId: 50 }]);
    expect(screen.getByRole('tab', { name: 'Support' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Exit' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(fake.calls.filter((c) => c.channel === 'exits.get').map((c) => c.input)).toEqual([{ householdId: 50 }]));
    expect(screen.queryByRole('dialog', { name: 'The stay has ended' })).toBeNull();
  });

  it('does not offer the exit for a planned departure still ahead', async () => {
    const fake = bridge();
    renderSignedIn(<AllocationBoard />, sessionFor('manager'));
    await endTheStay('2026-11-28');
    await waitFor(() => expect(fake.called('allocation.endStay')).toBe(1));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'End the stay' })).toBeNull());
    expect(screen.queryByRole('dialog', { name: 'The stay has ended' })).toBeNull();
  });
});
