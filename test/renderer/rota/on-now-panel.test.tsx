// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OnNow, OnNowPerson } from '../../../src/shared/rota/schemas/on-now.schema';
import type { PhoneCall } from '../../../src/shared/rota/schemas/phone-log.schema';
import { OnNowPanel } from '../../../src/renderer/src/features/rota/home/OnNowPanel';
import { CallDialog } from '../../../src/renderer/src/features/oncall/CallDialog';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from '../setup';

/*
 * View tests with a fake bridge: the "On now" panel asks again by itself when its answer runs out
 * (the handover), and the call form checks its fields before calling the server.
 */

const person = (name: string, shift: string, startLocal: string, endLocal: string, sex: OnNowPerson['sex'] = 'female'): OnNowPerson => ({
  staffId: name.length,
  name,
  sex,
  shiftTypeId: shift.length,
  shiftTypeName: shift,
  start: `${startLocal}:00.000Z`,
  end: `${endLocal}:00.000Z`,
  startLocal,
  endLocal,
  contactNumber: null,
});

const grace = person('Grace Whitfield', 'Evening', '2026-11-12T17:00', '2026-11-12T22:00');
const nina = person('Nina Farouk', 'Waking night', '2026-11-12T22:00', '2026-11-13T08:00');
const mona = person('Mona Okafor', 'Manager on call', '2026-11-12T09:00', '2026-11-13T09:00');

const before: OnNow = {
  at: '2026-11-12T21:55:00.000Z',
  atLocal: '2026-11-12T21:55',
  office: [grace],
  phone: [grace],
  managerOnCall: [mona],
  femaleReachable: [grace, mona],
  maleReachable: [],
  nextHandover: { at: '2026-11-12T22:00:00.000Z', atLocal: '2026-11-12T22:00', coming: [nina], going: [grace] },
  gapsNow: [],
  gapsSoon: [],
  validUntil: '2026-11-12T22:00:00.000Z',
};
const after: OnNow = {
  ...before,
  at: '2026-11-12T22:00:01.000Z',
  atLocal: '2026-11-12T22:00',
  office: [nina],
  phone: [nina],
  femaleReachable: [nina, mona],
  nextHandover: { at: '2026-11-13T08:00:00.000Z', atLocal: '2026-11-13T08:00', coming: [], going: [nina] },
  validUntil: '2026-11-13T08:00:00.000Z',
};

afterEach(() => {
  vi.useRealTimers();
});

describe('On now panel', () => {
  it('changes at the handover without a reload: it asks again when its answer runs out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date(before.at));
    let answer = before;
    const bridge = installFakeBridge({ 'rota.onNow': () => ok(answer) });
    renderSignedIn(<OnNowPanel />, sessionFor('night_worker'));
    await act(async () => undefined);
    expect(screen.getAllByText('Grace Whitfield').length).toBeGreaterThan(0);
    expect(screen.getByText(/Next handover 22:00 \(in 5 min\)/)).toBeTruthy();
    expect(bridge.called('rota.onNow')).toBe(1);

    // Nothing is asked before the handover…
    answer = after;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4 * 60_000);
    });
    expect(bridge.called('rota.onNow')).toBe(1);
    expect(screen.getByText(/Next handover 22:00 \(in 1 min\)/)).toBeTruthy();
    // …and at it, the panel asks again and shows the night worker.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(61_000 + 1_000);
    });
    expect(bridge.called('rota.onNow')).toBe(2);
    expect(screen.getAllByText('Nina Farouk').length).toBeGreaterThan(0);
    expect(screen.queryByText('Grace Whitfield')).toBeNull();
    expect(screen.getByText(/Next handover Fri 08:00/)).toBeTruthy();
  });

  it('says plainly when nobody female can be reached', async () => {
    installFakeBridge({ 'rota.onNow': () => ok({ ...before, femaleReachable: [], gapsNow: [{ requirementId: 1, label: 'Female', start: before.at, end: before.validUntil, startLocal: '2026-11-12T21:00', endLocal: '2026-11-12T22:00', have: 0, need: 1, reason: 'no female worker reachable' }] }) });
    renderSignedIn(<OnNowPanel />, sessionFor('night_worker'));
    expect(await screen.findByText('Gap in cover now')).toBeTruthy();
    expect(screen.getByText('No female worker reachable, until 22:00')).toBeTruthy();
    expect(screen.getByText('No female worker reachable')).toBeTruthy();
  });
});

describe('call form', () => {
  it('asks who rang and what was done before calling the server, and defaults the time to now', async () => {
    const saved: PhoneCall[] = [];
    const bridge = installFakeBridge({
      'phoneLog.add': (input) => {
        const i = input as Partial<PhoneCall>;
        const c = { ...(i as PhoneCall), id: 1, at: '2026-11-21T03:10:00.000Z', loggedByName: 'Nina Farouk', loggedByUserId: 7, loggedAt: '2026-11-21T03:10:00.000Z', outOfHours: true, followUpClosedAt: null, followUpClosedByName: null, followUpClosedByUserId: null, followUpClosingNote: null };
        saved.push(c);
        return ok(c);
      },
    });
    renderSignedIn(<CallDialog opened onClose={() => undefined} onSaved={() => undefined} />, sessionFor('night_worker'));
    fireEvent.click(screen.getByRole('button', { name: 'Save call' }));
    expect(await screen.findByText('Choose who rang.')).toBeTruthy();
    expect(screen.getByText('This cannot be empty.')).toBeTruthy();
    expect(bridge.called('phoneLog.add')).toBe(0);

    fireEvent.click(screen.getByRole('radio', { name: 'New referral' }));
    fireEvent.change(screen.getByRole('textbox', { name: /What was done/ }), { target: { value: 'Took first details.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save call' }));
    // A new referral offers to start the referral with the call's details.
    expect(await screen.findByText(/This call was a new referral/)).toBeTruthy();
    expect(bridge.calls.find((c) => c.channel === 'phoneLog.add')!.input).not.toHaveProperty('at');
    expect(saved[0]!.callerType).toBe('new_referral');
  });
});
