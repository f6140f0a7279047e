// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../src/shared/cases/schemas/case-record';
import type { Person } from '../../src/shared/cases/schemas/people';
import type { Correction, SubjectAccessExport } from '../../src/shared/retention/subject-access';
import { CaseRecordView } from '../../src/renderer/src/features/cases/record/CaseRecordView';
import { DataRightsTab } from '../../src/renderer/src/features/cases/subject-access/DataRightsTab';
import { fail, installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/* Pure view tests of the case record's "Data rights" tab with a fake bridge; the flows run end to end in test/e2e/subject-access.spec.ts. */

function person(over: Partial<Person>): Person {
  return {
    id: 1,
    kind: 'adult',
    displayName: 'Amira Haddad',
    name: 'Amira Haddad',
    alias: '',
    anonymous: false,
    dateOfBirth: null,
    ageYears: null,
    sex: 'female',
    genderIdentity: 'not_known',
    transHistory: 'not_known',
    ethnicity: 'not_known',
    disability: 'not_known',
    disabilityNotes: '',
    sexuality: 'not_known',
    religion: 'not_known',
    specialist: [],
    language: 'Arabic',
    interpreterNeeded: 'not_known',
    immigrationStatus: 'not_known',
    nrpf: 'not_known',
    preferredWorker: 'not_known',
    acesFlag: 'not_known',
    consent: { toRecord: 'yes', toShare: 'not_known', date: null, agreed: '' },
    school: null,
    schoolHidden: false,
    needs: '',
    withAdult: true,
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
  people: [person({}), person({ id: 2, kind: 'child', displayName: 'Zoë', name: 'Zoë', school: 'Hill Street Primary', needs: 'Asthma' })],
  perpetrators: [],
  episodes: [],
  assessments: [],
  incidents: [],
  maracReferrals: [],
  maracDue: [],
  timeline: [],
};

const HISTORY: Correction[] = [
  { id: 1, field: 'name', oldValue: 'Amira Hadad', newValue: 'Amira Haddad', reason: 'Surname misspelt at referral', byUser: 3, byName: 'Mona Manager', at: '2026-03-02T10:15:00.000Z' },
];

function bridge(history: Record<number, Correction[]> = { 1: HISTORY, 2: [] }) {
  return installFakeBridge({ 'subjectAccess.corrections': (input) => ok(history[(input as { personId: number }).personId] ?? []) });
}

function section(name: RegExp) {
  return screen.getByRole('region', { name });
}

let createObjectURL: ReturnType<typeof vi.fn>;
beforeEach(() => {
  createObjectURL = vi.fn(() => 'blob:test');
  URL.createObjectURL = createObjectURL as unknown as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

describe('data rights on the case record', () => {
  it('shows the tab to a manager and not to a support worker', async () => {
    installFakeBridge({ 'cases.get': () => ok(RECORD) });
    const manager = renderSignedIn(<CaseRecordView householdId={5} workers={[]} onBack={() => undefined} />, sessionFor('manager'));
    expect(await screen.findByRole('tab', { name: 'Data rights' })).toBeTruthy();
    manager.unmount();
    renderSignedIn(<CaseRecordView householdId={5} workers={[]} onBack={() => undefined} />, sessionFor('support_worker'));
    expect(await screen.findByRole('tab', { name: 'People' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Data rights' })).toBeNull();
  });

  it('lists each person with their correction history (who, when, old → new, why), and offers erasure once, on the adult', async () => {
    bridge();
    renderSignedIn(<DataRightsTab record={RECORD} onChanged={() => undefined} onErased={() => undefined} />, sessionFor('manager'));
    const amira = section(/Amira Haddad/);
    const table = await within(amira).findByRole('table', { name: 'Correction history Amira Haddad' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'WhenWhoDetailWasNowReason',
      '2 Mar 2026, 10:15Mona ManagerNameAmira HadadAmira HaddadSurname misspelt at referral',
    ]);
    const zoe = section(/Zoë/);
    expect(await within(zoe).findByText('No corrections recorded.')).toBeTruthy();
    expect(within(amira).getByRole('button', { name: 'Erase this person' })).toBeTruthy();
    expect(within(zoe).queryByRole('button', { name: 'Erase this person' })).toBeNull();
    expect(screen.getByText(/Every action here is audited/)).toBeTruthy();
  });

  it('shows names as initials in discreet mode, in headings and in the history', async () => {
    bridge();
    renderSignedIn(<DataRightsTab record={RECORD} onChanged={() => undefined} onErased={() => undefined} />, sessionFor('manager', { discreet: true }));
    const table = await screen.findByRole('table', { name: 'Correction history A.H.' });
    expect(table.textContent).not.toContain('Amira');
    expect(document.body.textContent).not.toContain('Amira Haddad');
  });

  it('exports once, says it is audited, and saves the PDF and the JSON each from their own button', async () => {
    const file = (ext: 'pdf' | 'json'): SubjectAccessExport['pdf'] => ({
      fileName: `subject-access-C-000005-2026-03-02.${ext}`,
      mimeType: ext === 'pdf' ? 'application/pdf' : 'application/json',
      content: ext === 'pdf' ? btoa('%PDF-1.4') : '{"records":{}}',
      encoding: ext === 'pdf' ? 'base64' : 'utf-8',
    });
    const fake = bridge();
    fake.on('subjectAccess.export', () => ok({ pdf: file('pdf'), json: file('json'), counts: { people: 2, referrals: 1, households: 1, incidents: 0 } }));
    renderSignedIn(<DataRightsTab record={RECORD} onChanged={() => undefined} onErased={() => undefined} />, sessionFor('manager'));
    fireEvent.click(within(section(/Amira Haddad/)).getByRole('button', { name: 'Export everything held' }));
    const ready = await screen.findByRole('status');
    expect(ready.textContent).toContain('4 records from 3 parts of the case');
    expect(ready.textContent).toContain('recorded in the audit log');
    expect(fake.calls.filter((c) => c.channel === 'subjectAccess.export').map((c) => c.input)).toEqual([{ personId: 1 }]);
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    fireEvent.click(within(ready).getByRole('button', { name: 'Save the readable PDF' }));
    fireEvent.click(within(ready).getByRole('button', { name: 'Save the JSON' }));
    expect(saved).toEqual(['subject-access-C-000005-2026-03-02.pdf', 'subject-access-C-000005-2026-03-02.json']);
    const blobs = createObjectURL.mock.calls.map((c) => c[0] as Blob);
    expect(blobs.map((b) => b.type)).toEqual(['application/pdf', 'application/json']);
    expect(await blobs[0]!.text()).toBe('%PDF-1.4');
    click.mockRestore();
    // The export is still one audited call, however often the files are saved.
    expect(fake.called('subjectAccess.export')).toBe(1);
  });

  it('says why an export failed, beside the button', async () => {
    const fake = bridge();
    fake.on('subjectAccess.export', () => fail('FORBIDDEN', 'This case is restricted to named workers. Ask a manager if you need to work on it.'));
    renderSignedIn(<DataRightsTab record={RECORD} onChanged={() => undefined} onErased={() => undefined} />, sessionFor('manager'));
    fireEvent.click(within(section(/Zoë/)).getByRole('button', { name: 'Export everything held' }));
    expect((await screen.findByRole('alert')).textContent).toContain('restricted to named workers');
  });
});

describe('correcting a detail', () => {
  it('needs a reason, said beside the field, before anything is sent', async () => {
    const fake = bridge();
    renderSignedIn(<DataRightsTab record={RECORD} onChanged={() => undefined} onErased={() => undefined} />, sessionFor('manager'));
    fireEvent.click(within(section(/Amira Haddad/)).getByRole('button', { name: 'Correct a detail' }));
    const form = screen.getByRole('form', { name: 'Correct a detail' });
    expect(within(form).getByLabelText('New name')).toHaveProperty('value', 'Amira Haddad');
    fireEvent.change(within(form).getByLabelText('New name'), { target: { value: 'Amira Haddad-Khan' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save correction' }));
    const reason = within(form).getByRole('textbox', { name: /Reason for the correction/ });
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(form.textContent).toContain('Say why the record is being corrected.');
    expect(fake.called('subjectAccess.correct')).toBe(0);
  });

  it('offers the fields the person has, starting from what is recorded; a date of birth is a date field', async () => {
    const fake = bridge();
    renderSignedIn(<DataRightsTab record={RECORD} onChanged={() => undefined} onErased={() => undefined} />, sessionFor('manager'));
    fireEvent.click(within(section(/Zoë/)).getByRole('button', { name: 'Correct a detail' }));
    const form = screen.getByRole('form', { name: 'Correct a detail' });
    const detail = within(form).getByRole('combobox', { name: 'Detail to correct' });
    expect(within(detail).getAllByRole('option').map((o) => o.textContent)).toEqual(['Name', 'Date of birth', 'School or nursery', 'Needs']);
    fireEvent.change(detail, { target: { value: 'school' } });
    expect(within(form).getByLabelText('New school or nursery')).toHaveProperty('value', 'Hill Street Primary');
    expect(within(form).getByTestId('recorded-now').textContent).toBe('Recorded now: Hill Street Primary');
    fireEvent.change(detail, { target: { value: 'dateOfBirth' } });
    expect(within(form).getByLabelText('New date of birth').getAttribute('type')).toBe('date');
    expect(within(form).getByTestId('recorded-now').textContent).toBe('Recorded now: (empty)');
    fireEvent.change(detail, { target: { value: 'needs' } });
    expect(within(form).getByLabelText('New needs').tagName).toBe('TEXTAREA');
    expect(fake.called('subjectAccess.correct')).toBe(0);
  });

  it('puts the server’s field message beside the field, and on success reloads the history and the record', async () => {
    const history: Record<number, Correction[]> = { 1: HISTORY, 2: [] };
    const fake = bridge(history);
    fake.on('subjectAccess.correct', () => fail('INVALID_INPUT', 'That is already the recorded value.', { value: 'That is already the recorded value.' }));
    const onChanged = vi.fn();
    renderSignedIn(<DataRightsTab record={RECORD} onChanged={onChanged} onErased={() => undefined} />, sessionFor('manager'));
    fireEvent.click(within(section(/Amira Haddad/)).getByRole('button', { name: 'Correct a detail' }));
    const form = screen.getByRole('form', { name: 'Correct a detail' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Reason/ }), { target: { value: 'She asked' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(within(form).getByLabelText('New name').getAttribute('aria-invalid')).toBe('true'));
    expect(form.textContent).toContain('That is already the recorded value.');

    const added: Correction = { id: 2, field: 'language', oldValue: 'Arabic', newValue: 'Kurdish (Sorani)', reason: 'She asked', byUser: 7, byName: 'Amira Khan', at: '2026-03-03T09:00:00.000Z' };
    fake.on('subjectAccess.correct', () => {
      history[1] = [...HISTORY, added];
      return ok(history[1]);
    });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Detail to correct' }), { target: { value: 'language' } });
    fireEvent.change(within(form).getByLabelText('New language'), { target: { value: 'Kurdish (Sorani)' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Reason/ }), { target: { value: 'She asked' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Correct a detail' })).toBeNull());
    expect(fake.calls.filter((c) => c.channel === 'subjectAccess.correct').at(-1)!.input).toEqual({ personId: 1, field: 'language', value: 'Kurdish (Sorani)', reason: 'She asked' });
    expect(onChanged).toHaveBeenCalledTimes(1);
    const table = await screen.findByRole('table', { name: 'Correction history Amira Haddad' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe('3 Mar 2026, 09:00Amira KhanLanguageArabicKurdish (Sorani)She asked');
  });
});

describe('erasing a person', () => {
  it('explains what goes and what the audit keeps, and needs the reference typed and a reason before erasing', async () => {
    const fake = bridge();
    fake.on('subjectAccess.erase', () => ok({ rows: { households: 1, people: 2, referrals: 1 }, vacuumed: true }));
    const onErased = vi.fn();
    renderSignedIn(<DataRightsTab record={RECORD} onChanged={() => undefined} onErased={onErased} />, sessionFor('manager'));
    fireEvent.click(within(section(/Amira Haddad/)).getByRole('button', { name: 'Erase this person' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase this person' });
    expect(dialog.textContent).toContain('and the 1 other person in the household');
    expect(dialog.textContent).toContain('This cannot be undone.');
    expect(dialog.textContent).toContain('how many records of each kind were deleted, never what they said');
    // Cancel has the focus first.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));

    const reference = within(dialog).getByRole('textbox', { name: /Type the case reference \(C-000005\) to confirm/ });
    fireEvent.change(reference, { target: { value: 'C-000006' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase permanently' }));
    await waitFor(() => expect(reference.getAttribute('aria-invalid')).toBe('true'));
    expect(dialog.textContent).toContain('Type the case reference, C-000005, exactly as shown.');
    expect(dialog.textContent).toContain('Say why the record is being erased.');
    expect(fake.called('subjectAccess.erase')).toBe(0);

    fireEvent.change(reference, { target: { value: ' c-000005 ' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason for erasure/ }), { target: { value: 'Erasure request received by letter' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase permanently' }));
    await waitFor(() => expect(onErased).toHaveBeenCalledTimes(1));
    expect(fake.calls.filter((c) => c.channel === 'subjectAccess.erase').map((c) => c.input)).toEqual([{ householdId: 5, reason: 'Erasure request received by letter' }]);
  });

  it('keeps the dialog open with the reason when the server refuses', async () => {
    const fake = bridge();
    fake.on('subjectAccess.erase', () => fail('FORBIDDEN', 'This case is restricted to named workers. Ask a manager if you need to work on it.'));
    const onErased = vi.fn();
    renderSignedIn(<DataRightsTab record={RECORD} onChanged={() => undefined} onErased={onErased} />, sessionFor('manager'));
    fireEvent.click(screen.getByRole('button', { name: 'Erase this person' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase this person' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Type the case reference/ }), { target: { value: 'C-000005' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason for erasure/ }), { target: { value: 'Request by letter' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase permanently' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('restricted to named workers');
    expect(onErased).not.toHaveBeenCalled();
  });
});
