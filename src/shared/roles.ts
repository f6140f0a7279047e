import { z } from 'zod';

/** Staff roles, in descending order of privilege. */
export const ROLES = ['administrator', 'manager', 'support_worker', 'night_worker'] as const;

/** A staff role. */
export const RoleSchema = z.enum(ROLES);
/** A staff role. */
export type Role = z.infer<typeof RoleSchema>;

/** Plain-English labels used by screens and the CLI. */
export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  manager: 'Manager',
  support_worker: 'Support worker',
  night_worker: 'Night worker',
};
