// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import type { PossibleMatchSchema } from '../../src/shared/cases/schemas/referral';
import { IntakeForm } from '../../src/renderer/src/features/cases/intake/IntakeForm';
import { toLocalInput } from '../../src/renderer/src/features/cases/intake/intake-values';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * The intake form as a view, with a fake bridge: bad input is explained beside the field it is
 * about and nothing is sent; a possible returning person is offered for linking, and linking sends
 * the earlier household. The same rules are tested against the real router in
 * test/integration/cases/case-record.test.ts and intake.test.ts.
 */

type Match = z.infer<typeof PossibleMatchSchema>;

const EARLIER: Match = {
  householdId: 42,
  displayName: 'Amira Haddad',
  dateOfBirth: '1990-04-02',
  references: ['C-000042/1'],
  lastReceivedAt: '2025-03-01T10:00:00.000Z',
  matchedOn: 'name_and_date_of_birth',
  restricted: false,
};

function bridge(matches: Match[] = []) {
  return installFakeBridge({
    'drafts.get': () => ok(null),
    'drafts.save': () => ok({ done: true }),
    'drafts.discard': () => ok({ done: true }),
    'referrals.matches': () => ok(matches),
    'referrals.create': (input) => ok({ referralId: 7, householdId: (input as { linkHouseholdId: number | null }).linkHouseholdId ?? 99, reference: 'C-000099/1' }),
  });
}

async function intake(matches: Match[] = []) {
  const fake = bridge(matches);
  const onSaved = vi.fn();
  const user = userEvent.setup();
  renderSignedIn(<IntakeForm onSaved={onSaved} onCancel={() => undefined} />, sessionFor('night_worker'));
  const form = await screen.findByRole('form', { name: 'New referral' });
  await waitFor(() => expect(fake.called('drafts.get')).toBe(1));
  const field = (name: RegExp) => within(form).getByRole('textbox', { name }) as HTMLInputElement;
  fireEvent.change(within(form).getByRole('combobox', { name: /^Source/ }), { target: { value: 'self' } });
  return { fake, onSaved, user, form, field };
}

/** The message Mantine shows under an input (the input's error description). */
function messageBeside(input: HTMLElement): string | null {
  const id = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).find((x) => x.endsWith('-error'));
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

const save = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Save referral' }));

describe('the intake form refuses bad input beside the field', () => {
  it('a received time in the future: the message is beside "Received" and nothing is saved', async () => {
    const { fake, onSaved, user, form, field } = await intake();
    fireEvent.change(field(/^Name/), { target: { value: 'Amira Haddad' } });
    const received = within(form).getByLabelText(/^Received/) as HTMLInputElement;
    fireEvent.change(received, { target: { value: toLocalInput(new Date(Date.now() + 2 * 86_400_000)) } });
    await save(user);
    await waitFor(() => expect(messageBeside(received)).toBe('The time received cannot be in the future.'));
    expect(received.getAttribute('aria-invalid')).toBe('true');
    expect(fake.called('referrals.create')).toBe(0);
    expect(fake.called('referrals.matches')).toBe(0);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('a name of 201 characters: the message is beside "Name" and nothing is saved; 200 is kept exactly', async () => {
    const { fake, onSaved, user, field } = await intake();
    const name = field(/^Name/);
    fireEvent.change(name, { target: { value: 'é'.repeat(201) } });
    await save(user);
    await waitFor(() => expect(messageBeside(name)).toBe('Names are at most 200 characters.'));
    expect(fake.called('referrals.create')).toBe(0);
    expect(onSaved).not.toHaveBeenCalled();

    fireEvent.change(name, { target: { value: 'é'.repeat(200) } });
    await save(user);
    await waitFor(() => expect(fake.called('referrals.create')).toBe(1));
    expect((fake.calls.find((c) => c.channel === 'referrals.create')!.input as { name: string }).name).toBe('é'.repeat(200));
    expect(onSaved).toHaveBeenCalledWith(99);
  });

  it('a date of birth in the future: the message is beside "Date of birth" and nothing is saved', async () => {
    const { fake, user, form, field } = await intake();
    fireEvent.change(field(/^Name/), { target: { value: 'Amira Haddad' } });
    const dob = within(form).getByLabelText(/^Date of birth/) as HTMLInputElement;
    fireEvent.change(dob, { target: { value: toLocalInput(new Date(Date.now() + 3 * 86_400_000)).slice(0, 10) } });
    await save(user);
    await waitFor(() => expect(messageBeside(dob)).toBe('The date of birth cannot be in the future.'));
    expect(fake.called('referrals.create')).toBe(0);
  });
});

describe('a possible returning person', () => {
  async function typedKnownPerson(matches: Match[]) {
    const s = await intake(matches);
    fireEvent.change(s.field(/^Name/), { target: { value: 'amira haddad' } });
    fireEvent.change(within(s.form).getByLabelText(/^Date of birth/), { target: { value: '1990-04-02' } });
    await save(s.user);
    const dialog = await screen.findByRole('dialog', { name: 'This may be someone already known' });
    return { ...s, dialog };
  }

  it('offers to link to the earlier household, and linking sends that household', async () => {
    const { fake, onSaved, user, dialog } = await typedKnownPerson([EARLIER]);
    expect(fake.calls.find((c) => c.channel === 'referrals.matches')!.input).toEqual({ name: 'amira haddad', alias: '', dateOfBirth: '1990-04-02' });
    expect(fake.called('referrals.create')).toBe(0);
    const link = within(dialog).getByRole('radio', { name: /^Link to this earlier record: Amira Haddad \(C-000042\/1, born 1990-04-02/ }) as HTMLInputElement;
    expect(link.checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Save referral' }));
    await waitFor(() => expect(fake.called('referrals.create')).toBe(1));
    expect(fake.calls.find((c) => c.channel === 'referrals.create')!.input).toMatchObject({ name: 'amira haddad', dateOfBirth: '1990-04-02', linkHouseholdId: 42 });
    expect(onSaved).toHaveBeenCalledWith(42);
  });

  it('makes a new record instead when the worker chooses that', async () => {
    const { fake, onSaved, user, dialog } = await typedKnownPerson([EARLIER]);
    await user.click(within(dialog).getByRole('radio', { name: 'A new record' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save referral' }));
    await waitFor(() => expect(fake.called('referrals.create')).toBe(1));
    expect(fake.calls.find((c) => c.channel === 'referrals.create')!.input).toMatchObject({ linkHouseholdId: null });
    expect(onSaved).toHaveBeenCalledWith(99);
  });

  it('does not offer a restricted earlier record for linking, only says that one exists', async () => {
    const { dialog } = await typedKnownPerson([{ ...EARLIER, householdId: 43, displayName: 'Restricted case', dateOfBirth: null, references: [], lastReceivedAt: '', restricted: true }]);
    expect(within(dialog).getByText('A restricted earlier record exists. Ask a manager before linking to it.')).toBeTruthy();
    expect(within(dialog).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['new']);
  });
});
