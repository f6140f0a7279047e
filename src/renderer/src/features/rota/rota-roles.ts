import { MANAGERS } from '../../../../shared/ipc/access';
import type { Role } from '../../../../shared/roles';

/** Whether a role builds the rota (managers and administrators); the router decides in the end. */
export function managesRota(role: Role): boolean {
  return (MANAGERS as readonly string[]).includes(role);
}
