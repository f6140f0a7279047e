import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { z } from 'zod';
import { FormError } from '../../../components/FormError';

/** Props for DialogFrame. */
export interface DialogFrameProps {
  title: string;
  opened: boolean;
  children?: ReactNode;
  /** The submit button's words; omit for a dialog that only shows something. */
  confirmLabel?: string;
  busy?: boolean;
  error?: string | null;
  errorTitle?: string;
  danger?: boolean;
  size?: string;
  /** Words for the button that closes without saving. */
  cancelLabel?: string;
  /** Buttons shown after Cancel (a dialog's own actions when it is not a plain form). */
  extraActions?: ReactNode;
  onConfirm?(): void;
  onClose(): void;
}

/**
 * The frame of every rota and on-call dialog: a form in a modal, the reason it failed (focused and
 * read out), Cancel and the action. Enter in a field submits; Escape and Cancel change nothing.
 */
export function DialogFrame(p: DialogFrameProps) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    p.onConfirm?.();
  };
  return (
    <Modal opened={p.opened} onClose={p.onClose} title={p.title} centered size={p.size ?? 'lg'} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label={p.title}>
        <Stack>
          {p.children}
          <FormError message={p.error} title={p.errorTitle ?? 'Nothing was changed'} />
          <Group justify="flex-end">
            <Button variant="default" onClick={p.onClose}>
              {p.cancelLabel ?? 'Cancel'}
            </Button>
            {p.extraActions}
            {p.confirmLabel && (
              <Button type="submit" loading={p.busy} color={p.danger ? 'red.8' : undefined}>
                {p.confirmLabel}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The first message per field of a failed zod parse, keyed by the top-level field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_form');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
