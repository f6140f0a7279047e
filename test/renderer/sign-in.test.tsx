// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignInScreen } from '../../src/renderer/src/features/signin/SignInScreen';
import { fail, installFakeBridge, ok, renderApp, sessionFor } from './setup';

const BAD = 'That username or password is not right.';

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText(/^Username/), { target: { value: username } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in screen', () => {
  it('shows field errors from the shared schema and does not call the server for an empty password', async () => {
    const bridge = installFakeBridge();
    renderApp(<SignInScreen locked={false} onSignedIn={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your password.')).toBeTruthy();
    expect(screen.getByLabelText(/^Password/).getAttribute('aria-invalid')).toBe('true');
    expect(bridge.called('session.signIn')).toBe(0);
  });

  it('gives the same message, beside neither field, for a wrong username and a wrong password', async () => {
    const bridge = installFakeBridge({ 'session.signIn': () => fail('BAD_CREDENTIALS', BAD) });
    renderApp(<SignInScreen locked={false} onSignedIn={() => undefined} />);

    fillAndSubmit('nobody', 'whatever-password');
    const first = (await screen.findByRole('alert')).textContent;
    fillAndSubmit('amira.k', 'wrong-password-here');
    await waitFor(() => expect(bridge.called('session.signIn')).toBe(2));
    const second = (await screen.findByRole('alert')).textContent;

    expect(first).toContain(BAD);
    expect(second).toBe(first);
    expect(screen.getByLabelText(/^Username/).getAttribute('aria-invalid')).not.toBe('true');
    // The password is cleared after a failure.
    expect((screen.getByLabelText(/^Password/) as HTMLInputElement).value).toBe('');
  });

  it('shows how long to wait when throttled', async () => {
    installFakeBridge({ 'session.signIn': () => fail('THROTTLED', 'Too many attempts. Wait 16 seconds before trying again.') });
    renderApp(<SignInScreen locked={false} onSignedIn={() => undefined} />);
    fillAndSubmit('amira.k', 'some-password-1');
    expect((await screen.findByRole('alert')).textContent).toContain('Wait 16 seconds');
  });

  it('tells the parent once signed in', async () => {
    installFakeBridge({ 'session.signIn': () => ok(sessionFor('manager')) });
    let signedIn = false;
    renderApp(<SignInScreen locked={false} onSignedIn={() => (signedIn = true)} />);
    fillAndSubmit('amira.k', 'correct-horse-battery');
    await waitFor(() => expect(signedIn).toBe(true));
  });

  it('as the lock screen, says Waymark is locked and names nobody', () => {
    installFakeBridge();
    const { container } = renderApp(<SignInScreen locked onSignedIn={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Waymark is locked' })).toBeTruthy();
    expect((screen.getByLabelText(/^Username/) as HTMLInputElement).value).toBe('');
    expect(container.textContent).not.toMatch(/Amira|amira/);
  });

  it('offers the recovery key path, which checks the two new passwords match', async () => {
    const bridge = installFakeBridge();
    renderApp(<SignInScreen locked={false} onSignedIn={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forgotten password? Use the recovery key' }));
    fireEvent.change(screen.getByLabelText(/^Recovery key/), { target: { value: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789' } });
    fireEvent.change(screen.getByLabelText(/^Administrator’s username/), { target: { value: 'amira.k' } });
    fireEvent.change(screen.getByLabelText(/^New password(?! again)/), { target: { value: 'lantern-orchard-pebble' } });
    fireEvent.change(screen.getByLabelText(/^New password again/), { target: { value: 'lantern-orchard-pebbles' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(await screen.findByText('The two passwords do not match.')).toBeTruthy();
    expect(bridge.called('session.recover')).toBe(0);
  });
});
