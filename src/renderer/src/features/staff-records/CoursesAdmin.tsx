import { Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { notify } from '../../components/notify';
import { useChannel, useSubmit } from '../sanctuary/use-channel';

type Draft = { id: number | null; name: string; mandatory: boolean; renewalMonths: number | string; active: boolean };

function CourseForm({ initial, onDone }: { initial: Draft; onDone(saved: boolean): void }) {
  const [d, setD] = useState(initial);
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const set = (p: Partial<Draft>) => setD((x) => ({ ...x, ...p }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFields({});
    const months = d.renewalMonths === '' ? null : Number(d.renewalMonths);
    const r = await run(
      () => call('staffRecords.courses.save', { id: d.id, name: d.name, mandatory: d.mandatory, renewalMonths: months, active: d.active }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Course saved', message: d.name });
      onDone(true);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={d.id === null ? 'Add a course' : 'Change a course'}>
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap">
          <TextInput label="Course" required value={d.name} onChange={(e) => set({ name: e.currentTarget.value })} error={fields.name} w={320} />
          <NumberInput
            label="Renew every (months)"
            description="Empty: does not expire"
            min={1}
            max={120}
            allowDecimal={false}
            allowNegative={false}
            value={d.renewalMonths}
            onChange={(v) => set({ renewalMonths: v })}
            error={fields.renewalMonths}
            w={200}
          />
          <Checkbox label="Mandatory for everyone" checked={d.mandatory} onChange={(e) => set({ mandatory: e.currentTarget.checked })} mb={8} />
          <Checkbox label="On the list" checked={d.active} onChange={(e) => set({ active: e.currentTarget.checked })} mb={8} />
        </Group>
        <FormError message={error} title="Not saved" />
        <Group>
          <Button type="submit" loading={busy}>
            {d.id === null ? 'Add course' : 'Save course'}
          </Button>
          {d.id !== null && (
            <Button variant="default" onClick={() => onDone(false)}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** The training course list: what is mandatory and how often each course is renewed. */
export function CoursesAdmin({ reloadKey, onSaved }: { reloadKey: number; onSaved(): void }) {
  const { value, error } = useChannel('staffRecords.matrix', { includeInactive: false }, reloadKey);
  const [editing, setEditing] = useState<Draft | null>(null);
  const [formKey, setFormKey] = useState(0);
  if (error) return <FormError message={error} title="The courses could not be shown" />;
  if (!value) return <Text c="dimmed">Loading…</Text>;
  return (
    <Stack>
      <Table striped aria-label="Training courses" verticalSpacing="xs" maw={860}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Course</Table.Th>
            <Table.Th scope="col">Mandatory</Table.Th>
            <Table.Th scope="col">Renewal</Table.Th>
            <Table.Th scope="col">
              <Text span size="sm" fw={700}>
                Change
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.courses.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{c.mandatory ? 'Yes' : 'No'}</Table.Td>
              <Table.Td>{c.renewalMonths === null ? 'Does not expire' : c.renewalMonths % 12 === 0 ? `Every ${c.renewalMonths / 12} year${c.renewalMonths === 12 ? '' : 's'}` : `Every ${c.renewalMonths} months`}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" aria-label={`Change ${c.name}`} onClick={() => setEditing({ id: c.id, name: c.name, mandatory: c.mandatory, renewalMonths: c.renewalMonths ?? '', active: c.active })}>
                  Change
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md" radius="md" maw={860}>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {editing ? `Change ${editing.name}` : 'Add a course'}
          </Title>
          <CourseForm
            key={editing ? `e-${editing.id}` : `n-${formKey}`}
            initial={editing ?? { id: null, name: '', mandatory: false, renewalMonths: '', active: true }}
            onDone={(saved) => {
              setEditing(null);
              setFormKey((k) => k + 1);
              if (saved) onSaved();
            }}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
