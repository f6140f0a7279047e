import type { Access } from '../permissions';
import type { CORE_CHANNELS } from './channels.core';
import { ADMIN, MANAGERS } from '../access';

/** Who may call each core channel. */
export const CORE_PERMISSIONS: Record<(typeof CORE_CHANNELS)[number], Access> = {
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

