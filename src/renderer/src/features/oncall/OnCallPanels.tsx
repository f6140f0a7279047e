import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { rotaChanged } from '../rota/rota-events';
import { CallDialog } from './CallDialog';
import { FollowUpsList } from './FollowUpsList';
import { HandoverDialog } from './HandoverDialog';
import { UnreadHandovers } from './UnreadHandovers';

/** Home panel: handovers waiting to be read, and writing one at the end of a shift. */
export function HandoversPanel() {
  const [writing, setWriting] = useState(false);
  return (
    <Stack gap="sm">
      <UnreadHandovers />
      <Group>
        <Button variant="light" onClick={() => setWriting(true)}>
          Write a handover
        </Button>
      </Group>
      <HandoverDialog opened={writing} onClose={() => setWriting(false)} onSaved={() => rotaChanged('handovers')} />
    </Stack>
  );
}

/** Home panel: log a call, and the follow-ups from calls still open. */
export function CallsPanel() {
  const [logging, setLogging] = useState(false);
  return (
    <Stack gap="sm">
      <Group>
        <Button onClick={() => setLogging(true)}>Log a call</Button>
      </Group>
      <FollowUpsList limit={5} />
      <CallDialog opened={logging} onClose={() => setLogging(false)} onSaved={() => rotaChanged('calls')} />
    </Stack>
  );
}
