import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../../shared/schemas/session';

/** What every signed-in screen may know and do about the session. */
export interface SessionApi {
  session: SessionInfo;
  orgName: string;
  idleLockMinutes: number;
  /** Takes the session a channel returned (after a password change, discreet toggle…). */
  replaceSession(session: SessionInfo): void;
  /** Re-reads app.status (after settings change the organisation's name, for instance). */
  refresh(): Promise<void>;
  /** Locks now (the main process then reloads the page). */
  lock(): Promise<void>;
  /** Signs out (the main process then reloads the page). */
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SessionApi | null>(null);

/** The signed-in session. Only screens inside the app shell may call this. */
export function useSession(): SessionApi {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession is only available inside the signed-in app shell');
  return v;
}
