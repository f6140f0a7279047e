import { Paper, Stack, Text } from '@mantine/core';
import { ROLE_LABELS, type Role } from '../../../../shared/roles';
import { ScreenHeader } from '../../components/ScreenHeader';

/** What a person sees when they reach a section their role may not open. */
export function NoAccess({ section, role }: { section: string; role: Role }) {
  return (
    <>
      <ScreenHeader title="You don't have access to this" />
      <Paper withBorder p="xl" radius="md">
        <Stack gap="xs">
          <Text>
            {section} is not part of the {ROLE_LABELS[role].toLowerCase()} role. If you need it for your work, ask a manager or an
            administrator.
          </Text>
        </Stack>
      </Paper>
    </>
  );
}
