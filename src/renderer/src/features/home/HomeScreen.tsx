import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { roleMayCall } from '../../../../shared/ipc/permissions';
import { useSession } from '../../app/session';
import { useDiscreet } from '../../components/discreet';
import { londonHour, longDate } from '../../components/format';
import { ScreenHeader } from '../../components/ScreenHeader';
import { homePanels } from './home-panels';

function greeting(hour: number): string {
  if (hour < 5) return 'Hello';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

/** First name for the greeting: the first word of the display name. */
function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/u)[0] ?? '';
}

/** Home: a greeting, today's date, and the "today" panels other features add. */
export function HomeScreen({ now = new Date() }: { now?: Date }) {
  const { session } = useSession();
  const discreet = useDiscreet();
  const panels = useMemo(
    () => homePanels.filter((p) => !p.channel || roleMayCall(p.channel, session.role)).sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
    [session.role],
  );
  // In discreet mode the greeting leaves the name out rather than greeting someone by initials.
  const title = discreet ? `${greeting(londonHour(now))}` : `${greeting(londonHour(now))}, ${firstName(session.displayName)}`;

  return (
    <>
      <ScreenHeader title={title} description={`Today is ${longDate(now)}.`} />
      <Stack gap="sm">
        <Title order={2} size="h3">
          Today
        </Title>
        {panels.length === 0 ? (
          <Paper withBorder p="xl" radius="md">
            <Stack gap="xs">
              <Text fw={600}>Nothing to show yet</Text>
              <Text>
                As more of Waymark is built, this is where today’s new referrals, who is on call, arrivals and departures, and reviews that are due
                will appear.
              </Text>
            </Stack>
          </Paper>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {panels.map((p) => (
              <Paper key={p.id} withBorder p="lg" radius="md" component="section" aria-label={p.title}>
                <Title order={3} size="h4" mb="sm">
                  {p.title}
                </Title>
                <p.Component />
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </>
  );
}
