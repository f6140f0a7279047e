import { Button, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { SignInInputSchema } from '../../../../shared/schemas/session';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { PasswordField } from '../../components/PasswordField';
import { applyServerError, focusFirstInvalid } from '../../components/form-errors';

/**
 * Username and password. A wrong username and a wrong password get the same message from the
 * server (BAD_CREDENTIALS), shown as it comes, never beside one field, which would say which of
 * the two was wrong.
 */
export function SignInForm({ onSignedIn }: { onSignedIn(): void }) {
  const form = useForm({ initialValues: { username: '', password: '' }, validate: schemaResolver(SignInInputSchema, { sync: true }) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const r = await call('session.signIn', values);
    setBusy(false);
    if (r.ok) {
      onSignedIn();
      return;
    }
    // The password is never left in the field after a failure.
    form.setFieldValue('password', '');
    if (r.error.code === 'BAD_CREDENTIALS' || r.error.code === 'THROTTLED') {
      setError(r.error.message || applyServerError(form, { ...r.error, fields: undefined }));
      // Straight back to the password to try again; the message is announced as an alert.
      passwordRef.current?.focus();
    } else {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
    }
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in">
      <Stack>
        <TextInput
          label="Username"
          required
          autoFocus
          // Nothing about the last person should be offered back by the browser.
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          {...form.getInputProps('username')}
        />
        <PasswordField label="Password" required autoComplete="current-password" ref={passwordRef} {...form.getInputProps('password')} />
        <FormError message={error} title="Not signed in" takeFocus={false} />
        <Button type="submit" size="lg" loading={busy}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
