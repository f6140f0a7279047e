// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST, type ChecklistDefinition } from '../../src/shared/cases/dash-checklist';
import { SettingsScreen } from '../../src/renderer/src/features/settings/SettingsScreen';
import { installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * The "Risk checklist wording" section of Settings as a view, with a fake bridge: who sees it, a
 * bad file explained beside the box without a call, a good one sent as it was pasted. The rules
 * themselves are tested against the real router in test/integration/cases/checklist-wording.test.ts.
 */

const LICENSED: ChecklistDefinition = { ...DEFAULT_CHECKLIST, id: 'harbour-licensed-2026', title: 'Harbour licensed checklist' };
const SETTINGS = { idleLockMinutes: 10, escalationIncidents: 3, escalationMonths: 12, orgName: 'Harbour Refuge', orgAddress: '', orgPhone: '', orgEmail: '' };

function bridge() {
  return installFakeBridge({
    'settings.get': () => ok(SETTINGS),
    'risk.checklist': () => ok(DEFAULT_CHECKLIST),
    'risk.checklistLoad': (input) => ok(JSON.parse((input as { json: string }).json) as ChecklistDefinition),
    'risk.checklistReset': () => ok(DEFAULT_CHECKLIST),
  });
}

describe('the risk checklist wording in Settings', () => {
  it('is shown to an administrator only', async () => {
    bridge();
    const admin = renderSignedIn(<SettingsScreen />, sessionFor('administrator'));
    expect(await screen.findByRole('heading', { name: 'Risk checklist wording' })).toBeTruthy();
    expect((await screen.findByRole('status')).textContent).toContain('shipped with Waymark');
    admin.unmount();
    renderSignedIn(<SettingsScreen />, sessionFor('manager'));
    expect(screen.getByRole('heading', { name: 'Your password' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Risk checklist wording' })).toBeNull();
  });

  it('explains a file that cannot be loaded beside the box, and sends nothing', async () => {
    const fake = bridge();
    renderSignedIn(<SettingsScreen />, sessionFor('administrator'));
    const box = await screen.findByLabelText('Checklist definition');
    const short = { ...LICENSED, groups: DEFAULT_CHECKLIST.groups.slice(0, 2) };
    fireEvent.change(box, { target: { value: JSON.stringify(short) } });
    fireEvent.click(screen.getByRole('button', { name: 'Load this checklist' }));
    expect(await screen.findByText(/Questions 18, 19, 20, 21, 22, 23, 24 are missing/)).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(fake.called('risk.checklistLoad')).toBe(0);
  });

  it('loads a good file, shows it in use, and offers the way back to the shipped checklist', async () => {
    const fake = bridge();
    renderSignedIn(<SettingsScreen />, sessionFor('administrator'));
    const json = JSON.stringify(LICENSED, null, 2);
    fireEvent.change(await screen.findByLabelText('Checklist definition'), { target: { value: json } });
    fireEvent.click(screen.getByRole('button', { name: 'Load this checklist' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Harbour licensed checklist (loaded, id harbour-licensed-2026)'));
    expect(fake.calls.find((c) => c.channel === 'risk.checklistLoad')?.input).toEqual({ json });
    fireEvent.click(screen.getByRole('button', { name: 'Go back to the shipped checklist' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Go back to the shipped checklist' }).at(-1)!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('shipped with Waymark'));
    expect(fake.called('risk.checklistReset')).toBe(1);
  });
});
