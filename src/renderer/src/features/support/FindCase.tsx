import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ReferralStatus } from '../../../../shared/cases/vocab';
import { FormError } from '../../components/FormError';
import { PersonName } from '../../components/PersonName';
import { labelOf, shortDate } from './format';
import { useChannel } from './use-support';

/** The case a worker chose to open. */
export interface ChosenCase {
  householdId: number;
  reference: string;
  displayName: string;
}

/** Search cases by name, reference or date of birth, and open one's support record. */
export function FindCase({ onOpen }: { onOpen(c: ChosenCase): void }) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const { value, error } = useChannel('cases.list', search === null ? null : { search, limit: 25 });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(text.trim());
  };
  return (
    <Stack>
      <form onSubmit={submit} noValidate role="search" aria-label="Find a case">
        <Group align="flex-end">
          <TextInput label="Name, case reference or date of birth" value={text} onChange={(e) => setText(e.currentTarget.value)} w={360} data-autofocus />
          <Button type="submit">Find</Button>
        </Group>
      </form>
      {error && <FormError message={error} title="Cases could not be searched" />}
      {value && value.items.length === 0 && <Text c="dimmed">No cases match.</Text>}
      {value && value.items.length > 0 && (
        <Table aria-label="Matching cases" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Case</Table.Th>
              <Table.Th scope="col">Referral</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">
                <Text span size="sm" fw={700}>
                  Open
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.items.map((c) => (
              <Table.Tr key={c.referralId}>
                <Table.Td>
                  <PersonName name={c.displayName} fw={600} />
                </Table.Td>
                <Table.Td>
                  {c.reference}
                  <Text span size="xs" c="dimmed">
                    {' '}
                    received {shortDate(c.receivedAt.slice(0, 10))}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {c.hidden ? (
                    <Badge color="gray" variant="outline" c="var(--mantine-color-text)">
                      Restricted
                    </Badge>
                  ) : (
                    labelOf(ReferralStatus.labels, c.status)
                  )}
                </Table.Td>
                <Table.Td>
                  {!c.hidden && (
                    <Button size="xs" variant="default" onClick={() => onOpen({ householdId: c.householdId, reference: c.reference.split('/')[0]!, displayName: c.displayName })} aria-label={`Open ${c.reference}`}>
                      Open
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
