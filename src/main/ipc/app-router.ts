import type { Channel } from '../../shared/ipc/channels';
import { audit, type Workspace } from '../services/workspace';
import { createHandlers } from './handlers';
import { createRouter, type Router } from './router';

/** The router wired to a workspace: what Electron, the dev shell and tests all use. */
export function createAppRouter(ws: Workspace, logError: (channel: string, e: unknown) => void = defaultLog): Router {
  return createRouter({
    handlers: createHandlers(ws),
    getSession: () => (ws.session && ws.unlocked ? ws.session : null),
    onDenied: (channel: Channel, reason: string) => {
      if (ws.session && ws.unlocked) audit(ws, { action: 'access.denied', entity: 'channel', entityId: channel, detail: reason });
    },
    logError,
    exclusive: { whenFree: () => ws.gate.whenFree(), passes: (channel) => PASS_WHILE_EXCLUSIVE.has(channel) },
  });
}

/**
 * What may run while an import has the database to itself: its progress, the start-up status,
 * keeping the session awake, and locking or signing out (which stop the import; nothing is kept).
 */
const PASS_WHILE_EXCLUSIVE: ReadonlySet<Channel> = new Set<Channel>(['import.status', 'app.status', 'session.touch', 'session.lock', 'session.signOut']);

function defaultLog(channel: string, e: unknown): void {
  // Only the error's class and message, never arguments: they may hold personal data.
  const err = e instanceof Error ? `${e.name}: ${e.message}` : 'non-error thrown';
  console.error(`[waymark] ${channel} failed: ${err}`);
}
