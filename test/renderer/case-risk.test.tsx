// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/shared/cases/schemas/case-record';
import { MaracForm } from '../../src/renderer/src/features/cases/record/MaracForm';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * The risk parts of the case record as views, with a fake bridge: which MARAC referral a save
 * touches. The rules behind the prompt are tested against the real router in
 * test/integration/cases/case-record.test.ts.
 */

const RECORD: CaseRecord = {
  householdId: 5,
  reference: 'C-000005',
  restricted: false,
  allowedUserIds: [],
  worker: null,
  riskLevel: 'high',
  alerts: [],
  people: [],
  perpetrators: [],
  episodes: [],
  assessments: [],
  incidents: [],
  // Newest first, as the case record sends them.
  maracReferrals: [
    { id: 12, referredOn: '2026-09-01', meetingOn: '2026-09-15', actions: 'Second referral' },
    { id: 11, referredOn: '2026-03-01', meetingOn: '2026-03-12', actions: 'First referral' },
  ],
  maracDue: [],
  timeline: [],
};

function maracBridge() {
  return installFakeBridge({ 'risk.saveMarac': (input) => ok({ id: (input as { maracId: number | null }).maracId ?? 13 }) });
}

const saved = (fake: ReturnType<typeof maracBridge>) => fake.calls.filter((c) => c.channel === 'risk.saveMarac').map((c) => c.input);

describe('MARAC referrals on the case record', () => {
  it('edits the newest referral by default, and only the one picked', async () => {
    const fake = maracBridge();
    renderSignedIn(<MaracForm record={RECORD} onChanged={() => undefined} />, sessionFor('support_worker'));
    const form = screen.getByRole('group', { name: 'The MARAC referral of 2026-09-01' });
    expect((within(form).getByLabelText('MARAC actions') as HTMLTextAreaElement).value).toBe('Second referral');
    fireEvent.click(within(form).getByRole('button', { name: 'Save MARAC referral' }));
    await waitFor(() => expect(saved(fake)).toHaveLength(1));
    expect(saved(fake)[0]).toMatchObject({ maracId: 12, referredOn: '2026-09-01', actions: 'Second referral' });

    fireEvent.click(screen.getByRole('button', { name: 'Edit the MARAC referral of 2026-03-01' }));
    const older = screen.getByRole('group', { name: 'The MARAC referral of 2026-03-01' });
    fireEvent.change(within(older).getByLabelText('MARAC actions'), { target: { value: 'First referral, police marker added' } });
    fireEvent.click(within(older).getByRole('button', { name: 'Save MARAC referral' }));
    await waitFor(() => expect(saved(fake)).toHaveLength(2));
    expect(saved(fake)[1]).toMatchObject({ maracId: 11, referredOn: '2026-03-01', actions: 'First referral, police marker added' });
  });

  it('records a new referral without touching the earlier ones', async () => {
    const fake = maracBridge();
    renderSignedIn(<MaracForm record={RECORD} onChanged={() => undefined} />, sessionFor('support_worker'));
    fireEvent.click(screen.getByRole('button', { name: 'Record a new MARAC referral' }));
    const form = screen.getByRole('group', { name: 'A new MARAC referral' });
    expect((within(form).getByLabelText('MARAC actions') as HTMLTextAreaElement).value).toBe('');
    fireEvent.change(within(form).getByLabelText('Date referred to MARAC'), { target: { value: '2026-11-19' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save MARAC referral' }));
    await waitFor(() => expect(saved(fake)).toHaveLength(1));
    expect(saved(fake)[0]).toMatchObject({ maracId: null, referredOn: '2026-11-19' });
  });

  it('starts as a new referral when one is due, so the prompt cannot overwrite the last one', async () => {
    const fake = maracBridge();
    renderSignedIn(<MaracForm record={{ ...RECORD, maracDue: ['repeat incident within 12 months of the last MARAC referral'] }} onChanged={() => undefined} />, sessionFor('support_worker'));
    const form = screen.getByRole('group', { name: 'A new MARAC referral' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save MARAC referral' }));
    await waitFor(() => expect(saved(fake)).toHaveLength(1));
    expect(saved(fake)[0]).toMatchObject({ maracId: null });
  });
});
