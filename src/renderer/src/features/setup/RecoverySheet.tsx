import { Box, Button, Checkbox, Container, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useActivityTouch } from '../../app/use-activity-touch';
import { longDate } from '../../components/format';
import { recoveryKeyGroups } from './recovery-key-groups';
import './recovery-sheet.css';

/** Props for RecoverySheet. */
export interface RecoverySheetProps {
  recoveryKey: string;
  orgName: string;
  createdAt: Date;
  onContinue(): void;
}

/**
 * The recovery key, shown exactly once after set-up, as a sheet to print for the office safe.
 * The person must confirm they have it before going on: it cannot be shown again.
 */
export function RecoverySheet({ recoveryKey, orgName, createdAt, onContinue }: RecoverySheetProps) {
  const [confirmed, setConfirmed] = useState(false);
  const [showError, setShowError] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The administrator is signed in while reading and printing this; their activity here counts,
  // so the idle lock does not take the only copy of the key away mid-task.
  useActivityTouch();

  const groups = recoveryKeyGroups(recoveryKey);
  const proceed = () => {
    if (!confirmed) {
      setShowError(true);
      return;
    }
    onContinue();
  };

  return (
    <Box component="main" id="main-content" py={40} px="md" data-ready="true">
      <Container size={760} px={0}>
        <Stack gap="lg">
          <Stack gap={4} className="wm-no-print">
            <Title order={1} ref={heading} tabIndex={-1} className="wm-focus-target">
              Your recovery key
            </Title>
            <Text>
              Waymark is set up. This is the only time the recovery key is shown. Print this sheet or write the key down now.
            </Text>
          </Stack>
          <Paper withBorder p="xl" radius="md" className="wm-recovery-sheet" aria-labelledby="wm-sheet-title">
            <Stack gap="md">
              <Title order={2} id="wm-sheet-title">
                Waymark recovery key
              </Title>
              <Group gap="xl">
                <Text>
                  <Text span fw={700}>
                    Organisation:
                  </Text>{' '}
                  {orgName}
                </Text>
                <Text>
                  <Text span fw={700}>
                    Created:
                  </Text>{' '}
                  {longDate(createdAt)}
                </Text>
              </Group>
              <Box className="wm-key-groups" role="group" aria-label="Recovery key" data-testid="recovery-key" py="md">
                {groups.map((g, i) => (
                  <span key={i}>{g}</span>
                ))}
              </Box>
              <Text fw={700} size="lg">
                Keep this sheet in the office safe. Anyone with it and this computer can open every record.
              </Text>
              <List spacing="xs">
                <List.Item>
                  Use it only if every administrator has forgotten their password: on the sign-in screen choose “Forgotten password? Use the recovery key”.
                </List.Item>
                <List.Item>Letters and digits are enough; dashes and spaces do not matter.</List.Item>
                <List.Item>Do not photograph it, email it or keep it on this computer.</List.Item>
              </List>
            </Stack>
          </Paper>
          <Stack gap="md" className="wm-no-print">
            <Group>
              <Button variant="default" size="lg" onClick={() => window.print()}>
                Print
              </Button>
            </Group>
            <Checkbox
              label="I have printed or written down the recovery key"
              checked={confirmed}
              required
              onChange={(e) => {
                setConfirmed(e.currentTarget.checked);
                setShowError(false);
              }}
              error={showError ? 'Tick this once the key is printed or written down. It cannot be shown again.' : undefined}
            />
            <Group>
              <Button size="lg" onClick={proceed}>
                Continue
              </Button>
            </Group>
          </Stack>
        </Stack>
      </Container>
    </Box>
  );
}
