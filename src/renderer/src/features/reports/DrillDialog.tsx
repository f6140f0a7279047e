import { Alert, Badge, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PeriodInput } from '../../../../shared/reports/periods';
import type { Computable } from '../../../../shared/reports/registry';
import type { DrillResult } from '../../../../shared/reports/schemas';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';

/** What to open: a figure of a report for a period. */
export interface DrillTarget {
  report: Computable;
  period: PeriodInput;
  figure: string;
  label: string;
}

/** The records behind one figure (managers and administrators; every opening is audited). */
export function DrillDialog({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const [result, setResult] = useState<DrillResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setResult(null);
    setError(null);
    if (!target) return;
    let live = true;
    void call('reports.drill', { report: target.report, period: target.period, figure: target.figure }).then((r) => {
      if (!live) return;
      if (r.ok) setResult(r.value);
      else setError(errorMessage(r.error));
    });
    return () => {
      live = false;
    };
  }, [target]);
  return (
    <Modal opened={target !== null} onClose={onClose} title={target?.label ?? ''} size="xl" closeButtonProps={{ 'aria-label': 'Close' }}>
      {!result && !error && <Loader aria-label="Loading the records" />}
      {error && (
        <Alert color="red" role="alert" title="The records could not be opened">
          {error}
        </Alert>
      )}
      {result && (
        <Stack gap="sm">
          <Text size="sm">{result.definition}</Text>
          <Text size="sm" fw={600}>
            {result.total} {result.total === 1 ? 'record' : 'records'}
            {result.truncated ? ` (the first ${result.records.length} are listed)` : ''}. This opening is recorded in the audit log.
          </Text>
          <Table.ScrollContainer minWidth={500}>
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Reference</Table.Th>
                  <Table.Th scope="col">Case</Table.Th>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Date</Table.Th>
                  <Table.Th scope="col">Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.records.map((r, i) => (
                  <Table.Tr key={`${r.reference}-${i}`}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.reference}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.householdReference ?? '–'}</Table.Td>
                    <Table.Td>{r.restricted ? <Badge color="gray">Restricted case</Badge> : (r.name ?? '–')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.date ?? '–'}</Table.Td>
                    <Table.Td>{r.detail}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Modal>
  );
}
