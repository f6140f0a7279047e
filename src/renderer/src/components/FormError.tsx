import { Alert } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * The message for a failed form submission that is not about one field (wrong password, last
 * administrator, throttled…). Announced by screen readers (role="alert") and focused so a
 * keyboard user lands on it.
 */
export function FormError({
  message,
  title = 'That did not work',
  takeFocus = true,
}: {
  message: string | null | undefined;
  title?: string;
  /** False when the form puts focus somewhere more useful itself (sign-in: the password field). */
  takeFocus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message && takeFocus) ref.current?.focus();
  }, [message, takeFocus]);
  if (!message) return null;
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" title={title} role="alert" className="wm-focus-target">
      {message}
    </Alert>
  );
}
