import { Stack, Table, Text } from '@mantine/core';
import type { ResolvedRota, Spread } from '../../../../../shared/rota/schemas/resolved.schema';
import { PersonName } from '../../../components/PersonName';
import { ScrollTable } from '../ScrollTable';

function h(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** "even", "fairly even", "uneven" for a coefficient of variation. */
export function evenness(cv: number): string {
  if (cv <= 0.1) return 'even';
  if (cv <= 0.25) return 'fairly even';
  return 'uneven';
}

function SpreadLine({ label, s, unit }: { label: string; s: Spread; unit: string }) {
  return (
    <Text>
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {evenness(s.cv)} (variation {s.cv.toFixed(2)}; average {h(s.mean)}
      {unit}, typical difference {h(s.sd)}
      {unit})
    </Text>
  );
}

/**
 * Hours per person for the period (real elapsed time; working time apart, as sleep-ins count and
 * on call from home usually does not), shifts, nights and weekends, and the fairness figures with
 * how they are worked out.
 */
export function HoursPanel({ rota }: { rota: ResolvedRota }) {
  const names = new Map(rota.staff.map((s) => [s.id, s.name]));
  const people = [...rota.people].sort((a, b) => (names.get(a.staffId) ?? '').localeCompare(names.get(b.staffId) ?? ''));
  const f = rota.fairness;
  return (
    <Stack gap="sm">
      <Stack gap={2} aria-label="Fairness" role="group">
        <Text fw={700}>Fairness across {f.people === 1 ? '1 person' : `${f.people} people`}</Text>
        <SpreadLine label="Hours" s={f.hours} unit=" h" />
        <SpreadLine label="Nights and weekends" s={f.nightsWeekends} unit="" />
        {f.contractShare && <SpreadLine label="Share of contracted hours" s={f.contractShare} unit="" />}
        <Text size="sm" c="dimmed">
          {f.definition}
        </Text>
      </Stack>
      <ScrollTable label="Hours per person, table" minWidth={640}>
        <Table striped verticalSpacing="xs" aria-label="Hours per person, table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Person</Table.Th>
              <Table.Th scope="col" ta="right">
                Hours
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Working hours
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Shifts
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Nights
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Weekends
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Of contract
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((p) => (
              <Table.Tr key={p.staffId}>
                <Table.Th scope="row" fw={400}>
                  <PersonName name={names.get(p.staffId) ?? 'Someone'} />
                </Table.Th>
                <Table.Td ta="right">{h(p.hours)}</Table.Td>
                <Table.Td ta="right">{h(p.workingHours)}</Table.Td>
                <Table.Td ta="right">{p.shifts}</Table.Td>
                <Table.Td ta="right">{p.nights}</Table.Td>
                <Table.Td ta="right">{p.weekends}</Table.Td>
                <Table.Td ta="right">{p.contractShare === null ? '—' : `${Math.round(p.contractShare * 100)}%`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
