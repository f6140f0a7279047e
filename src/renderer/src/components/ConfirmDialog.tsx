import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormError } from './FormError';

/** Props for ConfirmDialog. */
export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in plain words; say if it cannot be undone. */
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button for actions that cannot be undone. */
  danger?: boolean;
  busy?: boolean;
  /** A failure to show inside the dialog (the dialog stays open so the person can read it). */
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks before an action that matters. "Cancel" has the focus first, so a stray Enter at 3 a.m.
 * does nothing harmful.
 */
export function ConfirmDialog({ opened, title, children, confirmLabel, danger, busy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        <FormError message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button color={danger ? 'red' : undefined} loading={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
