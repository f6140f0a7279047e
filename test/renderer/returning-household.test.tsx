// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/shared/cases/schemas/case-record';
import { CaseRecordView } from '../../src/renderer/src/features/cases/record/CaseRecordView';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * A returning household has more than one episode, sent newest first. The case record's header
 * and its decision form must be about the new referral, not the closed first one.
 */

type Episode = CaseRecord['episodes'][number];
function episode(over: Partial<Episode>): Episode {
  return {
    id: 1,
    reference: 'C-000005/1',
    episodeNo: 1,
    receivedAt: '2025-02-01T10:00:00.000Z',
    source: 'self',
    referrerName: '',
    referrerContact: '',
    channel: 'phone',
    safeContactMethod: null,
    safeContactDetails: '',
    safeTimes: '',
    noVoicemail: false,
    immediateSafety: 'not_known',
    immediateSafetyNotes: '',
    requests: [],
    urgency: 'not_known',
    notes: '',
    status: 'closed',
    acceptedTo: null,
    notSupportedReason: null,
    unitTypesFull: [],
    decisionNote: '',
    decidedBy: null,
    decidedAt: null,
    firstContactAt: null,
    contactDueBy: '2025-02-03T10:00:00.000Z',
    contactAttempts: [],
    createdBy: null,
    ...over,
  };
}

const RECORD: CaseRecord = {
  householdId: 5,
  reference: 'C-000005',
  restricted: false,
  allowedUserIds: [],
  worker: null,
  riskLevel: null,
  alerts: [],
  people: [],
  perpetrators: [],
  episodes: [episode({ id: 2, reference: 'C-000005/2', episodeNo: 2, receivedAt: '2026-11-19T22:00:00.000Z', status: 'new' }), episode({})],
  assessments: [],
  incidents: [],
  maracReferrals: [],
  maracDue: [],
  timeline: [],
};

describe('the case record of a returning household', () => {
  it('shows the new referral’s status and decides on the new referral', async () => {
    const fake = installFakeBridge({ 'cases.get': () => ok(RECORD), 'referrals.decide': (input) => ok({ referralId: (input as { referralId: number }).referralId, status: 'accepted' }) });
    renderSignedIn(<CaseRecordView householdId={5} workers={[]} onBack={() => undefined} />, sessionFor('support_worker'));
    expect(await screen.findByText('Reference C-000005 · New — not yet contacted · no key worker yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Decision' }));
    expect(await screen.findByRole('group', { name: 'Decision on C-000005/2' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(fake.calls.filter((c) => c.channel === 'referrals.decide').map((c) => (c.input as { referralId: number }).referralId)).toEqual([2]));
  });
});
