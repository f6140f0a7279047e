// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../src/shared/ipc/contract';
import { FteSummary } from '../../src/renderer/src/features/staff-records/FteSummary';
import { PersonRecords } from '../../src/renderer/src/features/staff-records/PersonRecords';
import { StaffDueList } from '../../src/renderer/src/features/staff-records/StaffDueList';
import { TrainingMatrix } from '../../src/renderer/src/features/staff-records/TrainingMatrix';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * Pure view tests with a fake bridge: in discreet mode (visitors in the office) the staff records
 * lists show initials, never a member of staff's name, anywhere in the page.
 */

const MATRIX: ChannelOutput<'staffRecords.matrix'> = {
  today: '2026-11-20',
  courses: [{ id: 1, name: 'Safeguarding adults', mandatory: true, renewalMonths: 36, active: true }],
  rows: [
    {
      staffId: 4,
      name: 'Priya Lakhani',
      role: 'Support worker',
      active: true,
      cells: [{ courseId: 1, status: 'ok', attendedOn: '2025-01-10', expiresOn: '2028-01-10' }],
      dbs: { status: 'due', checkedOn: '2023-12-01', dueOn: '2026-12-01' },
      fteToday: 0.6,
    },
  ],
};

const DUE: ChannelOutput<'staffRecords.due'> = [{ staffId: 4, name: 'Priya Lakhani', what: 'dbs', item: 'Enhanced DBS check', status: 'due', dueOn: '2026-12-01' }];

const FTE: ChannelOutput<'staffRecords.fte.summary'> = {
  from: '2026-04-01',
  to: '2027-03-31',
  total: 0.6,
  byRole: [{ role: 'idva', fte: 0.6 }],
  byPerson: [{ staffId: 4, name: 'Priya Lakhani', fte: 0.6 }],
};

const PERSON: ChannelOutput<'staffRecords.person'> = { staffId: 4, name: 'Priya Lakhani', role: 'Support worker', active: true, training: [], dbs: [], fte: [] };

function fakeStaffRecords() {
  installFakeBridge({
    'staffRecords.matrix': () => ok(MATRIX),
    'staffRecords.due': () => ok(DUE),
    'staffRecords.fte.summary': () => ok(FTE),
    'staffRecords.person': () => ok(PERSON),
  });
}

const noop = () => undefined;

describe('staff records in discreet mode', () => {
  it('the training matrix shows initials, not the name, and the initials still open the record', async () => {
    fakeStaffRecords();
    const { container } = renderSignedIn(<TrainingMatrix onOpen={noop} reloadKey={0} />, sessionFor('manager', { discreet: true }));
    const table = await screen.findByRole('table', { name: 'Training matrix' });
    expect(within(table).getByRole('button', { name: 'P.L.' })).toBeTruthy();
    expect(container.innerHTML).not.toMatch(/Priya|Lakhani/);
  });

  it('the due and expired list shows initials, not the name', async () => {
    fakeStaffRecords();
    const { container } = renderSignedIn(<StaffDueList onOpen={noop} reloadKey={0} />, sessionFor('manager', { discreet: true }));
    const table = await screen.findByRole('table', { name: 'Training and DBS checks due' });
    expect(within(table).getByRole('button', { name: 'P.L.' })).toBeTruthy();
    expect(container.innerHTML).not.toMatch(/Priya|Lakhani/);
  });

  it('specialist FTE by person shows initials, not the name', async () => {
    fakeStaffRecords();
    const { container } = renderSignedIn(<FteSummary reloadKey={0} />, sessionFor('manager', { discreet: true }));
    const table = await screen.findByRole('table', { name: 'Specialist FTE by person' });
    expect(within(table).getByText('P.L.')).toBeTruthy();
    expect(container.innerHTML).not.toMatch(/Priya|Lakhani/);
  });

  it("a person's record is headed with initials, not the name", async () => {
    fakeStaffRecords();
    const { container } = renderSignedIn(<PersonRecords staffId={4} onBack={noop} onChanged={noop} />, sessionFor('manager', { discreet: true }));
    expect(await screen.findByRole('heading', { level: 1, name: 'P.L.' })).toBeTruthy();
    expect(container.innerHTML).not.toMatch(/Priya|Lakhani/);
  });

  it('shows the full names when discreet mode is off', async () => {
    fakeStaffRecords();
    renderSignedIn(
      <>
        <TrainingMatrix onOpen={noop} reloadKey={0} />
        <StaffDueList onOpen={noop} reloadKey={0} />
        <FteSummary reloadKey={0} />
      </>,
      sessionFor('manager'),
    );
    expect(within(await screen.findByRole('table', { name: 'Training matrix' })).getByRole('button', { name: 'Priya Lakhani' })).toBeTruthy();
    expect(within(await screen.findByRole('table', { name: 'Training and DBS checks due' })).getByRole('button', { name: 'Priya Lakhani' })).toBeTruthy();
    expect(within(await screen.findByRole('table', { name: 'Specialist FTE by person' })).getByText('Priya Lakhani')).toBeTruthy();
  });
});
