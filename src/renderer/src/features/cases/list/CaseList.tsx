import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { CaseListSchema } from '../../../../../shared/cases/schemas/case-record';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { dateTime } from '../../../components/format';
import { FormError } from '../../../components/FormError';
import { PersonName } from '../../../components/PersonName';
import { useDiscreet } from '../../../components/discreet';
import { statusLabel } from '../labels';
import { RiskBadge } from '../RiskBadge';

type CaseList = z.infer<typeof CaseListSchema>;

const STATUS = [
  { value: 'new', label: 'New — not yet contacted' },
  { value: 'in_progress', label: 'Contacted — assessing' },
  { value: 'accepted', label: 'Accepted' },
  { value: 'not_supported', label: 'Not supported' },
  { value: 'closed', label: 'Closed' },
];
const RISK = [
  { value: 'high', label: 'High' },
  { value: 'medium', label: 'Medium' },
  { value: 'standard', label: 'Standard' },
  { value: 'not_assessed', label: 'Not assessed' },
];

/** The case list: search by name, alias, reference or date of birth, with filters. */
export function CaseList({ onOpen, workers }: { onOpen: (householdId: number) => void; workers: { value: string; label: string }[] }) {
  const discreet = useDiscreet();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [risk, setRisk] = useState<string | null>(null);
  const [worker, setWorker] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [data, setData] = useState<CaseList | null>(null);
  const [error, setError] = useState<string | null>(null);

  const query = useMemo(
    () => ({
      search: search.trim(),
      status: status as 'new' | null,
      riskLevel: risk as 'high' | null,
      workerId: worker ? Number(worker) : null,
      receivedFrom: /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : null,
      receivedTo: /^\d{4}-\d{2}-\d{2}$/.test(to) ? to : null,
      limit: 100,
      offset: 0,
    }),
    [search, status, risk, worker, from, to],
  );

  useEffect(() => {
    let live = true;
    const t = window.setTimeout(() => {
      void call('cases.list', query).then((r) => {
        if (!live) return;
        if (r.ok) {
          setData(r.value);
          setError(null);
        } else setError(errorMessage(r.error));
      });
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [query]);

  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          label="Search"
          description="Name, alias, reference or date of birth"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
        />
        <Select label="Status" data={STATUS} value={status} onChange={setStatus} clearable placeholder="Any status" w={210} />
        <Select label="Risk level" data={RISK} value={risk} onChange={setRisk} clearable placeholder="Any level" w={160} />
        <Select label="Worker" data={workers} value={worker} onChange={setWorker} clearable placeholder="Any worker" w={180} />
        <TextInput label="Received from" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={160} />
        <TextInput label="Received to" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} w={160} />
      </Group>
      <FormError message={error} takeFocus={false} />
      {data && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {data.total === 1 ? '1 case' : `${data.total} cases`}
        </Text>
      )}
      <Table striped highlightOnHover aria-label="Cases">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Reference</Table.Th>
            <Table.Th>Received</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Risk</Table.Th>
            <Table.Th>Worker</Table.Th>
            <Table.Th>Children</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.items.map((c) => (
            <Table.Tr key={`${c.householdId}-${c.referralId}`} data-case-row={c.reference}>
              <Table.Td>
                {c.hidden ? (
                  <Text span fs="italic">
                    Restricted case
                  </Text>
                ) : (
                  <Button variant="subtle" size="compact-sm" onClick={() => onOpen(c.householdId)}>
                    <PersonName name={c.displayName} />
                  </Button>
                )}
                {c.restricted && !c.hidden && (
                  <Badge ml="xs" size="xs" color="grape" variant="light">
                    Restricted
                  </Badge>
                )}
                {!c.hidden && c.dateOfBirth && !discreet && (
                  <Text size="xs" c="dimmed">
                    Born {c.dateOfBirth}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.reference}</Table.Td>
              <Table.Td>{dateTime(c.receivedAt)}</Table.Td>
              <Table.Td>{c.hidden ? '—' : statusLabel(c.status)}</Table.Td>
              <Table.Td>
                {c.hidden ? '—' : (
                  <RiskBadge level={c.riskLevel} styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }} />
                )}
              </Table.Td>
              <Table.Td>{c.hidden || !c.workerName ? '—' : <PersonName name={c.workerName} />}</Table.Td>
              <Table.Td>{c.hidden ? '—' : c.children}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data && data.items.length === 0 && <Text c="dimmed">No case matches these filters.</Text>}
    </Stack>
  );
}
