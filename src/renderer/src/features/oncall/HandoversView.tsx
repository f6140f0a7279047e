import { Accordion, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { dateTime } from '../../components/format';
import { PersonName } from '../../components/PersonName';
import { BADGE_COLOURS } from '../rota/labels';
import { useChannel } from '../rota/use-channel';
import { useTopicReload } from '../rota/use-reload';
import { HandoverContent } from './HandoverContent';
import { UnreadHandovers } from './UnreadHandovers';

/** Handovers: those waiting for me, writing one, and the recent ones with who acknowledged them. */
export function HandoversView() {
  const { reloadKey } = useTopicReload('handovers');
  const { value, error } = useChannel('handover.list', { limit: 50 }, reloadKey);
  return (
    <Stack gap="lg">
      <Text>Write a handover at the end of your shift (“Write a handover” above); the next worker acknowledges it.</Text>
      <Stack gap="xs">
        <Title order={2} size="h3">
          Waiting for you
        </Title>
        <UnreadHandovers />
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          Recent handovers
        </Title>
        {error && <Text c="var(--mantine-color-red-text)">{error}</Text>}
        {!value && !error && <Loader size="sm" aria-label="Loading handovers" />}
        {value && value.length === 0 && <Text c="dimmed">No handovers written yet.</Text>}
        {value && value.length > 0 && (
          <Accordion variant="separated" multiple>
            {value.map((h) => (
              <Accordion.Item key={h.id} value={String(h.id)}>
                <Accordion.Control>
                  <Group gap="sm">
                    <Text fw={600}>{dateTime(h.writtenAt)}</Text>
                    <Text>
                      <PersonName name={h.writtenByName} />
                    </Text>
                    {h.acknowledgements.length === 0 ? (
                      <Badge color={BADGE_COLOURS.attention} variant="filled">
                        Not yet acknowledged
                      </Badge>
                    ) : (
                      <Badge variant="default">
                        Acknowledged
                      </Badge>
                    )}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <HandoverContent handover={h} headingLevel={3} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </Stack>
    </Stack>
  );
}
