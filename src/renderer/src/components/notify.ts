import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

/**
 * Shows a short notice (bottom right, clear of the header and dialogs). Mantine's close button has no accessible name by default,
 * so every notice goes through here to get one.
 */
export function notify(opts: { title: string; message: ReactNode; color?: 'green' | 'red' | 'blue'; autoClose?: number | false }): void {
  notifications.show({
    title: opts.title,
    message: opts.message,
    color: opts.color ?? 'blue',
    autoClose: opts.autoClose ?? 6000,
    closeButtonProps: { 'aria-label': 'Dismiss notice' },
  });
}
