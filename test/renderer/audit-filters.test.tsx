// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AuditFilters } from '../../src/renderer/src/features/audit/AuditFilters';
import { renderApp } from './setup';

const options = {
  userOptions: [{ value: '7', label: 'amira.k' }],
  actionOptions: [
    { value: 'lock', label: 'Locked' },
    { value: 'sign-in', label: 'Signed in' },
  ],
  entityOptions: [{ value: 'user', label: 'User account' }],
};

describe('audit log filters', () => {
  it('sends the chosen action, user and dates to the channel', async () => {
    const onApply = vi.fn();
    renderApp(<AuditFilters {...options} onApply={onApply} />);
    fireEvent.click(screen.getByRole('combobox', { name: 'Action' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Locked' }));
    fireEvent.click(screen.getByRole('combobox', { name: 'User' }));
    fireEvent.click(await screen.findByRole('option', { name: 'amira.k' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show entries' }));
    await waitFor(() => expect(onApply).toHaveBeenCalledWith({ action: 'lock', userId: 7, from: '2026-11-01', to: '2026-11-20' }));
  });

  it('sends the chosen record type to the channel, and only that', async () => {
    const onApply = vi.fn();
    renderApp(<AuditFilters {...options} entityOptions={[...options.entityOptions, { value: 'household', label: 'Household' }]} onApply={onApply} />);
    fireEvent.click(screen.getByRole('combobox', { name: 'Record type' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Household' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show entries' }));
    await waitFor(() => expect(onApply).toHaveBeenCalledWith({ entity: 'household' }));
  });

  it('refuses a "to" date before the "from" date', async () => {
    const onApply = vi.fn();
    renderApp(<AuditFilters {...options} onApply={onApply} />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-20' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show entries' }));
    expect(await screen.findByText('The “to” date is before the “from” date.')).toBeTruthy();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('clears every filter at once', () => {
    const onApply = vi.fn();
    renderApp(<AuditFilters {...options} onApply={onApply} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onApply).toHaveBeenCalledWith({});
  });
});
