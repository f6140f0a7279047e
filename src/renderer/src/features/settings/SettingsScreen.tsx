import { Alert, Center, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { roleMayCall } from '../../../../shared/ipc/permissions';
import type { Settings } from '../../../../shared/schemas/settings';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { useSession } from '../../app/session';
import { ThemeSwitch } from '../../app/theme/ThemeSwitch';
import { useDiscreetToggle } from '../../app/use-discreet-toggle';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ChecklistSettings } from './ChecklistSettings';
import { OrganisationSettings } from './OrganisationSettings';
import { notify } from '../../components/notify';

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Settings: one's own password, discreet mode and theme; for administrators, the organisation and the risk checklist's wording. */
export function SettingsScreen() {
  const { session, replaceSession, idleLockMinutes } = useSession();
  const discreet = useDiscreetToggle();
  const isAdmin = roleMayCall('settings.update', session.role);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    if (!isAdmin) return;
    void call('settings.get', {}).then((r) => (r.ok ? setSettings(r.value) : setLoadError(errorMessage(r.error))));
  }, [isAdmin]);

  return (
    <>
      <ScreenHeader title="Settings" />
      <Stack gap="lg" maw={760}>
        <Section title="Display" id="wm-settings-display">
          <Stack gap="lg">
            <Switch
              label="Discreet mode"
              description="Shows initials instead of names in every list. Remembered for your account."
              checked={discreet.discreet}
              onChange={(e) => void discreet.setDiscreet(e.currentTarget.checked)}
            />
            <Stack gap={6}>
              <Text fw={500} id="wm-theme-heading">
                Theme
              </Text>
              <Text size="sm" c="dimmed">
                Auto is dark from 19:00 to 07:00 and otherwise follows this computer’s setting. Remembered on this computer.
              </Text>
              <div>
                <ThemeSwitch size="md" />
              </div>
            </Stack>
          </Stack>
        </Section>
        <Section title="Your password" id="wm-settings-password">
          <ChangePasswordForm
            onChanged={(s) => {
              replaceSession(s);
              notify({ color: 'green', title: 'Password changed', message: 'Use your new password next time you sign in.' });
            }}
          />
        </Section>
        {isAdmin ? (
          <Section title="Organisation and locking" id="wm-settings-org">
            {loadError && (
              <Alert color="red" role="alert" title="Settings could not be loaded">
                {loadError}
              </Alert>
            )}
            {!settings && !loadError && (
              <Center py="md">
                <Loader aria-label="Loading settings" />
              </Center>
            )}
            {settings && <OrganisationSettings initial={settings} />}
          </Section>
        ) : (
          <Section title="Locking" id="wm-settings-lock">
            <Text>
              Waymark locks after {idleLockMinutes} {idleLockMinutes === 1 ? 'minute' : 'minutes'} without use. Only an administrator can change this.
            </Text>
          </Section>
        )}
        {roleMayCall('risk.checklistLoad', session.role) && (
          <Section title="Risk checklist wording" id="wm-settings-checklist">
            <ChecklistSettings />
          </Section>
        )}
      </Stack>
    </>
  );
}
