// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../src/shared/schemas/audit';
import type { User } from '../../src/shared/schemas/users';
import { useActivityTouch } from '../../src/renderer/src/app/use-activity-touch';
import { AuditScreen } from '../../src/renderer/src/features/audit/AuditScreen';
import { RecoverySheet } from '../../src/renderer/src/features/setup/RecoverySheet';
import { SetupScreen } from '../../src/renderer/src/features/setup/SetupScreen';
import { UsersScreen } from '../../src/renderer/src/features/users/UsersScreen';
import { fail, installFakeBridge, ok, renderApp, renderSignedIn, sessionFor } from './setup';

const user = (id: number, displayName: string, role: User['role'], extra: Partial<User> = {}): User => ({
  id,
  username: displayName.toLowerCase().replace(/\s+/g, '.'),
  displayName,
  role,
  active: true,
  mustChangePassword: false,
  createdAt: '2026-11-01T09:00:00.000Z',
  lastSignInAt: null,
  ...extra,
});

describe('recovery sheet', () => {
  it('shows the key in groups and will not continue until the person confirms they have it', () => {
    installFakeBridge();
    const onContinue = vi.fn();
    renderApp(<RecoverySheet recoveryKey="ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789" orgName="Harbour Refuge" createdAt={new Date('2026-11-20T10:00:00Z')} onContinue={onContinue} />);
    const key = screen.getByRole('group', { name: 'Recovery key' });
    expect(within(key).getAllByText(/^[0-9A-Z]{4}$/)).toHaveLength(8);
    expect(screen.getByText('Keep this sheet in the office safe. Anyone with it and this computer can open every record.')).toBeTruthy();
    expect(screen.getByText(/Friday 20 November 2026/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).not.toHaveBeenCalled();
    expect(screen.getByText(/Tick this once the key is printed/)).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'I have printed or written down the recovery key' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledOnce();
  });
});

describe('set-up screen', () => {
  it('checks the form with the set-up schema before calling the server', async () => {
    const bridge = installFakeBridge();
    renderApp(<SetupScreen onCreated={() => undefined} />);
    fireEvent.change(screen.getByLabelText(/^Password(?! again)/), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create and continue' }));
    expect(await screen.findByText('Enter the organisation’s name.')).toBeTruthy();
    expect(screen.getByText(/Use at least 12 characters/)).toBeTruthy();
    expect(bridge.called('setup.create')).toBe(0);
  });

  it('shows a server field error (a common password) beside its field', async () => {
    installFakeBridge({
      'setup.create': () => fail('WEAK_PASSWORD', 'That password is on a list of commonly used passwords. Choose another.', { password: 'That password is on a list of commonly used passwords. Choose another.' }),
    });
    renderApp(<SetupScreen onCreated={() => undefined} />);
    fireEvent.change(screen.getByLabelText(/^Organisation name/), { target: { value: 'Harbour Refuge' } });
    fireEvent.change(screen.getByLabelText(/^Username/), { target: { value: 'amira.k' } });
    fireEvent.change(screen.getByLabelText(/^Display name/), { target: { value: 'Amira Khan' } });
    fireEvent.change(screen.getByLabelText(/^Password(?! again)/), { target: { value: 'passwordpassword' } });
    fireEvent.change(screen.getByLabelText(/^Password again/), { target: { value: 'passwordpassword' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create and continue' }));
    const input = screen.getByLabelText(/^Password(?! again)/);
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    const texts = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toContain('That password is on a list of commonly used passwords. Choose another.');
    expect(screen.queryByRole('alert', { name: /did not work/ })).toBeNull();
  });
});

describe('users screen', () => {
  it('shows LAST_ADMIN plainly when the last administrator would lose the role', async () => {
    const message = 'Amira Khan is the last active administrator and cannot be given the manager role. Make someone else an administrator first.';
    installFakeBridge({ 'users.list': () => ok([user(7, 'Amira Khan', 'administrator'), user(8, 'Bea Lewis', 'support_worker')]), 'users.setRole': () => fail('LAST_ADMIN', message) });
    renderSignedIn(<UsersScreen />, sessionFor('administrator'));
    fireEvent.click(await screen.findByRole('button', { name: 'Actions for Amira Khan' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Change role…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change role' });
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Manager/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save role' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(message);
  });

  it('asks before deactivating, explaining the person can never sign in again', async () => {
    const bridge = installFakeBridge({
      'users.list': () => ok([user(7, 'Amira Khan', 'administrator'), user(8, 'Bea Lewis', 'support_worker')]),
      'users.deactivate': () => ok(user(8, 'Bea Lewis', 'support_worker', { active: false })),
    });
    renderSignedIn(<UsersScreen />, sessionFor('administrator'));
    fireEvent.click(await screen.findByRole('button', { name: 'Actions for Bea Lewis' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Deactivate…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate this account?' });
    expect(dialog.textContent).toContain('will never be able to sign in again');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(bridge.called('users.deactivate')).toBe(0);
  });

  it('hides names and usernames in discreet mode', async () => {
    installFakeBridge({ 'users.list': () => ok([user(7, 'Amira Khan', 'administrator')]) });
    const { container } = renderSignedIn(<UsersScreen />, sessionFor('administrator', { discreet: true }));
    await screen.findByRole('table', { name: 'Staff accounts' });
    expect(container.textContent).not.toMatch(/amira|khan/i);
  });
});

describe('audit log screen', () => {
  const entries = (from: number, count: number): AuditEntry[] =>
    Array.from({ length: count }, (_, i) => ({ id: from - i, at: '2026-11-20T10:00:00.000Z', userId: 7, username: 'amira.k', action: 'sign-in', entity: 'user', entityId: '7', detail: null }));

  it('loads older entries with beforeId, and reports the integrity check', async () => {
    const bridge = installFakeBridge({
      'audit.list': (input) => {
        const q = input as { beforeId?: number };
        return ok(q.beforeId ? entries(q.beforeId - 1, 3) : entries(250, 100));
      },
      'audit.verify': () => ok({ ok: true, rows: 250, firstBrokenId: null, message: 'Every link checks out.' }),
    });
    renderSignedIn(<AuditScreen />, sessionFor('manager'));
    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getByText(/Showing 103 entries/)).toBeTruthy());
    const more = bridge.calls.filter((c) => c.channel === 'audit.list')[1]!.input as { beforeId: number };
    expect(more.beforeId).toBe(151);
    // A manager may not list users: the screen does not try.
    expect(bridge.called('users.list')).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Check integrity' }));
    expect(await screen.findByText('The audit log is intact')).toBeTruthy();
    expect(screen.getByText(/250 entries checked/)).toBeTruthy();
  });
});

describe('idle timer', () => {
  it('tells the main process about activity at most once every 30 seconds', () => {
    const bridge = installFakeBridge();
    let now = 1_000_000;
    const clock = () => now;
    function Probe() {
      useActivityTouch(clock);
      return null;
    }
    renderApp(<Probe />);
    act(() => {
      fireEvent.keyDown(window, { key: 'a' });
      fireEvent.pointerDown(window);
    });
    expect(bridge.called('session.touch')).toBe(1);
    now += 29_000;
    fireEvent.keyDown(window, { key: 'b' });
    expect(bridge.called('session.touch')).toBe(1);
    now += 2_000;
    fireEvent.pointerDown(window);
    expect(bridge.called('session.touch')).toBe(2);
  });
});
