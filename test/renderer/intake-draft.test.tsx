// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../src/shared/schemas/session';
import { AppGate } from '../../src/renderer/src/app/AppGate';
import { installFakeBridge, ok, renderApp, sessionFor } from './setup';

/*
 * Draft safety on the intake form: what a worker typed a moment before locking (Ctrl+L or the
 * Lock button) or closing the window is saved then, not a second later when the database is
 * already closed. The drafts themselves are tested against the real router in
 * test/integration/cases/case-record.test.ts and end to end in test/e2e/cases.spec.ts.
 */

const STATUS: AppStatus = { setUp: true, locked: false, session: sessionFor('night_worker'), orgName: 'Harbour Refuge', idleLockMinutes: 10 };

async function typingAReferral() {
  const bridge = installFakeBridge({
    'app.status': () => ok(STATUS),
    'drafts.get': () => ok(null),
    'drafts.save': () => ok({ done: true }),
    'session.lock': () => ok({ done: true }),
    'session.signOut': () => ok({ done: true }),
  });
  renderApp(<AppGate />);
  const nav = await screen.findByRole('navigation', { name: 'Sections' });
  fireEvent.click(within(nav).getByRole('button', { name: /Referrals & cases/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'New referral' }));
  const form = await screen.findByRole('form', { name: 'New referral' });
  await waitFor(() => expect(bridge.called('drafts.get')).toBe(1));
  // Let the (empty) draft's answer land before typing, as a person's first key press would.
  await act(async () => undefined);
  fireEvent.change(within(form).getByRole('textbox', { name: /^Name/ }), { target: { value: 'Typed just now' } });
  const sent = () => bridge.calls.map((c) => (c.channel === 'drafts.save' ? `save:${(JSON.parse((c.input as { payload: string }).payload) as { name: string }).name}` : c.channel));
  return { bridge, sent };
}

describe('the intake draft when the session ends', () => {
  it('is saved with the last words typed before Ctrl+L locks', async () => {
    const { sent } = await typingAReferral();
    fireEvent.keyDown(window, { key: 'l', code: 'KeyL', ctrlKey: true });
    await waitFor(() => expect(sent()).toContain('session.lock'));
    const order = sent();
    expect(order.indexOf('save:Typed just now')).toBeGreaterThan(-1);
    expect(order.indexOf('save:Typed just now')).toBeLessThan(order.indexOf('session.lock'));
  });

  it('is saved before the Lock button locks', async () => {
    const { sent } = await typingAReferral();
    fireEvent.click(screen.getByRole('button', { name: /^Lock/ }));
    await waitFor(() => expect(sent()).toContain('session.lock'));
    expect(sent().indexOf('save:Typed just now')).toBeLessThan(sent().indexOf('session.lock'));
    expect(sent().indexOf('save:Typed just now')).toBeGreaterThan(-1);
  });

  it('is saved at once when the window is closed', async () => {
    const { sent } = await typingAReferral();
    window.dispatchEvent(new Event('pagehide'));
    expect(sent()).toContain('save:Typed just now');
  });
});
