import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { AuthFrame } from '../../components/AuthFrame';
import { ThemeSwitch } from '../../app/theme/ThemeSwitch';
import { RecoverForm } from './RecoverForm';
import { SignInForm } from './SignInForm';

/**
 * The sign-in screen, which is also the lock screen. It shows nothing about any person or the
 * organisation: not the last user's name, not whose session was locked.
 */
export function SignInScreen({ locked, onSignedIn }: { locked: boolean; onSignedIn(): void }) {
  const [recovering, setRecovering] = useState(false);

  if (recovering) {
    return (
      <AuthFrame title="Use the recovery key" width={560} intro="Set a new password for an administrator account.">
        <RecoverForm onRecovered={onSignedIn} onCancel={() => setRecovering(false)} />
      </AuthFrame>
    );
  }

  return (
    <AuthFrame
      title={locked ? 'Waymark is locked' : 'Sign in to Waymark'}
      intro={locked ? 'Sign in to continue. Anyone on shift can sign in here.' : 'Sign in with your own account.'}
      focusHeading={false}
      aside={
        <Stack gap="md" align="center">
          <Button variant="subtle" onClick={() => setRecovering(true)}>
            Forgotten password? Use the recovery key
          </Button>
          <Text size="sm" ta="center">
            Staff who have forgotten their password: ask an administrator to reset it.
          </Text>
          <Group gap="xs">
            <Text size="sm" aria-hidden="true">
              Theme
            </Text>
            <ThemeSwitch />
          </Group>
        </Stack>
      }
    >
      <SignInForm onSignedIn={onSignedIn} />
    </AuthFrame>
  );
}
