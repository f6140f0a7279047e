import { Alert, Badge, Group, Text } from '@mantine/core';
import type { EpisodeSummary } from '../../../../shared/support/schemas/common.support';
import { shortDate } from './format';

const STATE: Record<EpisodeSummary['state'], { label: string; color: string }> = {
  active: { label: 'Being supported', color: 'green' },
  move_on: { label: 'Move-on support', color: 'blue' },
  ended: { label: 'Support ended', color: 'gray' },
};

/** When a household has no accepted referral, panels say so instead of showing empty forms. */
export function NoEpisode() {
  return (
    <Alert color="gray" variant="light" title="No support recorded yet">
      Support is recorded once a referral for this household has been accepted.
    </Alert>
  );
}

/** One line about the episode a panel works on: which referral, since when, and where it stands. */
export function EpisodeLine({ episode }: { episode: EpisodeSummary }) {
  const state = STATE[episode.state];
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={state.color} variant="light" c="var(--mantine-color-text)">
        {state.label}
      </Badge>
      <Text size="sm">
        Episode {episode.referralReference} · support from {shortDate(episode.supportStart)}
        {episode.exitedOn ? ` · exit ${shortDate(episode.exitedOn)}` : ''}
        {episode.moveOn ? ` · move-on support ${shortDate(episode.moveOn.startOn)} to ${shortDate(episode.moveOn.endedOn ?? episode.moveOn.latestEnd)}${episode.moveOn.endedOn ? '' : ' at the latest'}` : ''}
      </Text>
      {episode.earlierEpisodes.length > 0 && (
        <Text size="sm" c="dimmed">
          Earlier: {episode.earlierEpisodes.map((e) => `${e.referralReference}${e.exitedOn ? ` (ended ${shortDate(e.exitedOn)})` : ''}`).join(', ')}
        </Text>
      )}
    </Group>
  );
}
