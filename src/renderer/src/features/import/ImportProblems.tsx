import { Alert, Table, Text } from '@mantine/core';
import type { RowProblem } from '../../../../shared/import/validate';

/** Every problem found, by row, in words to act on. */
export function ImportProblems({ problems, total }: { problems: readonly RowProblem[]; total: number }) {
  if (total === 0) return null;
  return (
    <Alert color="orange" title={`${total.toLocaleString('en-GB')} ${total === 1 ? 'problem' : 'problems'} to fix`}>
      {problems.length < total && <Text size="sm">The first {problems.length.toLocaleString('en-GB')} are shown.</Text>}
      <Table.ScrollContainer minWidth={400} mah={320} tabIndex={0} aria-label="Problems by row">
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Row</Table.Th>
              <Table.Th>Field</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((p, i) => (
              <Table.Tr key={`${p.row}-${i}`}>
                <Table.Td>{p.row}</Table.Td>
                <Table.Td>{p.field || 'Whole row'}</Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}
