import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { z } from 'zod';
import { AuditQuerySchema } from '../../../../shared/schemas/audit';

/** The filter form's values: strings, as the inputs hold them ('' = any). */
export interface AuditFilterValues {
  // Selects hold null when nothing is chosen (an empty string would count as a choice).
  userId: string | null;
  action: string | null;
  entity: string | null;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilterValues = { userId: null, action: null, entity: null, from: '', to: '' };

/** The filters as the audit.list channel takes them (empty ones left out). */
export type AuditFilterQuery = Pick<z.input<typeof AuditQuerySchema>, 'userId' | 'action' | 'entity' | 'from' | 'to'>;

/** Turns the form values into the channel's filters. */
export function toQuery(v: AuditFilterValues): AuditFilterQuery {
  const q: AuditFilterQuery = {};
  if (v.userId) q.userId = Number(v.userId);
  if (v.action) q.action = v.action;
  if (v.entity) q.entity = v.entity;
  if (v.from) q.from = v.from;
  if (v.to) q.to = v.to;
  return q;
}

// Validated with the channel's own schema, plus the one rule that needs both dates.
const FilterSchema = AuditQuerySchema.pick({ from: true, to: true }).refine((v) => !v.from || !v.to || v.from <= v.to, {
  path: ['to'],
  message: 'The “to” date is before the “from” date.',
});

type Option = { value: string; label: string };

/** Filters for the audit log: who, what, which kind of record, and between which dates. */
export function AuditFilters({
  userOptions,
  actionOptions,
  entityOptions,
  onApply,
}: {
  userOptions: Option[];
  actionOptions: Option[];
  entityOptions: Option[];
  onApply(query: AuditFilterQuery): void;
}) {
  const form = useForm<AuditFilterValues>({
    initialValues: NO_FILTERS,
    validate: (values) => {
      const { from, to } = toQuery(values);
      const r = FilterSchema.safeParse({ from, to });
      if (r.success) return {};
      return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0] ?? 'from'), i.message]));
    },
  });
  const submit = form.onSubmit((values) => onApply(toQuery(values)));
  return (
    <form onSubmit={submit} noValidate aria-label="Filter the audit log">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="md">
        <Select label="User" placeholder="Anyone" clearable searchable data={userOptions} {...form.getInputProps('userId')} />
        <Select label="Action" placeholder="Any action" clearable searchable data={actionOptions} {...form.getInputProps('action')} />
        <Select label="Record type" placeholder="Any" clearable data={entityOptions} {...form.getInputProps('entity')} />
        <TextInput label="From" type="date" {...form.getInputProps('from')} />
        <TextInput label="To" type="date" {...form.getInputProps('to')} />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">Show entries</Button>
        <Button
          variant="default"
          onClick={() => {
            form.setValues(NO_FILTERS);
            form.clearErrors();
            onApply({});
          }}
        >
          Clear filters
        </Button>
      </Group>
    </form>
  );
}
