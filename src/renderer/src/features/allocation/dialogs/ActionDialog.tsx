import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormError } from '../../../components/FormError';
import { BADGE } from '../labels';

/** Props for ActionDialog. */
export interface ActionDialogProps {
  title: string;
  opened: boolean;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  danger?: boolean;
  /** The server asked for a justification: show the override box (managers only reach it). */
  overrideAsked?: boolean;
  justification?: string;
  onJustification?(value: string): void;
  onConfirm(): void;
  onClose(): void;
}

/**
 * The frame of every board action: a form in a modal, the reason it failed (focused, read out),
 * and — when the unit does not suit the household — a box for the manager's written
 * justification. Enter submits; Escape and Cancel close without changing anything.
 */
export function ActionDialog(p: ActionDialogProps) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    p.onConfirm();
  };
  return (
    <Modal opened={p.opened} onClose={p.onClose} title={p.title} centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label={p.title}>
        <Stack>
          {p.children}
          <FormError message={p.error} title={p.overrideAsked ? 'This unit does not suit them' : 'Nothing was changed'} />
          {p.overrideAsked && p.onJustification && (
            <Textarea
              label="Why this unit is right despite the reasons"
              description="A manager may place them anyway. Your reason is kept with the booking and in the audit log."
              autosize
              minRows={3}
              required
              value={p.justification ?? ''}
              onChange={(e) => p.onJustification!(e.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={p.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={p.busy} color={p.danger ? BADGE.red : undefined}>
              {p.overrideAsked ? `${p.confirmLabel} anyway` : p.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
