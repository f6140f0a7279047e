import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Handover } from '../../../../shared/rota/schemas/handover.schema';
import { dateTime } from '../../components/format';
import { PersonName } from '../../components/PersonName';
import { useChannel } from '../rota/use-channel';
import { useTopicReload } from '../rota/use-reload';
import { HandoverReadDialog } from './HandoverReadDialog';

function summary(h: Handover): string {
  const notes = h.notes.length === 0 ? '' : h.notes.length === 1 ? ', 1 household or unit note' : `, ${h.notes.length} household or unit notes`;
  return `${dateTime(h.writtenAt)}${notes}`;
}

/** Handovers written by others that I have not acknowledged (last 72 hours), each to read. */
export function UnreadHandovers() {
  const { reloadKey, changed } = useTopicReload('handovers');
  const { value, error } = useChannel('handover.unread', {}, reloadKey);
  const [reading, setReading] = useState<Handover | null>(null);
  if (error) return <Text c="var(--mantine-color-red-text)">{error}</Text>;
  if (!value) return <Loader size="sm" aria-label="Loading handovers" />;
  return (
    <Stack gap="xs">
      {value.length === 0 ? (
        <Text c="dimmed">No handovers waiting for you.</Text>
      ) : (
        <Text fw={600}>{value.length === 1 ? '1 handover to read' : `${value.length} handovers to read`}</Text>
      )}
      <ul className="wm-plain-list" aria-label="Handovers to read">
        {value.map((h) => (
          <li key={h.id}>
            <Group justify="space-between" wrap="nowrap" align="center">
              <Stack gap={0}>
                <Text>
                  From <PersonName name={h.writtenByName} fw={600} />
                </Text>
                <Text size="sm" c="dimmed">
                  {summary(h)}
                </Text>
              </Stack>
              <Button style={{ flexShrink: 0 }} onClick={() => setReading(h)} aria-label={`Read the handover written ${dateTime(h.writtenAt)}`}>
                Read
              </Button>
            </Group>
          </li>
        ))}
      </ul>
      <HandoverReadDialog handover={reading} onClose={() => setReading(null)} onAcknowledged={changed} />
    </Stack>
  );
}
