import { Alert, Table, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { RetentionPurgeResult } from '../../../../shared/retention/schedule';
import { plural, tableLabel } from './retention-labels';

/** What the purge deleted, in counts only (the audit entry records the same). */
export function PurgeResult({ result }: { result: RetentionPurgeResult }) {
  const rows = Object.entries(result.rows)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'));
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  // The button that was pressed is gone (nothing is due any more): the result takes the focus.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} className="wm-focus-target" color="green" variant="light" title="Deleted" role="status">
      <Text mb="sm">
        {plural(result.households, 'household')} ({plural(total, 'record')}) and {plural(result.auditEntries, 'audit log entry', 'audit log entries')} were deleted.{' '}
        {result.vacuumed
          ? 'The database file was compacted, so nothing of them is left on the disk.'
          : 'The database file was not compacted this time.'}
      </Text>
      {rows.length > 0 && (
        <Table aria-label="Records deleted, by kind" withRowBorders={false} verticalSpacing={4} maw={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Kind of record</Table.Th>
              <Table.Th scope="col" ta="right">
                Deleted
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([table, n]) => (
              <Table.Tr key={table}>
                <Table.Td>{tableLabel(table)}</Table.Td>
                <Table.Td ta="right">{n.toLocaleString('en-GB')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Alert>
  );
}
