import type { Role } from '../roles';
import type { Channel } from './channels';
import { ALLOCATION_PERMISSIONS } from './allocation/permissions.allocation';
import { BACKUP_PERMISSIONS } from './backup/permissions.backup';
import { CASES_PERMISSIONS } from './cases/permissions.cases';
import { CORE_PERMISSIONS } from './core/permissions.core';
import { REPORTS_PERMISSIONS } from './reports/permissions.reports';
import { RETENTION_PERMISSIONS } from './retention/permissions.retention';
import { ROTA_PERMISSIONS } from './rota/permissions.rota';
import { SANCTUARY_PERMISSIONS } from './sanctuary/permissions.sanctuary';
import { STAFF_RECORDS_PERMISSIONS } from './staff-records/permissions.staff-records';
import { SUPPORT_PERMISSIONS } from './support/permissions.support';
import { IMPORT_PERMISSIONS } from './import/permissions.import';

/**
 * Who may call a channel: 'public' needs no session (start-up, set-up, sign-in); 'signed-in'
 * needs any session; a list names the roles allowed.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

/**
 * The permission table, gathered from each feature's module. The router enforces it on every
 * call; the UI reads it only to hide what a role cannot do. A feature adds one spread here.
 */
export const PERMISSIONS: Record<Channel, Access> = {
  ...CORE_PERMISSIONS,
  ...CASES_PERMISSIONS,
  ...ROTA_PERMISSIONS,
  ...BACKUP_PERMISSIONS,
  ...ALLOCATION_PERMISSIONS,
  ...SUPPORT_PERMISSIONS,
  ...REPORTS_PERMISSIONS,
  ...SANCTUARY_PERMISSIONS,
  ...STAFF_RECORDS_PERMISSIONS,
  ...IMPORT_PERMISSIONS,
  ...RETENTION_PERMISSIONS,
};

/** Channels a person who must change their password may still call. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: readonly Channel[] = [
  'app.status',
  'session.signOut',
  'session.lock',
  'session.touch',
  'session.changePassword',
];

/** Whether a role may call a channel (ignoring the session check). */
export function roleMayCall(channel: Channel, role: Role): boolean {
  const access = PERMISSIONS[channel];
  if (access === 'public' || access === 'signed-in') return true;
  return access.includes(role);
}
