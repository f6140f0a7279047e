import type { Role } from '../roles';
import type { Channel } from './channels';

/**
 * Who may call a channel: 'public' needs no session (start-up, set-up, sign-in); 'signed-in'
 * needs any session; a list names the roles allowed.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

const ADMIN = ['administrator'] as const;
const MANAGERS = ['administrator', 'manager'] as const;

/**
 * The permission table. The router enforces it on every call; the UI reads it only to hide what
 * a role cannot do.
 */
export const PERMISSIONS: Record<Channel, Access> = {
  'app.status': 'public',
  'setup.create': 'public',
  'session.signIn': 'public',
  'session.signOut': 'signed-in',
  'session.lock': 'signed-in',
  'session.changePassword': 'signed-in',
  'session.recover': 'public',
  'session.setDiscreet': 'signed-in',
  'session.touch': 'signed-in',
  'users.list': ADMIN,
  'users.add': ADMIN,
  'users.setRole': ADMIN,
  'users.deactivate': ADMIN,
  'users.resetPassword': ADMIN,
  'audit.list': MANAGERS,
  'audit.verify': MANAGERS,
  'settings.get': 'signed-in',
  'settings.update': ADMIN,
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
