import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { SanctuaryCaseDetail } from '../../../../../shared/sanctuary/schemas/detail.schema';
import { CLOCK_STARTS, CLOCK_WORKING_DAYS, SanctuaryClock, type SanctuaryClockCode } from '../../../../../shared/sanctuary/vocab.sanctuary';
import { dayDate } from '../format';
import { StatusBadge } from '../StatusBadge';

type Clock = SanctuaryCaseDetail['clocks']['riskAssessment'];

const STATUS: Record<Clock['status'], { label: string; color: 'gray' | 'yellow' | 'red' | 'green' | 'orange' }> = {
  not_started: { label: 'Not started', color: 'gray' },
  running: { label: 'Due', color: 'yellow' },
  overdue: { label: 'Overdue', color: 'red' },
  met: { label: 'On time', color: 'green' },
  late: { label: 'Late', color: 'orange' },
};

function line(c: Clock): string {
  if (c.status === 'not_started') return c.clock === 'support_plan' ? 'Starts when the needs assessment is recorded.' : 'Starts when the measure is approved.';
  if (c.status === 'met' || c.status === 'late') return `Done ${dayDate(c.doneOn)}: ${c.workingDays} working day${c.workingDays === 1 ? '' : 's'} (due ${dayDate(c.dueOn)}).`;
  return `Due by ${dayDate(c.dueOn)}; ${c.workingDays} working day${c.workingDays === 1 ? '' : 's'} so far.`;
}

function Card({ code, clock, extra }: { code: SanctuaryClockCode; clock: Clock; extra?: string }) {
  const s = STATUS[clock.status];
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={SanctuaryClock.labels[code]}>
      <Stack gap={4}>
        <Text fw={700}>{SanctuaryClock.labels[code]}</Text>
        <StatusBadge color={s.color}>{s.label}</StatusBadge>
        <Text size="sm">{line(clock)}</Text>
        <Text size="xs" c="dimmed">
          Within {CLOCK_WORKING_DAYS[code]} working days {CLOCK_STARTS[code]}.{extra ? ` ${extra}` : ''}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The case's three clocks; for fitting, the measure that is most urgent (overdue, then due soonest). */
export function ClockCards({ clocks }: { clocks: SanctuaryCaseDetail['clocks'] }) {
  const rank = { overdue: 0, running: 1, late: 2, met: 3, not_started: 4 } as const;
  const fitting = [...clocks.fitting].sort((a, b) => rank[a.status] - rank[b.status] || (a.dueOn ?? '9').localeCompare(b.dueOn ?? '9'))[0];
  const fittingClock: Clock = fitting ?? { clock: 'fitting', startOn: null, dueOn: null, doneOn: null, status: 'not_started', workingDays: null };
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Card code="risk_assessment" clock={clocks.riskAssessment} />
      <Card code="support_plan" clock={clocks.supportPlan} />
      <Card code="fitting" clock={fittingClock} extra={fitting ? `Shown: ${fitting.name}${clocks.fitting.length > 1 ? ` (1 of ${clocks.fitting.length})` : ''}.` : 'No measures yet.'} />
    </SimpleGrid>
  );
}
