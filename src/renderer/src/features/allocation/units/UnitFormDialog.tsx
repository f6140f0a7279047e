import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { UnitSaveInputSchema, type Unit, type UnitSaveInput } from '../../../../../shared/allocation/schemas/unit.schema';
import { SingleSex, UnitType } from '../../../../../shared/allocation/vocab.allocation';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { applyServerError } from '../../../components/form-errors';

const BOYS = [{ value: 'any', label: 'Boys of any age' }, ...Array.from({ length: 18 }, (_, i) => ({ value: String(i), label: `Boys up to ${i}` }))];

function initial(unit: Unit | null, today: string): UnitSaveInput {
  if (!unit) {
    return {
      id: null,
      code: '',
      name: '',
      address: '',
      type: 'refuge',
      singleSex: 'women_only',
      bedrooms: 1,
      maxOccupants: 2,
      maxChildren: 1,
      oldestBoy: 12,
      wheelchair: false,
      stepFree: false,
      floor: 0,
      pets: false,
      locality: '',
      postcodeDistrict: '',
      notes: '',
      openedOn: today,
      closedOn: null,
    };
  }
  const { addressHidden: _h, active: _a, updatedAt: _u, ...fields } = unit;
  return { ...fields, address: unit.address ?? '' };
}

/** Adds or edits a unit in the register (managers and administrators). */
export function UnitFormDialog({ unit, today, onClose, onSaved }: { unit: Unit | null; today: string; onClose(): void; onSaved(u: Unit): void }) {
  const form = useForm<UnitSaveInput>({ initialValues: initial(unit, today), validate: schemaResolver(UnitSaveInputSchema, { sync: true }) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const r = await call('units.save', values);
    setBusy(false);
    if (r.ok) onSaved(r.value);
    else setError(applyServerError(form, r.error));
  });
  const title = unit ? `Edit ${unit.code}` : 'Add a unit';
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Code" description="Shown on the board, e.g. R01." required data-autofocus {...form.getInputProps('code')} />
            <TextInput label="Name (optional)" {...form.getInputProps('name')} />
          </SimpleGrid>
          <Textarea label="Address" description="Restricted: only managers and administrators see it." autosize minRows={2} {...form.getInputProps('address')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Type" required allowDeselect={false} data={UnitType.codes.map((c) => ({ value: c, label: UnitType.labels[c] }))} {...form.getInputProps('type')} />
            <Select label="Setting" required allowDeselect={false} data={SingleSex.codes.map((c) => ({ value: c, label: SingleSex.labels[c] }))} {...form.getInputProps('singleSex')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <NumberInput label="Bedrooms" min={0} max={20} allowDecimal={false} {...form.getInputProps('bedrooms')} />
            <NumberInput label="Most people" min={1} max={30} allowDecimal={false} {...form.getInputProps('maxOccupants')} />
            <NumberInput label="Most children" min={0} max={20} allowDecimal={false} {...form.getInputProps('maxChildren')} />
            <NumberInput label="Floor" description="0 = ground" min={-2} max={60} allowDecimal={false} {...form.getInputProps('floor')} />
          </SimpleGrid>
          <Select
            label="Boys accepted"
            allowDeselect={false}
            data={BOYS}
            value={form.values.oldestBoy === null ? 'any' : String(form.values.oldestBoy)}
            onChange={(v) => form.setFieldValue('oldestBoy', v === null || v === 'any' ? null : Number(v))}
            error={form.errors.oldestBoy}
          />
          <Group gap="xl">
            <Checkbox label="Wheelchair accessible" {...form.getInputProps('wheelchair', { type: 'checkbox' })} />
            <Checkbox label="Step-free" {...form.getInputProps('stepFree', { type: 'checkbox' })} />
            <Checkbox label="Pets allowed" {...form.getInputProps('pets', { type: 'checkbox' })} />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Area" description="Matched against areas a household must avoid." {...form.getInputProps('locality')} />
            <TextInput label="Postcode district" description="The first half only, e.g. LS6." {...form.getInputProps('postcodeDistrict')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label="Open from" required {...form.getInputProps('openedOn')} />
            <TextInput
              type="date"
              label="Closed from (optional)"
              description="The unit leaves the service on this morning."
              value={form.values.closedOn ?? ''}
              onChange={(e) => form.setFieldValue('closedOn', e.currentTarget.value || null)}
              error={form.errors.closedOn}
            />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <FormError message={error} title="Unit not saved" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Save unit
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
