import type { CORE_CHANNELS } from '../../shared/ipc/core/channels.core';
import type { Handlers } from './router';
import { listAuditEntries, verifyAudit } from '../services/audit.service';
import { appStatus, changePassword, lock, recover, setDiscreetMode, signIn, touch } from '../services/session.service';
import { warmReportsAfterSignIn } from '../services/reports/reports-warm-up';
import { getSettings, updateSettings } from '../services/settings.service';
import { setUp } from '../services/setup.service';
import { addUser, deactivate, listUsers, resetPassword, setRole } from '../services/users.service';
import type { Workspace } from '../services/workspace';

const DONE = { done: true } as const;

/** The core channels' handlers. */
export function coreHandlers(ws: Workspace): Pick<Handlers, (typeof CORE_CHANNELS)[number]> {
  return {
    'app.status': () => appStatus(ws),
    'setup.create': (input) => setUp(ws, input),
    'session.signIn': async (input) => {
      const info = await signIn(ws, input);
      // A manager's reports records are read while the first screen is drawn (reports-warm-up.ts).
      warmReportsAfterSignIn(ws);
      return info;
    },
    'session.signOut': () => (lock(ws, 'sign-out'), DONE),
    'session.lock': () => (lock(ws, 'manual'), DONE),
    'session.changePassword': (input) => changePassword(ws, input),
    'session.recover': (input) => recover(ws, input),
    'session.setDiscreet': (input) => setDiscreetMode(ws, input.discreet),
    'session.touch': () => (touch(ws), DONE),
    'users.list': () => listUsers(ws),
    'users.add': (input) => addUser(ws, input),
    'users.setRole': (input) => setRole(ws, input),
    'users.deactivate': (input) => deactivate(ws, input),
    'users.resetPassword': (input) => resetPassword(ws, input),
    'audit.list': (input) => listAuditEntries(ws, input),
    'audit.verify': () => verifyAudit(ws),
    'settings.get': () => getSettings(ws),
    'settings.update': (input) => updateSettings(ws, input),
  };
}
