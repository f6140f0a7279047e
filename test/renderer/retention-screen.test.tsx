// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RetentionPreview, RetentionPurgeResult, RetentionSchedule } from '../../src/shared/retention/schedule';
import { RetentionScreen } from '../../src/renderer/src/features/retention/RetentionScreen';
import { fail, installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/* View tests of the retention screen; the purge itself is covered against the real router and end to end. */

const SCHEDULE: RetentionSchedule = { closedCaseYears: 6, unsuccessfulReferralMonths: 12, auditYears: 7 };
const CUTOFFS = { closedCase: '2020-11-20T10:00:00.000Z', unsuccessfulReferral: '2025-11-20T10:00:00.000Z', audit: '2019-11-20T10:00:00.000Z' };

const DUE: RetentionPreview = {
  schedule: SCHEDULE,
  cutoffs: CUTOFFS,
  cases: [
    { householdId: 11, reference: 'C-000011', restricted: false, reason: 'closed_case', lastContactAt: '2019-03-02T14:00:00.000Z' },
    { householdId: 12, reference: null, restricted: true, reason: 'unsuccessful_referral', lastContactAt: '2025-01-10' },
    { householdId: 13, reference: 'C-000013', restricted: false, reason: 'unsuccessful_referral', lastContactAt: '2024-12-01T09:00:00.000Z' },
  ],
  counts: { closedCases: 1, unsuccessfulReferrals: 2, auditEntries: 40 },
  auditThroughId: 40,
};
const NOTHING: RetentionPreview = { ...DUE, cases: [], counts: { closedCases: 0, unsuccessfulReferrals: 0, auditEntries: 0 }, auditThroughId: null };
const RESULT: RetentionPurgeResult = { households: 3, rows: { households: 3, people: 5, referrals: 3 }, auditEntries: 40, vacuumed: true };

function bridgeWith(preview: RetentionPreview = DUE) {
  return installFakeBridge({
    'retention.schedule.get': () => ok(SCHEDULE),
    'retention.preview': () => ok(preview),
    'retention.schedule.update': (input) => ok({ ...SCHEDULE, ...(input as Partial<RetentionSchedule>) }),
    'retention.purge': () => ok(RESULT),
  });
}

describe('the retention screen', () => {
  it('shows an administrator the schedule as a form they can change', async () => {
    const bridge = bridgeWith();
    renderSignedIn(<RetentionScreen />, sessionFor('administrator'));
    const closed = await screen.findByRole('textbox', { name: 'Closed cases' });
    expect((closed as HTMLInputElement).value).toBe('6');
    fireEvent.change(closed, { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    // Only what changed is sent; what is due is worked out again.
    await waitFor(() => expect(bridge.calls.find((c) => c.channel === 'retention.schedule.update')?.input).toEqual({ closedCaseYears: 7 }));
    await waitFor(() => expect(bridge.called('retention.preview')).toBe(2));
  });

  it('shows a manager the schedule read-only, with no way to change it', async () => {
    const bridge = bridgeWith();
    renderSignedIn(<RetentionScreen />, sessionFor('manager'));
    const list = await screen.findByRole('list', { name: 'Retention schedule' });
    expect(list.textContent).toContain('Closed cases are deleted 6 years after the last contact.');
    expect(list.textContent).toContain('Referrals that were never supported are deleted 12 months after the last contact.');
    expect(list.textContent).toContain('Audit log entries are deleted 7 years after they were written.');
    expect(screen.getByText('Only an administrator can change the schedule.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save schedule' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Closed cases/ })).toBeNull();
    // A manager may still approve the purge.
    expect(await screen.findByRole('button', { name: 'Approve and delete…' })).toBeTruthy();
    expect(bridge.called('retention.schedule.update')).toBe(0);
  });

  it('explains a number out of range beside its box and sends nothing', async () => {
    const bridge = bridgeWith();
    renderSignedIn(<RetentionScreen />, sessionFor('administrator'));
    const closed = await screen.findByRole('textbox', { name: 'Closed cases' });
    const months = screen.getByRole('textbox', { name: 'Unsuccessful referrals' });
    fireEvent.change(closed, { target: { value: '0' } });
    fireEvent.change(months, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    await waitFor(() => expect(closed.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(closed.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('error'))!)?.textContent).toBe('At least 1 year.');
    expect(months.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number.')).toBeTruthy();
    expect(bridge.called('retention.schedule.update')).toBe(0);
  });

  it('puts a field error from the router beside the field it belongs to', async () => {
    const bridge = bridgeWith();
    bridge.on('retention.schedule.update', () => fail('INVALID_INPUT', 'Check the schedule.', { auditYears: 'At most 50 years.' }));
    renderSignedIn(<RetentionScreen />, sessionFor('administrator'));
    const audit = await screen.findByRole('textbox', { name: 'Audit log entries' });
    fireEvent.change(audit, { target: { value: '8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    await waitFor(() => expect(audit.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('At most 50 years.')).toBeTruthy();
  });

  it('lists what is due by reference and reason, a restricted case without its reference', async () => {
    bridgeWith();
    renderSignedIn(<RetentionScreen />, sessionFor('manager'));
    const table = await screen.findByRole('table', { name: 'Cases due for deletion' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['C-000011', 'Closed case', '2 Mar 2019'],
      ['Restricted case', 'Unsuccessful referral', '10 Jan 2025'],
      ['C-000013', 'Unsuccessful referral', '1 Dec 2024'],
    ]);
    const counts = screen.getByRole('group', { name: 'Due for deletion' });
    expect(counts.textContent).toMatch(/1closed cases.*2unsuccessful referrals.*40audit log entries/);
  });

  it('asks before deleting, stating the counts and that it cannot be undone; nothing is deleted on Cancel', async () => {
    const bridge = bridgeWith();
    renderSignedIn(<RetentionScreen />, sessionFor('manager'));
    fireEvent.click(await screen.findByRole('button', { name: 'Approve and delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete these records for good?' });
    expect(dialog.textContent).toContain('1 closed case, 2 unsuccessful referrals and 40 audit log entries');
    expect(dialog.textContent).toContain('Deletion cannot be undone.');
    expect(bridge.called('retention.purge')).toBe(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bridge.called('retention.purge')).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Approve and delete…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete permanently' }));
    await waitFor(() => expect(bridge.called('retention.purge')).toBe(1));
    // Exactly what the preview listed.
    expect(bridge.calls.find((c) => c.channel === 'retention.purge')?.input).toEqual({ householdIds: [11, 12, 13], auditThroughId: 40 });
    const result = await screen.findByRole('status', { name: 'Deleted' });
    expect(result.textContent).toContain('3 households (11 records) and 40 audit log entries were deleted.');
    expect(within(result).getByRole('table', { name: 'Records deleted, by kind' }).textContent).toMatch(/People5/);
  });

  it('keeps the dialog open with the reason when the purge is refused', async () => {
    const bridge = bridgeWith();
    bridge.on('retention.purge', () => fail('CONFLICT', '1 of the approved cases is no longer due (reopened or changed since the preview). Preview again.'));
    renderSignedIn(<RetentionScreen />, sessionFor('manager'));
    fireEvent.click(await screen.findByRole('button', { name: 'Approve and delete…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete permanently' }));
    expect((await within(screen.getByRole('dialog')).findByRole('alert')).textContent).toMatch(/no longer due/);
    expect(screen.queryByRole('status', { name: 'Deleted' })).toBeNull();
  });

  it('says so when nothing is due, with no delete button', async () => {
    bridgeWith(NOTHING);
    renderSignedIn(<RetentionScreen />, sessionFor('manager'));
    expect(await screen.findByText('Nothing is due for deletion.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Approve and delete/ })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
