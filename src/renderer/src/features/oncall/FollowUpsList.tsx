import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CALLER_TYPE_LABELS, type PhoneCall } from '../../../../shared/rota/schemas/phone-log.schema';
import { dateTime } from '../../components/format';
import { useChannel } from '../rota/use-channel';
import { useTopicReload } from '../rota/use-reload';
import { CloseFollowUpDialog } from './CloseFollowUpDialog';
import { HIDDEN_DETAILS } from './hidden-details';

/**
 * Follow-ups from calls, oldest first, however old: they stay until someone closes them.
 * `limit` shows only the oldest few (the home panel), with a count of the rest.
 */
export function FollowUpsList({ limit }: { limit?: number }) {
  const { reloadKey, changed } = useTopicReload('calls');
  const { value, error } = useChannel('phoneLog.followUps', {}, reloadKey);
  const [closing, setClosing] = useState<PhoneCall | null>(null);

  if (error) return <Text c="var(--mantine-color-red-text)">{error}</Text>;
  if (!value) return <Loader size="sm" aria-label="Loading follow-ups" />;
  const shown = limit ? value.slice(0, limit) : value;
  return (
    <Stack gap="xs">
      {value.length === 0 ? (
        <Text c="dimmed">No follow-ups open.</Text>
      ) : (
        <Text fw={600}>{value.length === 1 ? '1 follow-up open' : `${value.length} follow-ups open`}</Text>
      )}
      <ul className="wm-plain-list" aria-label="Open follow-ups">
        {shown.map((c) => (
          <li key={c.id} className="wm-follow-up">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={0}>
                {c.hidden ? (
                  <Text c="dimmed" fs="italic">
                    {HIDDEN_DETAILS}
                  </Text>
                ) : (
                  <Text>{c.followUpNote || c.actionTaken}</Text>
                )}
                <Text size="sm" c="dimmed">
                  {CALLER_TYPE_LABELS[c.callerType]} call, {dateTime(c.at)}, {c.loggedByName}
                </Text>
              </Stack>
              {c.hidden ? (
                <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                  For the workers named on the case
                </Text>
              ) : (
                <Button variant="light" style={{ flexShrink: 0 }} onClick={() => setClosing(c)} aria-label={`Close follow-up: ${c.followUpNote || c.actionTaken}`}>
                  Close follow-up
                </Button>
              )}
            </Group>
          </li>
        ))}
      </ul>
      {limit && value.length > limit && <Text size="sm">{value.length - limit} more in Rota › Phone log.</Text>}
      <CloseFollowUpDialog followUp={closing} onClose={() => setClosing(null)} onClosed={changed} />
    </Stack>
  );
}
