import { Badge, Burger, Button, Group, Menu, Stack, Switch, Text } from '@mantine/core';
import { ROLE_LABELS } from '../../../../shared/roles';
import { PersonName } from '../../components/PersonName';
import { useDiscreetToggle } from '../use-discreet-toggle';
import { useSession } from '../session';
import { ThemeSwitch } from '../theme/ThemeSwitch';

/** Props for ShellHeader. */
export interface ShellHeaderProps {
  navOpened: boolean;
  onToggleNav(): void;
  onHelp(): void;
  onSettings(): void;
}

/**
 * The bar across the top: where you are (organisation), who is signed in and as what, and the
 * controls a night worker needs at once: discreet mode, theme, help, lock.
 */
export function ShellHeader({ navOpened, onToggleNav, onHelp, onSettings }: ShellHeaderProps) {
  const { session, orgName, lock, signOut } = useSession();
  const discreet = useDiscreetToggle();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={navOpened ? 'Hide sections' : 'Show sections'} />
        <Stack gap={0} miw={0}>
          <Text fw={800} size="lg" lh={1.2}>
            Waymark
          </Text>
          <Text size="sm" c="dimmed" truncate="end" data-testid="org-name">
            {orgName}
          </Text>
        </Stack>
      </Group>
      <Group gap="md" wrap="nowrap">
        <Switch
          label="Discreet mode"
          checked={discreet.discreet}
          onChange={(e) => void discreet.setDiscreet(e.currentTarget.checked)}
          aria-describedby="wm-discreet-hint"
        />
        <Text id="wm-discreet-hint" hidden>
          Shows initials instead of names in every list.
        </Text>
        <Group visibleFrom="lg" gap={0}>
          <ThemeSwitch />
        </Group>
        <Button variant="default" onClick={onHelp} aria-keyshortcuts="F1">
          Help
        </Button>
        <Button onClick={() => void lock()} aria-keyshortcuts="Control+L">
          Lock (Ctrl+L)
        </Button>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="subtle" rightSection={<Text span aria-hidden="true">▾</Text>}>
              <Stack gap={0} align="flex-start">
                <PersonName name={session.displayName} fw={600} size="sm" lh={1.2} data-testid="signed-in-name" />
                <Badge size="sm" variant="light" color="gray" tt="none" c="var(--mantine-color-text)" data-testid="signed-in-role">
                  {ROLE_LABELS[session.role]}
                </Badge>
              </Stack>
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={onSettings}>Settings</Menu.Item>
            <Menu.Item onClick={() => void signOut()}>Sign out</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
