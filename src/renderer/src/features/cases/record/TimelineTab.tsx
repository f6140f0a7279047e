import { Text, Timeline } from '@mantine/core';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { dateTime } from '../../../components/format';

/** Everything that happened on the case, newest first. */
export function TimelineTab({ record }: { record: CaseRecord }) {
  if (record.timeline.length === 0) return <Text c="dimmed">Nothing yet.</Text>;
  const events = [...record.timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label="Timeline">
      {events.map((e, i) => (
        <Timeline.Item key={`${e.at}-${i}`} title={e.summary}>
          <Text size="xs" c="dimmed">
            {dateTime(e.at)}
            {e.by ? ` · ${e.by}` : ''}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
