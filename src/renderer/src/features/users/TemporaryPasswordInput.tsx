import { Button, Group, TextInput, type TextInputProps } from '@mantine/core';
import { generatePassphrase } from './passphrase';

/**
 * A temporary password field with a "Generate" button. Shown in plain text on purpose: the
 * administrator has to read it out or write it down for the person, who must change it at their
 * first sign-in.
 */
export function TemporaryPasswordInput({ onGenerate, ...props }: TextInputProps & { onGenerate(value: string): void }) {
  return (
    <Group align="flex-end" gap="sm" wrap="nowrap">
      <TextInput
        label="Temporary password"
        description="Give it to the person privately. They must choose their own when they first sign in."
        required
        autoComplete="off"
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        style={{ flex: 1 }}
        {...props}
      />
      <Button variant="default" onClick={() => onGenerate(generatePassphrase())}>
        Generate
      </Button>
    </Group>
  );
}
