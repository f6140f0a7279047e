import { Button, Group, Stack } from '@mantine/core';
import { openCasesView } from '../cases-nav';
import { ContactDueList } from '../lists/ContactDueList';

/** Home panel: "New referral" and the referrals waiting for first contact. */
export function ContactDuePanel() {
  return (
    <Stack gap="sm">
      <Group>
        <Button onClick={() => openCasesView({ kind: 'intake' })}>New referral</Button>
        <Button variant="default" onClick={() => openCasesView({ kind: 'contactDue' })}>
          All due / overdue
        </Button>
      </Group>
      <ContactDueList compact onOpen={(id) => openCasesView({ kind: 'record', householdId: id })} />
    </Stack>
  );
}
