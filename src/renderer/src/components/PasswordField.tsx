import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useId } from 'react';

/**
 * Mantine's PasswordInput, with its description and error tied to the input for screen readers.
 * (Mantine 9 renders both but sets neither aria-describedby nor aria-invalid on the password
 * input itself, so the password rule and "do not match" would go unheard.)
 */
export function PasswordField({ id, error, description, ...props }: PasswordInputProps) {
  const generated = useId();
  const inputId = id ?? `pw-${generated.replace(/:/g, '')}`;
  const describedBy = [description ? `${inputId}-description` : null, error ? `${inputId}-error` : null].filter(Boolean).join(' ');
  return (
    <PasswordInput
      id={inputId}
      error={error}
      description={description}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      {...props}
    />
  );
}
