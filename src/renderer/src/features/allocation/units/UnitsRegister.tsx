import { Alert, Badge, Button, Group, Stack, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import type { Unit } from '../../../../../shared/allocation/schemas/unit.schema';
import { roleMayCall } from '../../../../../shared/ipc/permissions';
import { londonDate } from '../../../../../shared/time/london';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { useSession } from '../../../app/session';
import { BADGE, unitCapacity, unitKind } from '../labels';
import { UnitFormDialog } from './UnitFormDialog';

/** The units register: what each unit is, whom it takes and (for managers) where it is. */
export function UnitsRegister() {
  const { session } = useSession();
  const canEdit = roleMayCall('units.save', session.role);
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const load = useCallback(async () => {
    const r = await call('units.list', { includeClosed });
    if (r.ok) {
      setUnits(r.value);
      setError(null);
    } else setError(errorMessage(r.error));
  }, [includeClosed]);
  useEffect(() => void load(), [load]);

  return (
    <Stack>
      <Group justify="space-between">
        <Switch label="Show closed units" checked={includeClosed} onChange={(e) => setIncludeClosed(e.currentTarget.checked)} />
        {canEdit && <Button onClick={() => setEditing('new')}>Add unit</Button>}
      </Group>
      {error && (
        <Alert color="red" role="alert" title="Units could not be loaded">
          {error}
        </Alert>
      )}
      {units && units.length === 0 && <Text>No units yet.{canEdit ? ' Add the first with “Add unit”.' : ''}</Text>}
      {units && units.length > 0 && (
        <Table striped withTableBorder highlightOnHover aria-label="Units">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Unit</Table.Th>
              <Table.Th scope="col">Kind</Table.Th>
              <Table.Th scope="col">Takes</Table.Th>
              <Table.Th scope="col">Area</Table.Th>
              <Table.Th scope="col">Address</Table.Th>
              {canEdit && (
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  <Text fw={700}>{u.code}</Text>
                  {u.name && <Text size="sm">{u.name}</Text>}
                  {!u.active && (
                    <Badge color={BADGE.gray} variant="filled">
                      Closed
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{unitKind(u)}</Table.Td>
                <Table.Td>{unitCapacity(u)}</Table.Td>
                <Table.Td>{[u.locality, u.postcodeDistrict].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{u.addressHidden ? <Text c="dimmed">Hidden (managers only)</Text> : <Text style={{ whiteSpace: 'pre-line' }}>{u.address}</Text>}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button size="sm" variant="default" onClick={() => setEditing(u)} aria-label={`Edit ${u.code}`}>
                      Edit
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <UnitFormDialog
          unit={editing === 'new' ? null : editing}
          today={londonDate(new Date())}
          onClose={() => setEditing(null)}
          onSaved={(u) => {
            setEditing(null);
            notifications.show({ color: 'green', title: 'Unit saved', message: `${u.code} is in the register.` });
            void load();
          }}
        />
      )}
    </Stack>
  );
}
