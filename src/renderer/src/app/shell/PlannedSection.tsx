import { Paper, Stack, Text } from '@mantine/core';
import { ScreenHeader } from '../../components/ScreenHeader';

/**
 * An honest placeholder for a section a later part of the project builds: it says what will be
 * here and shows no invented data.
 */
export function PlannedSection({ title, what }: { title: string; what: string }) {
  return (
    <>
      <ScreenHeader title={title} />
      <Paper withBorder p="xl" radius="md">
        <Stack gap="xs">
          <Text fw={600}>Not available yet</Text>
          <Text>This part of Waymark is still being built. It will hold: {what}</Text>
          <Text c="dimmed">Nothing is recorded here yet.</Text>
        </Stack>
      </Paper>
    </>
  );
}
