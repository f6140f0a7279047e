import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { Sex } from '../../../../../shared/cases/vocab';
import { optionsOf } from '../labels';
import type { IntakeValues } from './intake-values';

/** The children with the person now: one row each (name or initials, date of birth or age, sex). */
export function IntakeChildren({ form }: { form: UseFormReturnType<IntakeValues> }) {
  const children = form.getValues().children;
  return (
    <Fieldset legend="Children with them">
      <Stack gap="sm">
        {children.length === 0 && <Text c="dimmed" size="sm">No children recorded.</Text>}
        {children.map((_, i) => (
          <Group key={i} align="flex-start" gap="sm" wrap="wrap" data-child-row={i + 1}>
            <TextInput label={`Child ${i + 1}: name or initials`} required {...form.getInputProps(`children.${i}.nameOrInitials`)} w={220} />
            <TextInput label={`Child ${i + 1}: date of birth`} type="date" {...form.getInputProps(`children.${i}.dateOfBirth`)} w={170} />
            <TextInput label={`Child ${i + 1}: or age`} inputMode="numeric" {...form.getInputProps(`children.${i}.ageYears`)} w={110} />
            <NativeSelect label={`Child ${i + 1}: sex`} data={optionsOf(Sex)} {...form.getInputProps(`children.${i}.sex`)} w={170} />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={`Remove child ${i + 1}`}
              onClick={() => form.removeListItem('children', i)}
              size="lg"
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="default"
          w="fit-content"
          onClick={() => form.insertListItem('children', { nameOrInitials: '', dateOfBirth: '', ageYears: '', sex: 'not_known' })}
        >
          Add a child
        </Button>
      </Stack>
    </Fieldset>
  );
}
