import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { waymarkTheme } from './theme/theme';
import { ThemePreferenceProvider, useThemePreference } from './theme/ThemePreference';

/** The per-load CSP nonce the main process writes into the page; Mantine's <style> tags carry it. */
export function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
}

function ThemedMantine({ children, env }: { children: ReactNode; env?: 'default' | 'test' }) {
  const { resolved } = useThemePreference();
  return (
    // forceColorScheme: the scheme is decided by our own preference (with the night rule), not by
    // Mantine's manager, which would write its own localStorage key.
    <MantineProvider theme={waymarkTheme} getStyleNonce={styleNonce} forceColorScheme={resolved} env={env}>
      <Notifications position="bottom-right" limit={3} />
      {children}
    </MantineProvider>
  );
}

/** Everything every screen needs: theme preference, Mantine, notifications. */
export function AppProviders({ children, env, now }: { children: ReactNode; env?: 'default' | 'test'; now?: () => Date }) {
  return (
    <ThemePreferenceProvider now={now}>
      <ThemedMantine env={env}>{children}</ThemedMantine>
    </ThemePreferenceProvider>
  );
}
