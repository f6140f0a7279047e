import { Radio, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/roles';

/** What each role is for, in a line, so an administrator chooses knowingly. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  administrator: 'Manages staff accounts and settings, and can do everything a manager can.',
  manager: 'Runs the service day to day and can read the audit log.',
  support_worker: 'Works with the women and children staying or referred.',
  night_worker: 'Covers the refuge overnight.',
};

/** The four roles as radio buttons: every choice visible at once, each a large target. */
export function RoleChoice({ label, value, onChange, error }: { label: string; value: Role; onChange(role: Role): void; error?: ReactNode }) {
  return (
    <Radio.Group label={label} value={value} onChange={(v) => onChange(v as Role)} error={error} required>
      <Stack gap="sm" mt="xs">
        {ROLES.map((r) => (
          <Radio key={r} value={r} label={ROLE_LABELS[r]} description={ROLE_DESCRIPTIONS[r]} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
