import { Button, Group, Stack, Text } from '@mantine/core';
import { useSession } from '../../app/session';
import { useActivityTouch } from '../../app/use-activity-touch';
import { AuthFrame } from '../../components/AuthFrame';
import { ChangePasswordForm } from '../settings/ChangePasswordForm';

/**
 * Shown instead of the app while the signed-in person still has a temporary password (new
 * account or reset by an administrator). The server refuses every other channel until it is done.
 */
export function ForcedPasswordChange() {
  const { session, replaceSession, signOut } = useSession();
  // Signed in already: typing here keeps the idle lock away like anywhere else in the app.
  useActivityTouch();
  return (
    <AuthFrame
      title="Choose your own password"
      width={560}
      intro={`You signed in as ${session.username} with a temporary password. Choose a password only you know before you continue.`}
      aside={
        <Group justify="center">
          <Button variant="subtle" onClick={() => void signOut()}>
            Sign out instead
          </Button>
        </Group>
      }
    >
      <Stack>
        <Text size="sm">Nobody else, including administrators, will be able to see the password you choose.</Text>
        <ChangePasswordForm onChanged={replaceSession} currentLabel="Temporary password" submitLabel="Save password and continue" />
      </Stack>
    </AuthFrame>
  );
}
