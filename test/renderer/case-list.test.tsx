// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { CaseListItemSchema, CaseListQuerySchema } from '../../src/shared/cases/schemas/case-record';
import { CaseList } from '../../src/renderer/src/features/cases/list/CaseList';
import { CasesShellBridge } from '../../src/renderer/src/features/cases/CasesShellBridge';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * Discreet mode (visitors can see the screen) in the case list and in Ctrl+K quick-open: initials
 * instead of names, no dates of birth, the key worker's initials too; a restricted case says only
 * that it exists. A view test with a fake bridge: the filters themselves are tested against the
 * real router in test/integration/cases/case-list-filters.test.ts.
 */

type Item = z.infer<typeof CaseListItemSchema>;
type Query = z.input<typeof CaseListQuerySchema>;

const item = (o: Partial<Item>): Item => ({
  referralId: 1,
  householdId: 1,
  reference: 'C-000001/1',
  displayName: 'Amira Haddad',
  dateOfBirth: '1990-04-02',
  status: 'accepted',
  riskLevel: 'high',
  receivedAt: '2026-11-19T22:10:00.000Z',
  decidedAt: '2026-11-20T09:00:00.000Z',
  workerName: 'Sam Support',
  children: 2,
  restricted: false,
  hidden: false,
  ...o,
});

const ITEMS: Item[] = [
  item({}),
  item({ referralId: 2, householdId: 2, reference: 'C-000002/1', displayName: 'Zoë Brontë-Ångström', dateOfBirth: '1985-07-09', riskLevel: 'medium', workerName: null, children: 0 }),
  item({ referralId: 3, householdId: 3, reference: 'C-000003/1', displayName: 'Restricted case', dateOfBirth: null, status: 'restricted', riskLevel: null, workerName: null, restricted: true, hidden: true }),
];
const NAMES = /Amira|Haddad|Zoë|Brontë|Ångström|Sam Support|1990-04-02|1985-07-09/;

function bridge() {
  return installFakeBridge({ 'cases.list': () => ok({ total: ITEMS.length, items: ITEMS }) });
}

describe('the case list', () => {
  it('shows names, dates of birth and workers normally', async () => {
    bridge();
    renderSignedIn(<CaseList onOpen={() => undefined} workers={[]} />, sessionFor('support_worker'));
    const table = await screen.findByRole('table', { name: 'Cases' });
    await within(table).findByRole('button', { name: 'Amira Haddad' });
    expect(within(table).getByText('Born 1990-04-02')).toBeTruthy();
    expect(within(table).getByText('Sam Support')).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Zoë Brontë-Ångström' })).toBeTruthy();
  });

  it('in discreet mode shows initials only: no names, dates of birth or workers’ names anywhere on the page', async () => {
    bridge();
    const { container } = renderSignedIn(<CaseList onOpen={() => undefined} workers={[]} />, sessionFor('support_worker', { discreet: true }));
    const table = await screen.findByRole('table', { name: 'Cases' });
    await within(table).findByRole('button', { name: 'A.H.' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]!).getByRole('button', { name: 'A.H.' })).toBeTruthy();
    expect(within(rows[1]!).getByText('S.S.')).toBeTruthy();
    expect(within(rows[2]!).getByRole('button', { name: 'Z.Å.' })).toBeTruthy();
    expect(within(rows[3]!).getByText('Restricted case')).toBeTruthy();
    expect(within(rows[3]!).queryByRole('button')).toBeNull();
    expect(container.ownerDocument.body.textContent).not.toMatch(NAMES);
    expect(container.ownerDocument.body.innerHTML).not.toMatch(NAMES);
  });
});

describe('quick-open (Ctrl+K)', () => {
  async function openAndType(discreet: boolean) {
    const fake = bridge();
    const user = userEvent.setup();
    renderSignedIn(<CasesShellBridge onOpenCases={() => undefined} />, sessionFor('night_worker', { discreet }));
    await user.keyboard('{Control>}k{/Control}');
    const box = await screen.findByRole('textbox', { name: 'Find a case' });
    await user.type(box, 'a');
    await waitFor(() => expect(fake.calls.some((c) => c.channel === 'cases.list' && (c.input as Query).search === 'a')).toBe(true));
    return fake;
  }

  it('lists matching cases with names and dates of birth normally', async () => {
    await openAndType(false);
    expect(await screen.findByText('Amira Haddad — C-000001/1')).toBeTruthy();
    expect(screen.getByText('Received 2026-11-19 · born 1990-04-02')).toBeTruthy();
  });

  it('in discreet mode lists initials and references only, with no date of birth', async () => {
    await openAndType(true);
    expect(await screen.findByText('A.H. — C-000001/1')).toBeTruthy();
    expect(screen.getByText('Z.Å. — C-000002/1')).toBeTruthy();
    expect(screen.getAllByText('Received 2026-11-19')).toHaveLength(2);
    const restricted = screen.getByText('Restricted case C-000003/1').closest('button')!;
    expect(restricted.hasAttribute('disabled') || restricted.getAttribute('data-disabled') === 'true').toBe(true);
    expect(document.body.textContent).not.toMatch(NAMES);
  });
});
