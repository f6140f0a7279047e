// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../src/shared/cases/dash-checklist';
import type { CaseRecord } from '../../src/shared/cases/schemas/case-record';
import { AssessmentTab } from '../../src/renderer/src/features/cases/record/AssessmentTab';
import { MaracForm } from '../../src/renderer/src/features/cases/record/MaracForm';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * The risk parts of the case record as views, with a fake bridge: which MARAC referral a save
 * touches, and how the assessment history reads a reassessment. The rules behind the prompt are tested against the real router in
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

type Assessment = CaseRecord['assessments'][number];
function assessment(over: Partial<Assessment>): Assessment {
  return {
    id: 1,
    assessedAt: '2026-03-02T10:00:00.000Z',
    assessedBy: 'Sam Support',
    checklistId: DEFAULT_CHECKLIST.id,
    answers: {},
    yesCount: 0,
    visibleHigh: false,
    suggestedLevel: 'standard',
    level: 'standard',
    byJudgement: false,
    reason: '',
    escalation: false,
    repeatMarac: false,
    maracReasons: [],
    holistic: {},
    primaryNeed: null,
    secondaryNeeds: [],
    ...over,
  };
}

describe('reassessment on the case record', () => {
  // Newest first, as the case record sends them: medium in March, raised to high in June.
  const record: CaseRecord = {
    ...RECORD,
    maracReferrals: [],
    assessments: [
      assessment({ id: 2, assessedAt: '2026-06-10T09:30:00.000Z', yesCount: 14, visibleHigh: true, suggestedLevel: 'high', level: 'high', answers: { '1': 'yes', '2': 'yes' } }),
      assessment({ id: 1, assessedAt: '2026-03-02T10:00:00.000Z', yesCount: 10, suggestedLevel: 'medium', level: 'medium', answers: { '1': 'no', '2': 'not_known' } }),
    ],
  };

  it('shows the history oldest first, each change against the assessment before it', async () => {
    installFakeBridge({ 'risk.checklist': () => ok(DEFAULT_CHECKLIST) });
    renderSignedIn(<AssessmentTab record={record} onChanged={() => undefined} />, sessionFor('support_worker'));
    const table = screen.getByRole('table', { name: 'Assessment history' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['2 Mar 2026, 10:00', '10 Jun 2026, 10:30']);
    expect(rows[0]!.textContent).not.toContain('was');
    expect(within(rows[1]!).getByText('was Medium')).toBeTruthy();
  });

  it('starts a reassessment from the latest answers', async () => {
    installFakeBridge({ 'risk.checklist': () => ok(DEFAULT_CHECKLIST) });
    renderSignedIn(<AssessmentTab record={record} onChanged={() => undefined} />, sessionFor('support_worker'));
    await waitFor(() => expect(screen.getByTestId('checklist-score').textContent).toContain('Score: 2 “yes”'));
  });
});
