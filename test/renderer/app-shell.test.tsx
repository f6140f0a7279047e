// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppStatus, SessionInfo } from '../../src/shared/schemas/session';
import { AppGate } from '../../src/renderer/src/app/AppGate';
import { installFakeBridge, ok, renderApp, sessionFor } from './setup';

function status(session: SessionInfo | null, extra: Partial<AppStatus> = {}): AppStatus {
  return { setUp: true, locked: false, session, orgName: session ? 'Harbour Refuge' : null, idleLockMinutes: 10, ...extra };
}

async function signedInAs(role: SessionInfo['role'], extra: Partial<SessionInfo> = {}) {
  const bridge = installFakeBridge({
    'app.status': () => ok(status(sessionFor(role, extra))),
    'users.list': () => ok([]),
    'audit.list': () => ok([]),
    'settings.get': () => ok({ idleLockMinutes: 10, orgName: 'Harbour Refuge', orgAddress: '', orgPhone: '', orgEmail: '' }),
    'session.lock': () => ok({ done: true }),
  });
  renderApp(<AppGate />);
  const nav = await screen.findByRole('navigation', { name: 'Sections' });
  return { bridge, nav };
}

const altDigit = (d: number) => fireEvent.keyDown(window, { key: String(d), code: `Digit${d}`, altKey: true });

describe('app shell navigation by role', () => {
  it('hides Users and Audit log from a support worker', async () => {
    const { nav } = await signedInAs('support_worker');
    expect(within(nav).getByRole('button', { name: /Home/ })).toBeTruthy();
    expect(within(nav).queryByRole('button', { name: /Users/ })).toBeNull();
    expect(within(nav).queryByRole('button', { name: /Audit log/ })).toBeNull();
    expect(within(nav).queryByText('Administration')).toBeNull();
  });

  it('shows a manager the audit log but not user management', async () => {
    const { nav } = await signedInAs('manager');
    expect(within(nav).getByRole('button', { name: /Audit log/ })).toBeTruthy();
    expect(within(nav).queryByRole('button', { name: /Users/ })).toBeNull();
  });

  it('shows an administrator both', async () => {
    const { nav } = await signedInAs('administrator');
    expect(within(nav).getByRole('button', { name: /Users/ })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: /Audit log/ })).toBeTruthy();
  });

  it('gives a support worker who presses Alt+6 the no-access screen, without ever calling users.list', async () => {
    const { bridge } = await signedInAs('support_worker');
    altDigit(6);
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this" })).toBeTruthy();
    expect(bridge.called('users.list')).toBe(0);
  });

  it('opens Users for an administrator with Alt+6, and marks it as the current page', async () => {
    const { bridge, nav } = await signedInAs('administrator');
    altDigit(6);
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: /Users/ }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(bridge.called('users.list')).toBe(1));
  });
});

describe('shortcuts', () => {
  it('Ctrl+L locks, even while typing in a field', async () => {
    const { bridge } = await signedInAs('night_worker');
    altDigit(8);
    const field = await screen.findByLabelText(/^Current password/);
    fireEvent.keyDown(field, { key: 'l', code: 'KeyL', ctrlKey: true });
    await waitFor(() => expect(bridge.called('session.lock')).toBe(1));
  });

  it('the Lock button locks too', async () => {
    const { bridge } = await signedInAs('night_worker');
    fireEvent.click(screen.getByRole('button', { name: 'Lock (Ctrl+L)' }));
    await waitFor(() => expect(bridge.called('session.lock')).toBe(1));
  });

  it('F1 opens the help panel listing the shortcuts', async () => {
    await signedInAs('support_worker');
    fireEvent.keyDown(window, { key: 'F1', code: 'F1' });
    const dialog = await screen.findByRole('dialog', { name: 'Help' });
    expect(within(dialog).getByText('Lock Waymark now (anyone can then sign in)')).toBeTruthy();
    expect(within(dialog).getByText('Go to Home')).toBeTruthy();
    // Only the sections this role can open are listed.
    expect(within(dialog).queryByText('Go to Users')).toBeNull();
  });

  it('"?" opens help, but not while typing in a field', async () => {
    await signedInAs('manager');
    altDigit(8);
    const field = await screen.findByLabelText(/^Current password/);
    fireEvent.keyDown(field, { key: '?', code: 'Slash', shiftKey: true });
    expect(screen.queryByRole('dialog', { name: 'Help' })).toBeNull();
    fireEvent.keyDown(document.body, { key: '?', code: 'Slash', shiftKey: true });
    expect(await screen.findByRole('dialog', { name: 'Help' })).toBeTruthy();
  });
});

describe('choosing the first screen', () => {
  it('shows set-up on a computer with no Waymark records', async () => {
    installFakeBridge({ 'app.status': () => ok(status(null, { setUp: false })) });
    renderApp(<AppGate />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up Waymark' })).toBeTruthy();
  });

  it('shows the lock screen after a lock, naming nobody', async () => {
    installFakeBridge({ 'app.status': () => ok(status(null, { locked: true })) });
    const { container } = renderApp(<AppGate />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Waymark is locked' })).toBeTruthy();
    expect(container.textContent).not.toContain('Harbour');
  });

  it('shows only the change-password screen to someone with a temporary password', async () => {
    installFakeBridge({ 'app.status': () => ok(status(sessionFor('support_worker', { mustChangePassword: true }))) });
    renderApp(<AppGate />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose your own password' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('puts discreet mode on every name, the header included', async () => {
    await signedInAs('administrator', { discreet: true });
    expect(screen.getByTestId('signed-in-name').textContent).toBe('A.K.');
    expect(document.body.textContent).not.toContain('Amira');
  });
});
