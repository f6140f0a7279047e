import { Table, Text } from '@mantine/core';
import type { Correction } from '../../../../../shared/retention/subject-access';
import { dateTime } from '../../../components/format';
import { PersonName } from '../../../components/PersonName';
import { fieldLabel, NAME_FIELDS } from './correctable-fields';

/** One value in the history: "(empty)" said in words, names as initials in discreet mode. */
function Value({ field, value }: { field: string; value: string | null }) {
  if (value === null || value === '') return <Text component="span" inherit c="dimmed" fs="italic">(empty)</Text>;
  if (NAME_FIELDS.has(field)) return <PersonName name={value} />;
  return <Text component="span" inherit style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Text>;
}

/**
 * A person's correction history, newest first: who, when, what changed from what to what, and why.
 * The table is named by the headings it sits under (ids in `labelledBy`), so the person's name
 * follows discreet mode.
 */
export function CorrectionHistory({ labelledBy, corrections }: { labelledBy: string; corrections: Correction[] }) {
  if (corrections.length === 0) return <Text c="dimmed">No corrections recorded.</Text>;
  const newestFirst = [...corrections].reverse();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-labelledby={labelledBy} striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Detail</Table.Th>
            <Table.Th>Was</Table.Th>
            <Table.Th>Now</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(c.at)}</Table.Td>
              <Table.Td>{c.byName ? <PersonName name={c.byName} /> : <Text component="span" inherit c="dimmed">Account removed</Text>}</Table.Td>
              <Table.Td>{fieldLabel(c.field)}</Table.Td>
              <Table.Td>
                <Value field={c.field} value={c.oldValue} />
              </Table.Td>
              <Table.Td>
                <Value field={c.field} value={c.newValue} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
