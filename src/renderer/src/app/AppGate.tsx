import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppStatus, SessionInfo } from '../../../shared/schemas/session';
import { call, onSessionProblem } from '../api/client';
import { AuthFrame } from '../components/AuthFrame';
import { RecoverySheet } from '../features/setup/RecoverySheet';
import { SetupScreen } from '../features/setup/SetupScreen';
import { ForcedPasswordChange } from '../features/signin/ForcedPasswordChange';
import { SignInScreen } from '../features/signin/SignInScreen';
import { finishBeforeLeaving } from './before-leaving';
import { errorMessage } from './error-messages';
import { SessionContext, type SessionApi } from './session';
import { AppShellLayout } from './shell/AppShellLayout';

/** How long to wait for the main process's reload after locking before re-reading the status. */
const RELOAD_GRACE_MS = 4000;

/** A recovery key waiting to be shown, with what the sheet prints beside it. */
interface PendingSheet {
  recoveryKey: string;
  orgName: string;
  createdAt: Date;
}

/**
 * Chooses the screen from app.status: set-up, the recovery sheet (once), sign-in / lock screen,
 * forced password change, or the app. Everything personal lives in this component's state only,
 * so the reload that follows a lock leaves nothing behind.
 */
export function AppGate() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sheet, setSheet] = useState<PendingSheet | null>(null);

  const refresh = useCallback(async () => {
    const r = await call('app.status', {});
    if (r.ok) {
      setStatus(r.value);
      setLoadError(null);
    } else {
      setLoadError(errorMessage(r.error));
    }
  }, []);

  useEffect(() => {
    void refresh();
    // A call that finds the workspace locked (or a password change pending) means this screen is
    // stale: drop what it shows and ask again.
    return onSessionProblem((code) => {
      if (code === 'NOT_SIGNED_IN') setStatus((s) => (s?.session ? { ...s, session: null, orgName: null } : s));
      void refresh();
    });
  }, [refresh]);

  const leave = useCallback(
    async (channel: 'session.lock' | 'session.signOut') => {
      // A draft typed a moment ago is saved while the database is still open.
      await finishBeforeLeaving();
      const r = await call(channel, {});
      if (!r.ok) {
        await refresh();
        return;
      }
      // Forget the session at once. The main process reloads the page straight after locking;
      // showing the sign-in form before that reload would let someone start typing into a form
      // that is about to vanish, so wait for it, and only ask again if no reload comes.
      setStatus(null);
      window.setTimeout(() => void refresh(), RELOAD_GRACE_MS);
    },
    [refresh],
  );

  const replaceSession = useCallback((session: SessionInfo) => setStatus((s) => (s ? { ...s, session } : s)), []);

  const api = useMemo<SessionApi | null>(() => {
    if (!status?.session) return null;
    return {
      session: status.session,
      orgName: status.orgName ?? '',
      idleLockMinutes: status.idleLockMinutes,
      replaceSession,
      refresh,
      lock: () => leave('session.lock'),
      signOut: () => leave('session.signOut'),
    };
  }, [status, replaceSession, refresh, leave]);

  if (sheet) {
    return (
      <RecoverySheet
        recoveryKey={sheet.recoveryKey}
        orgName={sheet.orgName}
        createdAt={sheet.createdAt}
        onContinue={() => {
          setSheet(null);
          void refresh();
        }}
      />
    );
  }
  if (loadError && !status) {
    return (
      <AuthFrame title="Waymark could not start">
        <Stack>
          <Text role="alert">{loadError}</Text>
          <Button onClick={() => void refresh()}>Try again</Button>
        </Stack>
      </AuthFrame>
    );
  }
  if (!status) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading Waymark" />
      </Center>
    );
  }
  if (!status.setUp) {
    return <SetupScreen onCreated={(recoveryKey, orgName) => setSheet({ recoveryKey, orgName, createdAt: new Date() })} />;
  }
  if (!status.session || !api) {
    return <SignInScreen locked={status.locked} onSignedIn={() => void refresh()} />;
  }
  if (status.session.mustChangePassword) {
    return (
      <SessionContext.Provider value={api}>
        <ForcedPasswordChange />
      </SessionContext.Provider>
    );
  }
  return (
    <SessionContext.Provider value={api}>
      <AppShellLayout />
    </SessionContext.Provider>
  );
}
