// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cleanNotifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../src/shared/cases/dash-checklist';
import type { Settings } from '../../src/shared/schemas/settings';
import { SettingsScreen } from '../../src/renderer/src/features/settings/SettingsScreen';
import { fail, installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * The potential-escalation rule ("N incidents in M months") on the Settings screen, as a view with
 * a fake bridge: administrators only, checked by the same schema as the router with the message
 * beside the field, and only what changed is sent. That the setting changes the flag is tested
 * against the real router in test/integration/cases/case-record.test.ts.
 */

const SETTINGS: Settings = { idleLockMinutes: 10, escalationIncidents: 3, escalationMonths: 12, orgName: 'Harbour Refuge', orgAddress: '', orgPhone: '', orgEmail: '' };

function bridge() {
  return installFakeBridge({
    'settings.get': () => ok(SETTINGS),
    'settings.update': (input) => ok({ ...SETTINGS, ...(input as Partial<Settings>) }),
    'risk.checklist': () => ok(DEFAULT_CHECKLIST),
  });
}

async function escalationFields() {
  const group = await screen.findByRole('group', { name: 'Potential escalation' });
  return {
    incidents: within(group).getByRole('textbox', { name: 'Incidents' }) as HTMLInputElement,
    months: within(group).getByRole('textbox', { name: 'Within (months)' }) as HTMLInputElement,
  };
}

/** The message Mantine shows under an input (it is the input's error description). */
function messageBeside(input: HTMLElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  return ids.length ? (document.getElementById(ids[0]!)?.textContent ?? null) : null;
}

describe('the potential-escalation rule in Settings', () => {
  // Notifications live in a store outside the rendered tree: start each test with none.
  beforeEach(() => cleanNotifications());

  it('shows an administrator the current rule and saves only what was changed', async () => {
    const fake = bridge();
    renderSignedIn(<SettingsScreen />, sessionFor('administrator'));
    const { incidents, months } = await escalationFields();
    expect([incidents.value, months.value]).toEqual(['3', '12']);
    fireEvent.change(incidents, { target: { value: '4' } });
    fireEvent.change(months, { target: { value: '18' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(fake.called('settings.update')).toBe(1));
    expect(fake.calls.find((c) => c.channel === 'settings.update')!.input).toEqual({ escalationIncidents: 4, escalationMonths: 18 });
    expect(await screen.findByText('Settings saved')).toBeTruthy();
    expect([incidents.value, months.value]).toEqual(['4', '18']);
  });

  it('refuses numbers outside the rule’s range beside each field, and sends nothing', async () => {
    const fake = bridge();
    renderSignedIn(<SettingsScreen />, sessionFor('administrator'));
    const { incidents, months } = await escalationFields();
    fireEvent.change(incidents, { target: { value: '1' } });
    fireEvent.change(months, { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(messageBeside(incidents)).toBe('At least 2 incidents.'));
    expect(messageBeside(months)).toBe('At most 36 months.');
    expect(incidents.getAttribute('aria-invalid')).toBe('true');
    expect(fake.called('settings.update')).toBe(0);
  });

  it('asks for a number when a field is left empty, and sends nothing', async () => {
    const fake = bridge();
    renderSignedIn(<SettingsScreen />, sessionFor('administrator'));
    const { months } = await escalationFields();
    fireEvent.change(months, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(messageBeside(months)).toBe('Enter the number of months.'));
    expect(fake.called('settings.update')).toBe(0);
  });

  it('puts the router’s refusal beside the field it names', async () => {
    const fake = bridge();
    fake.on('settings.update', () => fail('INVALID_INPUT', 'Check the highlighted fields.', { escalationIncidents: 'At most 20 incidents.' }));
    renderSignedIn(<SettingsScreen />, sessionFor('administrator'));
    const { incidents } = await escalationFields();
    fireEvent.change(incidents, { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(messageBeside(incidents)).toBe('At most 20 incidents.'));
    expect(fake.called('settings.update')).toBe(1);
    expect(screen.queryByText('Settings saved')).toBeNull();
    expect(screen.queryByText('Settings not saved')).toBeNull();
  });

  it('is not offered to a manager or a support worker (the router refuses them too)', async () => {
    for (const role of ['manager', 'support_worker'] as const) {
      const fake = bridge();
      const view = renderSignedIn(<SettingsScreen />, sessionFor(role));
      expect(await screen.findByRole('heading', { name: 'Locking' })).toBeTruthy();
      expect(screen.queryByRole('group', { name: 'Potential escalation' })).toBeNull();
      expect(screen.queryByRole('textbox', { name: 'Incidents' })).toBeNull();
      expect(fake.called('settings.get')).toBe(0);
      view.unmount();
    }
  });
});
