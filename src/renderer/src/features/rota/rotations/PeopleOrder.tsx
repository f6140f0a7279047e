import { ActionIcon, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { StaffMember } from '../../../../../shared/rota/schemas/staff.schema';

/** The people of a rotation in turn order: add, move up or down, remove. */
export function PeopleOrder({ value, onChange, staff, error }: { value: number[]; onChange(v: number[]): void; staff: StaffMember[]; error?: string }) {
  const [adding, setAdding] = useState<string | null>(null);
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const move = (i: number, d: -1 | 1) => {
    const next = [...value];
    const j = i + d;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm" id="rotation-people-label">
        People, in turn order <span aria-hidden="true">*</span>
      </Text>
      {value.length === 0 && <Text c="dimmed">Nobody yet. Add people in the order they take turns.</Text>}
      <ol className="wm-people-order" aria-labelledby="rotation-people-label">
        {value.map((id, i) => {
          const name = names.get(id) ?? `Person ${id}`;
          return (
            <li key={`${id}-${i}`}>
              <Paper withBorder px="sm" py={4} radius="md">
                <Group justify="space-between" wrap="nowrap">
                  <Text>
                    {i + 1}. {name}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="default" aria-label={`Move ${name} earlier`} disabled={i === 0} onClick={() => move(i, -1)}>
                      ↑
                    </ActionIcon>
                    <ActionIcon variant="default" aria-label={`Move ${name} later`} disabled={i === value.length - 1} onClick={() => move(i, 1)}>
                      ↓
                    </ActionIcon>
                    <ActionIcon variant="default" aria-label={`Remove ${name}`} onClick={() => onChange(value.filter((_, k) => k !== i))}>
                      ✕
                    </ActionIcon>
                  </Group>
                </Group>
              </Paper>
            </li>
          );
        })}
      </ol>
      <Select
        label="Add a person"
        placeholder="Choose someone to add at the end"
        searchable
        data={staff.filter((s) => s.active).map((s) => ({ value: String(s.id), label: s.name }))}
        value={adding}
        onChange={(v) => {
          if (v) onChange([...value, Number(v)]);
          setAdding(null);
        }}
        error={error}
        comboboxProps={{ withinPortal: true }}
      />
    </Stack>
  );
}
