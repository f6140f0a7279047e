// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EpisodeSummary } from '../../src/shared/support/schemas/common.support';
import { BudgetPanel } from '../../src/renderer/src/features/support/BudgetPanel';
import { FeedbackPanel } from '../../src/renderer/src/features/support/FeedbackPanel';
import { LetterPaper } from '../../src/renderer/src/features/support/LetterPaper';
import { ReviewsDueList } from '../../src/renderer/src/features/support/DueLists';
import { fail, installFakeBridge, ok, renderApp, renderSignedIn, sessionFor } from './setup';

/* Pure view tests of the support panels with a fake bridge; behaviour is covered end to end. */

const EPISODE: EpisodeSummary = {
  householdId: 1,
  householdReference: 'C-000001',
  referralId: 1,
  referralReference: 'C-000001/1',
  episodeNo: 1,
  displayName: 'Sam Taylor',
  acceptedTo: 'community_support',
  acceptedOn: '2026-03-02',
  supportStart: '2026-03-02',
  state: 'active',
  exitedOn: null,
  moveOn: null,
  earlierEpisodes: [],
};

describe('support panels', () => {
  it('shows a letter as text: markup in a name is never turned into elements', () => {
    const { container } = renderApp(
      <LetterPaper letter={{ title: 'Discharge letter', letterhead: ['Harbour Refuge'], body: [['Dear <img src=x onerror=alert(1)>,'], ['Line one', 'Line two']], signOff: ['Jo'] }} />,
    );
    const letter = screen.getByRole('article', { name: 'Discharge letter preview' });
    expect(letter.textContent).toContain('Dear <img src=x onerror=alert(1)>,');
    expect(container.querySelector('img')).toBeNull();
    const twoLines = within(letter).getByText(/Line one/);
    expect(twoLines.textContent).toBe('Line oneLine two');
    expect(twoLines.querySelectorAll('br')).toHaveLength(1);
  });

  it('gives the feedback trend as a table of the same numbers', async () => {
    installFakeBridge({
      'support.feedback.list': () =>
        ok({
          episode: EPISODE,
          sessions: [
            { id: 1, sessionOn: '2026-03-09', outcomeTotal: 14.5, sessionTotal: 31, notes: '', by: 'Jo' },
            { id: 2, sessionOn: '2026-03-30', outcomeTotal: 21, sessionTotal: null, notes: 'Tired', by: 'Jo' },
          ],
        }),
    });
    renderSignedIn(<FeedbackPanel householdId={1} />, sessionFor('support_worker'));
    const table = await screen.findByRole('table', { name: 'Session feedback totals' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'SessionOutcome rating totalSession rating totalNotes',
      '9 Mar 202614.531',
      '30 Mar 202621–Tired',
    ]);
    expect(screen.getByRole('img', { name: /went from 14.5 to 21 over 2 sessions/ })).toBeTruthy();
  });

  it('lets a support worker spend but not set the allocation, and shows the balance', async () => {
    installFakeBridge({
      'support.budget.get': () =>
        ok({ episode: EPISODE, budget: { allocatedPence: 30_000, spentPence: 12_550, balancePence: 17_450, note: '', updatedAt: '2026-03-02T10:00:00Z', updatedBy: 'Mo' }, spends: [] }),
    });
    renderSignedIn(<BudgetPanel householdId={1} />, sessionFor('support_worker'));
    expect(await screen.findByText('£174.50')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Record a spend' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Personal budget allocation' })).toBeNull();
  });

  it('shows initials, not names, in the reviews list in discreet mode', async () => {
    installFakeBridge({
      'support.reviewsDue': () => ok([{ householdId: 1, reference: 'C-000001', displayName: 'Sam Taylor', workerName: 'Jo Worker', nextReviewOn: '2026-03-01', status: 'overdue' }]),
    });
    renderSignedIn(<ReviewsDueList />, sessionFor('support_worker', { discreet: true }));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Plan reviews due' })).toBeTruthy());
    expect(screen.queryByText('Sam Taylor')).toBeNull();
    expect(screen.getByText('S.T.')).toBeTruthy();
  });

  it('says why a panel could not load', async () => {
    installFakeBridge({ 'support.budget.get': () => fail('FORBIDDEN', 'This case is restricted to named workers.') });
    renderSignedIn(<BudgetPanel householdId={1} />, sessionFor('support_worker'));
    expect(await screen.findByText('This case is restricted to named workers.')).toBeTruthy();
  });
});
